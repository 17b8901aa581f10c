import { describe, expect, it } from 'vitest';
import { holdsPhoneNumber } from '../check';
import type { Fact } from '../content';
import { describeKey, keyFigureFormat } from '../describe';
import type { QuizModule } from '../module';
import { createRandom } from '../random';
import { seedModule } from '../../testing/seed-module';
import { generateQuestion, generators } from './index';
import { singleChoiceGenerator } from './single-choice';

function moduleOf(language: 'pl' | 'en', facts: Fact[]): QuizModule {
	return {
		...seedModule(),
		id: 'service',
		language,
		article: {
			blocks: facts.map((fact) => ({ type: 'paragraph' as const, text: fact.evidence }))
		},
		facts,
		entities: []
	};
}

describe('a telephone number in what students see (zoo and pool readings)', () => {
	it('is told from figures written in groups', () => {
		expect(holdsPhoneNumber('Bookings on 01632 960 731 or at the gate.')).toBe(true);
		expect(holdsPhoneNumber('Zapisy pod numerem 58 341 22 07.')).toBe(true);
		expect(holdsPhoneNumber('Informacje: tel. 604 118 352.')).toBe(true);
		expect(holdsPhoneNumber('Hala kosztowała 12 450 000 zł.')).toBe(false);
		expect(holdsPhoneNumber('Wydano 1 000 000 000 zł na drogi.')).toBe(false);
		expect(holdsPhoneNumber('Works run from 2026-03-02 to 2026-09-30.')).toBe(false);
	});

	const priceIn = (sentence: string): Fact => ({
		id: 'adult-ticket',
		kind: 'number',
		value: 14,
		unit: '£',
		approximate: false,
		questions: [`Which number fills the gap: "${sentence.replace('14', '_____')}"?`],
		statement: sentence.replace('14', '{value}'),
		evidence: sentence,
		cloze: '14',
		aliases: []
	});

	it('keeps the sentence out of every question', () => {
		const price = priceIn(
			'An adult ticket to the farm park costs £14, and groups can book on 01632 960 731.'
		);
		const module = moduleOf('en', [price]);
		for (const generator of Object.values(generators))
			expect(generator.items(module), generator.type).toEqual([]);
	});

	it('asks the same fact in a sentence without one', () => {
		const price = priceIn('An adult ticket to the farm park costs £14, and groups pay less.');
		const module = moduleOf('en', [price]);
		expect(Object.values(generators).some((generator) => generator.items(module).length > 0)).toBe(
			true
		);
	});
});

describe('a price with pence among options', () => {
	const price: Fact = {
		id: 'family-ticket',
		kind: 'number',
		value: 27.5,
		unit: '£',
		approximate: false,
		questions: [
			'Which number fills the gap: "A family ticket to the farm park costs £_____ this summer."?'
		],
		evidence: 'A family ticket to the farm park costs £27.50 this summer.',
		cloze: '27.50',
		aliases: []
	};

	it('shows the key and every option with two decimals, as prices are printed', () => {
		const module = moduleOf('en', [price]);
		for (let seed = 0; seed < 10; seed++) {
			const question = singleChoiceGenerator.generate(module, [price], createRandom(seed));
			const texts = question.choices.map((choice) => choice.text);
			expect(texts).toContain('27.50');
			for (const text of texts) expect(text).toMatch(/^\d+\.\d{2}$/u);
		}
	});

	it('writes grosze the Polish way', () => {
		const bilet: Fact = {
			...price,
			id: 'bilet-rodzinny',
			unit: 'zł',
			value: 32.4,
			questions: ['Ile kosztuje bilet rodzinny na basen?'],
			evidence: 'Bilet rodzinny na basen kosztuje 32,40 zł.',
			cloze: '32,40 zł'
		};
		const module = moduleOf('pl', [bilet]);
		const question = singleChoiceGenerator.generate(module, [bilet], createRandom(3));
		for (const choice of question.choices) expect(choice.text).toMatch(/^\d+,\d{2}$/u);
	});
});

describe('a share asked by number (pool reading: "40 proc." shown as "0,4")', () => {
	const share: Fact = {
		id: 'udzial-paneli',
		kind: 'proportion',
		value: 0.35,
		unit: 'energii',
		approximate: false,
		questions: ['Jaką część energii dadzą panele na dachu hali?'],
		evidence: 'Panele na dachu hali dadzą 35 proc. energii.',
		cloze: '35 proc.',
		aliases: []
	};

	it('shows the key as the article words it after an answer', () => {
		const module = moduleOf('pl', [share]);
		const question = generateQuestion(module, 'numeric', [share.id], 1);
		expect(describeKey(question, keyFigureFormat(module, question))).toEqual(['35 proc.']);
	});

	it('shows an English share with its per cent sign', () => {
		const english: Fact = {
			...share,
			id: 'panel-share',
			unit: 'energy',
			questions: ['What share of its energy will the roof panels give the hall?'],
			evidence: 'The roof panels will give the hall 35% of its energy.',
			cloze: '35%'
		};
		const module = moduleOf('en', [english]);
		const question = generateQuestion(module, 'numeric', [english.id], 1);
		expect(describeKey(question, keyFigureFormat(module, question))).toEqual(['35%']);
	});
});
