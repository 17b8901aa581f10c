import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
	buildQuestionBank,
	exportBank,
	type BankQuestion,
	type QuestionBank
} from '$lib/quiz/export';
import { formatNumber } from '$lib/quiz/language/number';
import { QUIZ_PHRASES } from '$lib/quiz/language/phrases';
import type { QuizModule } from '$lib/quiz/module';
import { scormRuntimeScript } from '$lib/server/scorm-runtime';
import { seedModule } from '$lib/testing/seed-module';
import { withinQuestion } from '$lib/testing/export-modules';
import { authoredModule } from '$lib/testing/authored-module';
import { ScormLms, type ApiCall } from './support/scorm-lms';

/**
 * The SCORM 1.2 package taken in an LMS whose API is scorm-again: every question answered
 * right, then every one wrong, and every value the runtime received checked against what
 * SCORM 1.2 defines for it.
 */

let lms: ScormLms | null = null;
afterEach(async () => {
	await lms?.close();
	lms = null;
});

async function packageOf(module: QuizModule, bank: QuestionBank) {
	const result = await exportBank('scorm12', bank, { module, scormRuntime: scormRuntimeScript });
	if (result.file.kind !== 'binary') throw new Error('a SCORM package is a zip');
	expect(result.omitted).toEqual([]);
	return Object.fromEntries(
		Object.entries(unzipSync(result.file.bytes)).map(([path, bytes]) => [path, strFromU8(bytes)])
	);
}

/** The figure, or one far outside its tolerance (a share stays between 0 and 100%). */
function typedFigure(figure: { value: number; tolerance: number; unit?: string }, right: boolean) {
	if (right) return figure.value;
	if (figure.unit === '%') return figure.value >= 50 ? figure.value - 40 : figure.value + 40;
	return figure.value * 10 + figure.tolerance + 7;
}

/** The key, or wrong options only: every one for multiple response, one otherwise. */
function picked(
	question: { type: string; choices: { id: string }[]; key: { choiceIds: string[] } },
	right: boolean
): string[] {
	const keys = question.key.choiceIds;
	if (right) return keys;
	const wrong = question.choices.map((choice) => choice.id).filter((id) => !keys.includes(id));
	return question.type === 'multiple-response' ? wrong : wrong.slice(0, 1);
}

/** What a learner types or picks: the key, or an answer factquiz scores 0. */
async function answer(
	sco: ScormLms['sco'],
	id: string,
	entry: BankQuestion,
	right: boolean,
	bank: QuestionBank
) {
	const { question } = entry;
	switch (question.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: question.key.value, tolerance: 0 };
			const value = typedFigure(figure, right);
			const typed = formatNumber(value, bank.language) + (figure.unit === '%' ? '%' : '');
			await sco.locator(`#${id}-answer`).fill(typed);
			return;
		}
		case 'short-answer':
		case 'cloze':
			await sco.locator(`#${id}-answer`).fill(right ? question.key.value : 'zzz qqq');
			return;
		case 'single-choice':
		case 'true-false':
		case 'multiple-response': {
			const picks = picked(question, right);
			for (const choice of picks) await sco.locator(`#${id}-${choice}`).check();
			return;
		}
		case 'ordering': {
			const order = right ? question.key.order : [...question.key.order].reverse();
			for (const [place, choice] of order.entries())
				await sco.locator(`#${id}-place-${place + 1}`).selectOption(choice);
			return;
		}
		case 'matching': {
			const items = Object.keys(question.key.pairs);
			const choices = items.map((item) => question.key.pairs[item] as string);
			const given = right ? choices : [...choices.slice(1), ...choices.slice(0, 1)];
			for (const [index, item] of items.entries())
				await sco.locator(`#${id}-item-${item}`).selectOption(given[index] as string);
			return;
		}
	}
}

/** SCORM 1.2's interaction type and response format, written out from the specification. */
function expectedInteraction(entry: BankQuestion, right: boolean, bank: QuestionBank) {
	const { question } = entry;
	const result = right ? 'correct' : 'wrong';
	switch (question.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: question.key.value, tolerance: 0 };
			const typed = typedFigure(figure, right);
			// factquiz scores proportions as fractions: 35% is 0.35.
			const asScored = figure.unit === '%' ? typed / 100 : typed;
			return {
				type: 'numeric',
				student_response: String(Number(asScored.toPrecision(12))),
				result
			};
		}
		case 'short-answer':
		case 'cloze':
			return { type: 'fill-in', student_response: right ? question.key.value : 'zzz qqq', result };
		case 'true-false': {
			const trueId = question.choices.find((c) => c.text === QUIZ_PHRASES[bank.language].true)?.id;
			const key = question.key.choiceIds[0];
			const picked = right ? key : question.choices.find((c) => c.id !== key)?.id;
			return { type: 'true-false', student_response: picked === trueId ? 't' : 'f', result };
		}
		case 'single-choice':
		case 'multiple-response': {
			return {
				type: 'choice',
				student_response: [...picked(question, right)].sort().join(','),
				result
			};
		}
		case 'ordering': {
			const order = right ? question.key.order : [...question.key.order].reverse();
			return { type: 'sequencing', student_response: order.join(','), result };
		}
		case 'matching': {
			const items = Object.keys(question.key.pairs);
			const choices = items.map((item) => question.key.pairs[item] as string);
			const given = right ? choices : [...choices.slice(1), ...choices.slice(0, 1)];
			return {
				type: 'matching',
				student_response: items.map((item, i) => `${item}.${given[i]}`).join(','),
				result
			};
		}
	}
}

