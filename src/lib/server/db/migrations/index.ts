import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as classroom from './0002-classroom';
import * as checkedAnswers from './0003-checked-answers';
import * as authoredModules from './0004-authored-modules';
import * as attemptRevisions from './0005-attempt-revisions';
import * as seats from './0006-seats';
import * as moduleVersions from './0007-module-versions';
import * as lti from './0008-lti';
import * as live from './0009-live';
import * as assignmentAdmin from './0010-assignment-admin';
import * as liveBlockedWords from './0011-live-blocked-words';

/**
 * Every migration, by name; names sort in the order they run. Statically imported rather than
 * read from a folder (kysely's FileMigrationProvider) because Vite bundles the server: there is
 * no migrations folder next to the built app. A new migration is a new file plus one line here.
 */
export const migrations: Record<string, Migration> = {
	'0001-initial': initial,
	'0002-classroom': classroom,
	'0003-checked-answers': checkedAnswers,
	'0004-authored-modules': authoredModules,
	'0005-attempt-revisions': attemptRevisions,
	'0006-seats': seats,
	'0007-module-versions': moduleVersions,
	'0008-lti': lti,
	'0009-live': live,
	'0010-assignment-admin': assignmentAdmin,
	'0011-live-blocked-words': liveBlockedWords
};
