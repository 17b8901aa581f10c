import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuestionBank, exportBank, type QuestionBank } from '$lib/quiz/export';
import { QTI21 } from '$lib/quiz/export/qti21';
import { itemPath, QTI3, qtiPackageFiles, TEST_PATH, type QtiDialect } from '$lib/quiz/export/qti3';
import { choiceIdentifier, matchItemIdentifier } from '$lib/quiz/export/qti3-items';
import type { QuizModule } from '$lib/quiz/module';
import { seedModule } from '$lib/testing/seed-module';
import { withinQuestion } from '$lib/testing/export-modules';
import { authoredModule } from '$lib/testing/authored-module';
import { answerInPlayer } from './support/qti-answers';
import { QtiPlayer } from './support/qti-player';
import { upgradeQti21Item } from './support/qti-upgrader';
import { SchemaValidator } from './support/xml-schema';

/**
 * The QTI packages checked by readers written elsewhere: Cito's QTI 3 player renders and
 * scores every item (QTI 2.1 items after 1EdTech's upgrader), and IMS's QTI 2.1 and
 * content-packaging schemas validate the 2.1 package.
 */

let player: QtiPlayer;
beforeAll(async () => {
	player = await QtiPlayer.launch();
}, 60_000);
afterAll(async () => {
	await player?.close();
});

const MODULES = [
	['the seed module', seedModule()],
	['an authored module', authoredModule()]
] as const;

async function packageFiles(format: 'qti3' | 'qti21', bank: QuestionBank) {
	const result = await exportBank(format, bank);
	if (result.file.kind !== 'binary') throw new Error('a QTI package is a zip');
	expect(result.omitted).toEqual([]);
	return Object.fromEntries(
		Object.entries(unzipSync(result.file.bytes)).map(([path, bytes]) => [path, strFromU8(bytes)])
	);
}

async function scoreEveryItem(
	bank: QuestionBank,
	files: Record<string, string>,
	toQti3: (xml: string) => Promise<string>
) {
	const scores: { item: string; right: boolean; score: number }[] = [];
	for (const [position, entry] of bank.questions.entries()) {
		const xml = await toQti3(files[itemPath(position)] as string);
		for (const right of [true, false]) {
			await player.render(xml);
			await answerInPlayer(player, entry, right);
			scores.push({ item: entry.question.id, right, score: await player.score() });
		}
	}
	return scores;
}

const expected = (bank: QuestionBank) =>
	bank.questions.flatMap((entry) =>
		[true, false].map((right) => ({ item: entry.question.id, right, score: right ? 1 : 0 }))
	);

describe.each(MODULES)('the QTI packages of %s', (_name, module) => {
	const bank = buildQuestionBank(module);

	it('hold every question type, each in the manifest, the test and its own item file', async () => {
		expect(new Set(bank.questions.map((entry) => entry.question.type)).size).toBeGreaterThanOrEqual(
			5
		);
		for (const [format, dialect] of [
			['qti3', QTI3],
			['qti21', QTI21]
		] as ['qti3' | 'qti21', QtiDialect][]) {
			const files = await packageFiles(format, bank);
			const items = bank.questions.map((_, position) => itemPath(position));
			expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', TEST_PATH, ...items].sort());
			const manifest = files['imsmanifest.xml'] as string;
			for (const path of items) {
				expect(manifest).toContain(`type="${dialect.itemResourceType}" href="${path}"`);
				expect(files[TEST_PATH]).toContain(`href="${path}"`);
			}
		}
	});

	it('QTI 3.0: the player scores each right answer 1 and each wrong one 0', async () => {
		const files = await packageFiles('qti3', bank);
		expect(await scoreEveryItem(bank, files, async (xml) => xml)).toEqual(expected(bank));
	}, 300_000);

	it('QTI 2.1: upgraded by 1EdTech’s converter, the items score the same in the player', async () => {
		const files = await packageFiles('qti21', bank);
		expect(await scoreEveryItem(bank, files, upgradeQti21Item)).toEqual(expected(bank));
	}, 300_000);

	it('QTI 2.1: the items, the test and the manifest are valid against IMS’s schemas', async () => {
		const files = await packageFiles('qti21', bank);
		const qti = SchemaValidator.load('tests/fixtures/qti21-schema/qtiv2p1/imsqti_v2p1.xsd');
		const packaging = SchemaValidator.load('tests/fixtures/qti21-schema/imscp_v1p1.xsd');
		const errors = Object.entries(files).flatMap(([path, xml]) =>
			(path === 'imsmanifest.xml' ? packaging : qti).errors(xml).map((error) => `${path}:${error}`)
		);
		expect(errors).toEqual([]);
	});
});

