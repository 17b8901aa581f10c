import type { QuizModule } from '../../module';
import type { QuestionWithKey } from '../../question';
import { scoreQuestion } from '../../score';
import { hasResponse } from '../../score/attempt';
import type { ScoreResult } from '../../score/result';
import { packagedQuizSchema, type PackagedQuiz } from './data';

/**
 * The quiz page's script inside a SCORM 1.2 package, bundled with esbuild when a package is
 * made: it reads the learner's answers from the page, scores them with factquiz's own
 * scorers, shows the results, and reports them to the LMS through the SCORM 1.2 API.
 */

interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSFinish(parameter: ''): string;
}

function isScorm12Api(value: unknown): value is Scorm12Api {
	if (typeof value !== 'object' || value === null) return false;
	return ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].every(
		(name) => typeof Reflect.get(value, name) === 'function'
	);
}

/** SCORM 1.2's discovery: the API object on this window, a parent or the opener's. */
function findApi(start: Window): Scorm12Api | null {
	const seen = new Set<Window>();
	const chain: (Window | null)[] = [start];
	while (chain.length > 0) {
		const candidate = chain.shift();
		if (!candidate || seen.has(candidate)) continue;
		seen.add(candidate);
		try {
			const api: unknown = Reflect.get(candidate, 'API');
			if (isScorm12Api(api)) return api;
			chain.push(candidate.parent === candidate ? null : candidate.parent, candidate.opener);
		} catch {
			// A window of another origin cannot be looked into: its API is not ours to use.
		}
	}
	return null;
}

function readQuiz(): PackagedQuiz {
	const text = document.getElementById('quiz-data')?.textContent ?? '';
	return packagedQuizSchema.parse(JSON.parse(text));
}

function moduleOf(quiz: PackagedQuiz): QuizModule {
	return {
		id: quiz.moduleId,
		title: quiz.title,
		language: quiz.language,
		source: '',
		date: '',
		article: { blocks: [] },
		wordCount: 0,
		entities: quiz.entities,
		facts: quiz.facts
	};
}

function inputValue(id: string): string {
	const input = document.getElementById(id);
	return input instanceof HTMLInputElement || input instanceof HTMLSelectElement ? input.value : '';
}

function checkedValues(name: string): string[] {
	return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
		(input) => input.value
	);
}

/** The response as factquiz's scorers take it, read from the question's fields. */
function responseTo(id: string, question: QuestionWithKey): unknown {
	switch (question.type) {
		case 'numeric':
		case 'short-answer':
		case 'cloze':
			return inputValue(`${id}-answer`);
		case 'single-choice':
		case 'true-false':
			return checkedValues(id)[0] ?? '';
		case 'multiple-response':
			return checkedValues(id);
		case 'ordering': {
			const order = question.choices.map((_, place) => inputValue(`${id}-place-${place + 1}`));
			return order.every((choice) => choice === '') ? [] : order;
		}
		case 'matching': {
			const pairs: Record<string, string> = {};
			for (const item of question.items) {
				const choice = inputValue(`${id}-item-${item.id}`);
				if (choice !== '') pairs[item.id] = choice;
			}
			return pairs;
		}
	}
}

type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'numeric' | 'sequencing' | 'matching';

/** The response in SCORM 1.2's format for the interaction type (CMIFeedback, 255 at most). */
function reported(
	entry: PackagedQuiz['questions'][number],
	question: QuestionWithKey,
	response: unknown,
	result: ScoreResult
): { type: InteractionType; response: string; pattern: string } {
	const list = (value: unknown) =>
		Array.isArray(value) ? value.filter((item) => typeof item === 'string').join(',') : '';
	switch (question.type) {
		case 'numeric': {
			const number = Number(result.normalized);
			return result.normalized !== null && Number.isFinite(number)
				? {
						type: 'numeric',
						// Without float noise: 0.0517, not 0.051699999999999996.
						response: String(Number(number.toPrecision(12))),
						pattern: String(question.key.value)
					}
				: {
						type: 'fill-in',
						response: typeof response === 'string' ? response.trim().slice(0, 255) : '',
						pattern: String(question.key.value)
					};
		}
		case 'short-answer':
		case 'cloze':
			return {
				type: 'fill-in',
				response: typeof response === 'string' ? response.trim().slice(0, 255) : '',
				pattern: question.key.value.slice(0, 255)
			};
		case 'true-false': {
			const truth = (id: string) => (id === entry.trueChoiceId ? 't' : 'f');
			return {
				type: 'true-false',
				response: typeof response === 'string' && response !== '' ? truth(response) : '',
				pattern: truth(question.key.choiceIds[0] ?? '')
			};
		}
		case 'single-choice':
			return {
				type: 'choice',
				response: typeof response === 'string' ? response : '',
				pattern: question.key.choiceIds.join(',')
			};
		case 'multiple-response':
			return {
				type: 'choice',
				response: list(response),
				pattern: question.key.choiceIds.join(',')
			};
		case 'ordering':
			return {
				type: 'sequencing',
				response: list(response),
				pattern: question.key.order.join(',')
			};
		case 'matching': {
			const pairs = (record: Record<string, string>) =>
				Object.entries(record)
					.map(([item, choice]) => `${item}.${choice}`)
					.join(',');
			const given: Record<string, string> = {};
			if (typeof response === 'object' && response !== null && !Array.isArray(response)) {
				for (const [item, choice] of Object.entries(response))
					if (typeof choice === 'string') given[item] = choice;
			}
			return { type: 'matching', response: pairs(given), pattern: pairs(question.key.pairs) };
		}
	}
}

