import { error, fail } from '@sveltejs/kit';
import { readAnswerForm, refusalMessage } from '$lib/answer-form';
import { MESSAGES } from '$lib/i18n/messages';
import { describeKey, keyFigureFormat, describeResponse } from '$lib/quiz/describe';
import { explainScore, formatFeedback } from '$lib/quiz/feedback';
import { publicQuestion } from '$lib/quiz/question';
import { withheldModule } from '$lib/server/assignments';
import { findModule } from '$lib/server/library';
import { LEARNER_TOOLS } from '$lib/i18n/learner-tools';
import { hasResponse } from '$lib/quiz/score/attempt';
import {
	answerPractice,
	nextPracticeItem,
	practiceQuestionOf,
	practiceToday
} from '$lib/server/practice';
import { numberHintOf } from '$lib/server/number-hint';
import { schoolTimeZone } from '$lib/server/school';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): immediate feedback and
// the second try without a page load.
export const csr = true;

/** "za 10 minut" / "in 3 days": when the fact comes back, without the server's time zone. */
function relativeTime(milliseconds: number, locale: string): string {
	const minutes = Math.max(1, Math.round(milliseconds / 60_000));
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
	if (minutes < 60) return format.format(minutes, 'minute');
	if (minutes < 60 * 36) return format.format(Math.round(minutes / 60), 'hour');
	return format.format(Math.round(minutes / (60 * 24)), 'day');
}

/** The module to practise, unless there is none (404) or the learner's class withholds it (403). */
async function moduleFor(id: string, locals: App.Locals) {
	const module = findModule(id);
	if (!module) error(404, MESSAGES[locals.locale].moduleNotFound(id));
	if (await withheldModule(locals.learnerId, module.id)) {
		error(403, MESSAGES[locals.locale].practiceWithheld);
	}
	return module;
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const module = await moduleFor(params.module, locals);
	const [found, today] = await Promise.all([
		nextPracticeItem(locals.learnerId, module),
		practiceToday(locals.learnerId, module.id, schoolTimeZone())
	]);
	// A session ends when nothing is due and nothing is new; practising ahead is asked for.
	const item = found?.ahead && url.searchParams.get('ahead') !== 'yes' ? null : found;
	return {
		moduleId: module.id,
		moduleTitle: module.title,
		contentLanguage: module.language,
		today,
		sessionOver: found !== null && item === null,
		numberHint: item ? numberHintOf(module, item.question) : null,
		// The question as the browser may see it: no fact id, here or in the form (`ref`).
		item: item && {
			ref: item.ref,
			question: publicQuestion(item.question, 0),
			ahead: item.ahead,
			dueCount: item.dueCount,
			newCount: item.newCount
		}
	};
};

export const actions: Actions = {
	answer: async ({ params, request, locals }) => {
		const t = MESSAGES[locals.locale];
		const module = await moduleFor(params.module, locals);
		const form = await request.formData();
		const ref = String(form.get('item') ?? '').slice(0, 20);
		const found = practiceQuestionOf(module, locals.learnerId, ref);
		if (!found) return fail(400, { field: 'item', message: t.badRequest });
		const { factId, question } = found;
		const reading = readAnswerForm(publicQuestion(question, 0), form);
		// An empty answer is no try: it is sent back before it could use up the first one.
		if (reading.ok && !hasResponse(reading.response)) {
			return fail(400, {
				field: 'answer',
				message: LEARNER_TOOLS[locals.locale].emptyAnswer,
				ref
			});
		}
		if (!reading.ok) {
			return fail(400, {
				field: reading.field,
				message: refusalMessage(t, reading.code),
				ref
			});
		}
		// The form's reference names the question (the fact's place and its review count): a second
		// answer to the same reference is the second try.
		const answer = await answerPractice(locals.learnerId, module, question, {
			factId,
			seed: ref,
			response: reading.response
		});
		const { result } = answer;
		if (!answer.final) {
			// A second try: the feedback says what was wrong but neither the key nor the evidence.
			return {
				final: false,
				ref,
				verdict: result.verdict,
				hint: explainScore(result, module, locals.locale),
				previous: reading.response
			};
		}
		return {
			final: true,
			ref,
			verdict: result.verdict,
			feedback: formatFeedback(result, module, question.evidence, locals.locale),
			response: describeResponse(question, reading.response),
			key: describeKey(question, keyFigureFormat(module, question)),
			prompt: question.prompt,
			dueIn: relativeTime(answer.due.getTime() - Date.now(), locals.locale)
		};
	}
};