describe('QTI scoring beyond right and wrong, in the player', () => {
	const bank = buildQuestionBank(seedModule(), { types: ['multiple-response', 'matching'] });
	const files = qtiPackageFiles(bank, QTI3);

	it('multiple response: a right option less, or a wrong one more, costs its share as in factquiz', async () => {
		const position = bank.questions.findIndex(
			(entry) =>
				entry.question.type === 'multiple-response' && entry.question.key.choiceIds.length >= 2
		);
		const entry = bank.questions[position];
		if (entry?.question.type !== 'multiple-response')
			throw new Error('no multiple-response question');
		const keys = entry.question.key.choiceIds;
		const wrong = entry.question.choices.find((choice) => !keys.includes(choice.id));
		await player.render(files[itemPath(position)] as string);
		await player.setResponse(keys.slice(1).map(choiceIdentifier));
		expect(await player.score()).toBeCloseTo((keys.length - 1) / keys.length, 6);
		if (wrong) {
			await player.setResponse([...keys, wrong.id].map(choiceIdentifier));
			expect(await player.score()).toBeCloseTo((keys.length - 1) / keys.length, 6);
		}
	});

	it('matching: each right pair earns its share', async () => {
		const position = bank.questions.findIndex((entry) => entry.question.type === 'matching');
		const entry = bank.questions[position];
		if (entry?.question.type !== 'matching') throw new Error('no matching question');
		const pairs = Object.entries(entry.question.key.pairs);
		const [first, second, ...rest] = pairs;
		if (!first || !second) throw new Error('matching needs two pairs');
		// The first two items swap their choices; the others stay right.
		const given = [[first[0], second[1]], [second[0], first[1]], ...rest].map(
			([item, choice]) =>
				`${matchItemIdentifier(item as string)} ${choiceIdentifier(choice as string)}`
		);
		await player.render(files[itemPath(position)] as string);
		await player.setResponse(given);
		expect(await player.score()).toBeCloseTo(rest.length / pairs.length, 6);
	});
});

/** The seed module with XML's syntax in its wording, names and aliases. */
function syntaxModule(): QuizModule {
	const module = structuredClone(seedModule());
	const syntax = ` <&> "'" ]]> &amp;`;
	module.title = `Tytuł${syntax}`;
	module.entities = module.entities.map((entity) => ({
		...entity,
		aliases: [...entity.aliases, `${entity.name}${syntax}`]
	}));
	module.facts = module.facts.map((fact) => ({
		...fact,
		questions: fact.questions.map((question) => withinQuestion(question, syntax))
	}));
	return module;
}

describe('QTI text that looks like markup', () => {
	const bank = buildQuestionBank(syntaxModule());

	it('stays valid, and the player shows it as written', async () => {
		const files = await packageFiles('qti21', bank);
		const qti = SchemaValidator.load('tests/fixtures/qti21-schema/qtiv2p1/imsqti_v2p1.xsd');
		expect(
			Object.entries(files)
				.filter(([path]) => path !== 'imsmanifest.xml')
				.flatMap(([path, xml]) => qti.errors(xml).map((error) => `${path}:${error}`))
		).toEqual([]);
		const qti3 = qtiPackageFiles(bank, QTI3);
		const position = bank.questions.findIndex(
			(entry) =>
				entry.question.type === 'short-answer' &&
				entry.acceptedAnswers.some((answer) => answer.includes('<&>'))
		);
		const entry = bank.questions[position];
		const alias = entry?.acceptedAnswers.find((answer) => answer.includes('<&>'));
		if (!entry || !alias) throw new Error('no short-answer question with such an alias');
		await player.render(qti3[itemPath(position)] as string);
		await expect(player.page.locator('qti-item-body p').first().textContent()).resolves.toBe(
			entry.question.prompt
		);
		// An alias with the syntax in it is still a right answer.
		await player.page.locator('qti-text-entry-interaction input').fill(alias);
		await player.page.locator('qti-text-entry-interaction input').blur();
		expect(await player.score()).toBe(1);
	});
});

describe('QTI numeric tolerance', () => {
	it('is the fact’s absolute tolerance on qti-equal, exact for exact figures', () => {
		const bank = buildQuestionBank(seedModule(), { types: ['numeric'] });
		const files = qtiPackageFiles(bank, QTI3);
		let approximate = 0;
		bank.questions.forEach((entry, position) => {
			const xml = files[itemPath(position)] as string;
			const tolerance = entry.figure?.tolerance ?? 0;
			if (tolerance > 0) approximate++;
			expect(xml).toContain(
				tolerance > 0
					? `<qti-equal tolerance-mode="absolute" tolerance="${tolerance} ${tolerance}">`
					: '<qti-equal tolerance-mode="exact">'
			);
		});
		expect(approximate).toBeGreaterThan(0);
	});
});