/** SCORM 1.2's result vocabulary; partial credit as the decimal it is. */
function resultOf(credit: number): string {
	if (credit >= 1) return 'correct';
	if (credit <= 0) return 'wrong';
	return String(Math.round(credit * 100) / 100);
}

/** CMITimespan: HHHH:MM:SS.SS. */
function timespan(milliseconds: number): string {
	const seconds = Math.max(0, milliseconds) / 1000;
	const hours = Math.floor(seconds / 3600);
	const minutes = Math.floor((seconds % 3600) / 60);
	const rest = (seconds % 60).toFixed(2).padStart(5, '0');
	return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${rest}`;
}

function showResult(
	quiz: PackagedQuiz,
	id: string,
	question: QuestionWithKey,
	result: ScoreResult
): void {
	const place = document.getElementById(`${id}-result`);
	if (!place) return;
	const verdict =
		result.credit >= 1
			? quiz.labels.correct
			: result.credit > 0
				? quiz.labels.partial
				: quiz.labels.wrong;
	place.textContent = `${verdict} ${quiz.labels.evidence} ${question.evidence.join(' ')}`;
	place.hidden = false;
}

function submit(quiz: PackagedQuiz, api: Scorm12Api | null, startedAt: number): void {
	const module = moduleOf(quiz);
	const set = (element: string, value: string) => api?.LMSSetValue(element, value);
	let total = 0;
	quiz.questions.forEach((entry, n) => {
		const question: QuestionWithKey = entry.question;
		const response = responseTo(entry.interactionId, question);
		const result: ScoreResult = hasResponse(response)
			? scoreQuestion(module, question, response)
			: { credit: 0, verdict: 'invalid', reason: { code: 'empty' }, normalized: null };
		total += result.credit;
		showResult(quiz, entry.interactionId, question, result);
		const shown = reported(entry, question, response, result);
		const prefix = `cmi.interactions.${n}`;
		set(`${prefix}.id`, entry.interactionId);
		set(`${prefix}.type`, shown.type);
		set(`${prefix}.weighting`, '1');
		set(`${prefix}.correct_responses.0.pattern`, shown.pattern);
		set(`${prefix}.student_response`, shown.response);
		set(`${prefix}.result`, resultOf(result.credit));
	});
	const raw = quiz.questions.length === 0 ? 0 : (100 * total) / quiz.questions.length;
	const score = Math.round(raw * 100) / 100;
	set('cmi.core.score.min', '0');
	set('cmi.core.score.max', '100');
	set('cmi.core.score.raw', String(score));
	const mastery = Number.parseFloat(api?.LMSGetValue('cmi.student_data.mastery_score') ?? '');
	set(
		'cmi.core.lesson_status',
		Number.isFinite(mastery) ? (score >= mastery ? 'passed' : 'failed') : 'completed'
	);
	set('cmi.core.session_time', timespan(Date.now() - startedAt));
	api?.LMSCommit('');
	api?.LMSFinish('');
	const summary = document.getElementById('summary');
	if (summary) summary.textContent = `${quiz.labels.score} ${score}%`;
}

function start(): void {
	const quiz = readQuiz();
	const api = findApi(window);
	const startedAt = Date.now();
	if (api) {
		api.LMSInitialize('');
		if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
			api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
	}
	const form = document.getElementById('quiz');
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const button = form.querySelector('button[type="submit"]');
		if (button instanceof HTMLButtonElement) button.disabled = true;
		for (const field of form.querySelectorAll('input, select'))
			if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
				field.disabled = true;
		submit(quiz, api, startedAt);
		document.getElementById('summary')?.focus();
	});
	document.documentElement.dataset.ready = 'true';
}

start();