function valuesSet(calls: ApiCall[]): Map<string, string> {
	return new Map(calls.filter((c) => c.method === 'LMSSetValue').map((c) => [c.element, c.value]));
}

async function takeQuiz(
	module: QuizModule,
	bank: QuestionBank,
	right: boolean,
	masteryScore?: string
) {
	const files = await packageOf(module, bank);
	lms = await ScormLms.open(files, masteryScore === undefined ? {} : { masteryScore });
	for (const [position, entry] of bank.questions.entries())
		await answer(lms.sco, `q${position + 1}`, entry, right, bank);
	await lms.sco.getByRole('button').click();
	await lms.sco.locator('#summary:not(:empty)').waitFor();
	return lms.calls();
}

describe.each([
	['the seed module', seedModule()],
	['an authored module', authoredModule()]
])('the SCORM 1.2 package of %s, in scorm-again', (_name, module) => {
	const bank = buildQuestionBank(module);

	it.each([true, false])(
		'reports every answer (all right: %s) as SCORM 1.2 defines it',
		async (right) => {
			const calls = await takeQuiz(module, bank, right);
			// The runtime accepted every call: "true", error 0.
			expect(
				calls.filter(
					(c) => c.method !== 'LMSGetValue' && (c.returned !== 'true' || c.error !== '0')
				)
			).toEqual([]);
			expect(calls[0]?.method).toBe('LMSInitialize');
			expect(calls.at(-1)?.method).toBe('LMSFinish');
			const values = valuesSet(calls);
			expect(values.get('cmi.core.score.min')).toBe('0');
			expect(values.get('cmi.core.score.max')).toBe('100');
			expect(values.get('cmi.core.score.raw')).toBe(right ? '100' : '0');
			expect(values.get('cmi.core.lesson_status')).toBe('completed');
			expect(values.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
			bank.questions.forEach((entry, n) => {
				const prefix = `cmi.interactions.${n}`;
				const expected = expectedInteraction(entry, right, bank);
				expect({
					id: values.get(`${prefix}.id`),
					type: values.get(`${prefix}.type`),
					student_response: values.get(`${prefix}.student_response`),
					result: values.get(`${prefix}.result`),
					weighting: values.get(`${prefix}.weighting`)
				}).toEqual({ id: `q${n + 1}`, weighting: '1', ...expected });
			});
			expect(values.has(`cmi.interactions.${bank.questions.length}.id`)).toBe(false);
		},
		180_000
	);
});

describe('the SCORM 1.2 package against the LMS mastery score', () => {
	const module = seedModule();
	const bank = buildQuestionBank(module, { types: ['single-choice', 'numeric'] });

	it('passes at or above the mastery score, fails below it', async () => {
		const passed = valuesSet(await takeQuiz(module, bank, true, '80'));
		expect(passed.get('cmi.core.lesson_status')).toBe('passed');
		await lms?.close();
		const failed = valuesSet(await takeQuiz(module, bank, false, '80'));
		expect(failed.get('cmi.core.lesson_status')).toBe('failed');
	}, 120_000);

	it('shows each result with the article’s sentence, and the score', async () => {
		await takeQuiz(module, bank, true);
		const sco = lms?.sco;
		if (!sco) throw new Error('no LMS');
		await expect(sco.locator('#summary').textContent()).resolves.toBe('Wynik: 100%');
		const first = bank.questions[0];
		await expect(sco.locator('#q1-result').textContent()).resolves.toBe(
			`Dobrze. Z artykułu: ${first?.question.evidence.join(' ')}`
		);
	}, 120_000);

	it('reports a quiz submitted with nothing answered as 0, every call accepted', async () => {
		const files = await packageOf(module, bank);
		lms = await ScormLms.open(files);
		await lms.sco.getByRole('button').click();
		await lms.sco.locator('#summary:not(:empty)').waitFor();
		const calls = await lms.calls();
		expect(
			calls.filter((c) => c.method !== 'LMSGetValue' && (c.returned !== 'true' || c.error !== '0'))
		).toEqual([]);
		const values = valuesSet(calls);
		expect(values.get('cmi.core.score.raw')).toBe('0');
		bank.questions.forEach((_, n) => {
			expect(values.get(`cmi.interactions.${n}.student_response`)).toBe('');
			expect(values.get(`cmi.interactions.${n}.result`)).toBe('wrong');
		});
	}, 120_000);

	it('reports partial credit as the decimal SCORM 1.2 allows in result', async () => {
		const partial = buildQuestionBank(module, { types: ['multiple-response'] });
		const position = partial.questions.findIndex(
			(entry) =>
				entry.question.type === 'multiple-response' && entry.question.key.choiceIds.length >= 2
		);
		const entry = partial.questions[position];
		if (entry?.question.type !== 'multiple-response') throw new Error('no such question');
		const keys = entry.question.key.choiceIds;
		lms = await ScormLms.open(await packageOf(module, partial));
		for (const key of keys.slice(1)) await lms.sco.locator(`#q${position + 1}-${key}`).check();
		await lms.sco.getByRole('button').click();
		await lms.sco.locator('#summary:not(:empty)').waitFor();
		const calls = await lms.calls();
		expect(calls.filter((c) => c.method === 'LMSSetValue' && c.returned !== 'true')).toEqual([]);
		const credit = (keys.length - 1) / keys.length;
		expect(valuesSet(calls).get(`cmi.interactions.${position}.result`)).toBe(
			String(Math.round(credit * 100) / 100)
		);
		expect(valuesSet(calls).get('cmi.core.score.raw')).toBe(
			String(Math.round(((100 * credit) / partial.questions.length) * 100) / 100)
		);
	}, 120_000);

	it('has no WCAG 2.1 AA violations (axe), before and after submission', async () => {
		const files = await packageOf(module, bank);
		lms = await ScormLms.open(files);
		const violations = async () => {
			const page = lms?.page;
			if (!page) throw new Error('no LMS');
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			return results.violations.map(
				(violation) =>
					`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
			);
		};
		expect(await violations()).toEqual([]);
		await lms.sco.getByRole('button').click();
		await lms.sco.locator('#summary:not(:empty)').waitFor();
		expect(await violations()).toEqual([]);
	}, 120_000);

	it('can be answered with the keyboard alone', async () => {
		const files = await packageOf(module, bank);
		lms = await ScormLms.open(files);
		const { page, sco } = lms;
		const position = bank.questions.findIndex((entry) => entry.question.type === 'single-choice');
		const entry = bank.questions[position];
		if (entry?.question.type !== 'single-choice') throw new Error('no single-choice question');
		const id = `q${position + 1}`;
		const key = entry.question.key.choiceIds[0] ?? '';
		await sco.locator(`#${id}-${entry.question.choices[0]?.id}`).focus();
		await page.keyboard.press('Space');
		// Arrow keys move along a radio group and select.
		for (const choice of entry.question.choices) {
			if (choice.id === key) break;
			await page.keyboard.press('ArrowDown');
		}
		await expect(sco.locator(`#${id}-${key}`).isChecked()).resolves.toBe(true);
		await sco.getByRole('button').focus();
		await page.keyboard.press('Enter');
		await sco.locator('#summary:not(:empty)').waitFor();
		const values = valuesSet(await lms.calls());
		expect(values.get(`cmi.interactions.${position}.result`)).toBe('correct');
	}, 120_000);
});

describe('the SCORM 1.2 package of text that looks like markup', () => {
	const module = structuredClone(seedModule());
	const hostile = ` </script><img src=x onerror="window.injected=1"> & "quotes" <b>`;
	module.title = `Kursk${hostile}`;
	module.facts = module.facts.map((fact) => ({
		...fact,
		questions: fact.questions.map((question) => withinQuestion(question, hostile))
	}));
	const bank = buildQuestionBank(module, { types: ['numeric', 'short-answer'] });

	it('shows it as written, runs none of it, and still scores', async () => {
		const calls = await takeQuiz(module, bank, true);
		const sco = lms?.sco;
		if (!sco) throw new Error('no LMS');
		await expect(sco.locator('h1').textContent()).resolves.toBe(module.title);
		await expect(sco.locator('#q1 legend').textContent()).resolves.toBe(
			`1. ${bank.questions[0]?.question.prompt}`
		);
		await expect(sco.locator('img').count()).resolves.toBe(0);
		expect(valuesSet(calls).get('cmi.core.score.raw')).toBe('100');
	}, 120_000);
});
