import type { LayoutServerLoad } from './$types';

// Pages are plain HTML forms that work without JavaScript, and learners load them on school
// networks and old phones: the framework's client is sent only to the pages that need it for
// something HTML cannot do (live results, draft autosave, practice feedback), which opt in with
// `csr = true`. The question page has its own 1 kB script (static/quiz-question.js).
export const csr = false;

export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
