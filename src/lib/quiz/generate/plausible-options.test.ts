import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../check';
import type { Entity, Fact } from '../content';
import { parseNumber } from '../language/number';
import type { QuizModule } from '../module';
import { moduleOfParagraphs, gappedFigureFact, namedEntity } from '../../testing/seed-module';
import { createRandom } from '../random';
import { singleChoiceGenerator } from './single-choice';
import { distractorsOf } from './values';

/**
 * Options a reader rules out without the article (blind reading of unseen12): a yearly wage a
 * tenth of the key, a part as large as its whole, a council beside "its clubhouse", a figure the
 * prompt shows. Sentences written here.
 */

function figures(module: QuizModule, id: string): number[] {
	const fact = module.facts.find((candidate) => candidate.id === id) as Fact;
	return distractorsOf(module, fact).map((text) => parseNumber(text, module.language) as number);
}

function moduleOf(
	language: 'en' | 'pl',
	paragraphs: string[],
	facts: Fact[],
	entities: Entity[] = []
) {
	return moduleOfParagraphs('plausible-options', language, paragraphs, facts, entities);
}

describe('options for a sum paid per period', () => {
	it('stay within half to twice a yearly wage: never £3,000 beside £30,000 a year', () => {
		const wage =
			'Of the 2,300 drivers employed by Kelsby Buses, about 1,400 earn less than £28,000 a year, the GMB union said on Monday.';
		const depot = 'The firm spent £280,000 on its Wrenfield depot and £2.8m on 12 electric buses.';
		const module = moduleOf(
			'en',
			[wage, depot],
			[
				gappedFigureFact('wage', 28_000, wage, '28,000', '£'),
				gappedFigureFact('depot', 280_000, depot, '280,000', '£'),
				gappedFigureFact('buses', 2_800_000, depot, '2.8m', '£')
			]
		);
		const offered = figures(module, 'wage');
		expect(offered.length).toBeGreaterThanOrEqual(2);
		for (const option of offered) {
			expect(option).toBeGreaterThanOrEqual(14_000);
			expect(option).toBeLessThanOrEqual(56_000);
		}
		// A sum that is no rate keeps its wider reach: the wage a tenth of it is an option.
		expect(figures(module, 'depot')).toContain(28_000);
	});

	it('do the same for a rent "za m kw. miesięcznie" and a fee "dziennie"', () => {
		const rent =
			'Zarząd Targowisk w Kolnie chce 38 zł netto za m kw. miesięcznie, a kupcy proponują 20 zł.';
		const fee = 'Dotąd płacili ok. 14 zł dziennie, a za całą halę miasto zapłaciło 19,5 mln zł.';
		const module = moduleOf(
			'pl',
			[rent, fee],
			[
				gappedFigureFact('czynsz', 38, rent, '38', 'zł', false, 'pl'),
				gappedFigureFact('oplata', 14, fee, '14', 'zł', false, 'pl'),
				gappedFigureFact('hala', 19_500_000, fee, '19,5 mln', 'zł', false, 'pl'),
				gappedFigureFact(
					'targ',
					380,
					'Miesięcznie za stoisko wychodzi ok. 380 zł.',
					'380',
					'zł',
					false,
					'pl'
				)
			]
		);
		for (const [id, key] of [
			['czynsz', 38],
			['oplata', 14]
		] as const) {
			const offered = figures(module, id);
			expect(offered.length).toBeGreaterThanOrEqual(2);
			for (const option of offered) {
				expect(option).toBeGreaterThanOrEqual(key / 2);
				expect(option).toBeLessThanOrEqual(key * 2);
			}
		}
	});
});

describe('options for a part of a whole', () => {
	it('stay below the whole the sentence before gives, less the rest', () => {
		const split = 'Of the £4.6m cost, £2.4m will come from Arts Council England.';
		const part =
			'Harwell District Council will put in £1.5m from its reserves and the rest, about £700,000, will be raised by a public appeal.';
		const other = 'The museum last had a £9m refit in 2009 and drew £5.2m in grants in 2019.';
		const module = moduleOf(
			'en',
			[`${split} ${part}`, other],
			[
				gappedFigureFact('cost', 4_600_000, split, '4.6m', '£'),
				gappedFigureFact('arts', 2_400_000, split, '2.4m', '£'),
				gappedFigureFact('council', 1_500_000, part, '1.5m', '£'),
				gappedFigureFact('refit', 9_000_000, other, '9m', '£'),
				gappedFigureFact('grants', 5_200_000, other, '5.2m', '£')
			]
		);
		const offered = figures(module, 'council');
		expect(offered.length).toBeGreaterThanOrEqual(2);
		// The whole less the £700,000 rest: no option is the whole or more.
		for (const option of offered) expect(option).toBeLessThan(3_900_000);
		expect(offered).not.toContain(4_600_000);
	});

	it('does the same after "Z tej kwoty" in Polish', () => {
		const whole = 'Przebudowa rynku w Drohiczynie kosztuje 24,6 mln zł.';
		const parts =
			'Z tej kwoty 15,2 mln zł pochodzi z Funduszy Europejskich dla Podlaskiego, a 6,1 mln zł to kredyt.';
		const other = 'Miasto wydało też 30 mln zł na obwodnicę.';
		const module = moduleOf(
			'pl',
			[`${whole} ${parts}`, other],
			[
				gappedFigureFact('koszt', 24_600_000, whole, '24,6 mln', 'zł', false, 'pl'),
				gappedFigureFact('fundusze', 15_200_000, parts, '15,2 mln', 'zł', false, 'pl'),
				gappedFigureFact('kredyt', 6_100_000, parts, '6,1 mln', 'zł', false, 'pl'),
				gappedFigureFact('obwodnica', 30_000_000, other, '30 mln', 'zł', false, 'pl')
			]
		);
		const offered = figures(module, 'kredyt');
		expect(offered.length).toBeGreaterThanOrEqual(2);
		for (const option of offered) expect(option).toBeLessThan(24_600_000 - 15_200_000);
	});
});

describe('a figure the prompt shows', () => {
	it('is never an option: the sentence shown before the gap gives £7, so 7 is no option', () => {
		const before =
			'A parking permit for part-time staff at Wrenfield General Hospital cost £7 a month last year.';
		const now = 'It will cost £10 a month from April, the trust said.';
		const fact = gappedFigureFact('part-time', 10, now, '10', '£');
		const module = moduleOf(
			'en',
			[`${before} ${now}`],
			[gappedFigureFact('last-year', 7, before, '7', '£'), fact]
		);
		// The article's £7 is a fair option elsewhere; this prompt shows it.
		expect(figures(module, 'part-time')).toContain(7);
		// Twenty draws: one of six candidates would be among three options in about half of them.
		const random = createRandom(7);
		for (let round = 0; round < 20; round++) {
			const question = singleChoiceGenerator.generate(module, [fact], random);
			expect(question.prompt).toContain('£7 a month');
			expect(question.choices.length).toBeGreaterThanOrEqual(3);
			expect(question.choices.map((choice) => parseNumber(choice.text, 'en'))).not.toContain(7);
		}
	});
});

const body = namedEntity;

describe('a noun in the prompt only one kind of body owns', () => {
	const paragraphs = [
		'Kelsby Rovers Football Club has opened its clubhouse on Mill Lane to families who lost their homes.',
		'Kelsby Town Council and Wrenfield General Hospital said the families would be helped, and Ashby United Football Club and Kelsby Cricket Club collected food.'
	];
	const entities = [
		body('rovers', 'Kelsby Rovers Football Club'),
		body('council', 'Kelsby Town Council'),
		body('hospital', 'Wrenfield General Hospital'),
		body('ashby', 'Ashby United Football Club'),
		body('cricket', 'Kelsby Cricket Club')
	];
	const fact: Fact = {
		id: 'clubhouse',
		kind: 'entity',
		value: 'rovers',
		questions: ['Who has opened its clubhouse on Mill Lane to families who lost their homes?'],
		evidence: paragraphs[0] as string,
		aliases: []
	};

	it('leaves only options of that kind: clubs beside "its clubhouse"', () => {
		const module = moduleOf('en', paragraphs, [fact], entities);
		const offered = distractorsOf(module, fact);
		expect(offered).toEqual(
			expect.arrayContaining(['Ashby United Football Club', 'Kelsby Cricket Club'])
		);
		expect(offered).not.toContain('Kelsby Town Council');
		expect(offered).not.toContain('Wrenfield General Hospital');
	});

	it('is refused by the check with a council among the options', () => {
		const question = (third: string) => ({
			id: 'q',
			type: 'single-choice' as const,
			factIds: ['clubhouse'],
			prompt:
				'Who has opened its clubhouse on Mill Lane to families who lost their homes? Choose one answer.',
			evidence: [paragraphs[0] as string],
			choices: [
				{ id: 'a', text: 'Kelsby Rovers Football Club' },
				{ id: 'b', text: 'Ashby United Football Club' },
				{ id: 'c', text: third }
			],
			key: { choiceIds: ['a'] }
		});
		const context = { language: 'en' as const, article: paragraphs.join('\n'), entities };
		expect(checkQuestion(question('Kelsby Town Council'), context)).toContain('option-ruled-out');
		expect(checkQuestion(question('Kelsby Cricket Club'), context)).not.toContain(
			'option-ruled-out'
		);
	});

	it('asks no choice question when no other body of that kind is named', () => {
		const module = moduleOf('en', paragraphs, [fact], entities.slice(0, 3));
		expect(distractorsOf(module, fact)).toEqual([]);
		expect(singleChoiceGenerator.items(module)).toEqual([]);
	});
});

describe('a noun only a school owns, in Polish', () => {
	const paragraphs = [
		'Szkoła Podstawowa nr 3 w Kolnie zawiozła swoich uczniów na basen do Łomży.',
		'Pomogły Urząd Miasta Kolno, Szpital Ogólny w Kolnie oraz Szkoła Podstawowa nr 1 w Kolnie i Liceum Ogólnokształcące w Kolnie.'
	];
	const entities = [
		body('sp3', 'Szkoła Podstawowa nr 3 w Kolnie'),
		body('urzad', 'Urząd Miasta Kolno'),
		body('szpital', 'Szpital Ogólny w Kolnie'),
		body('sp1', 'Szkoła Podstawowa nr 1 w Kolnie'),
		body('lo', 'Liceum Ogólnokształcące w Kolnie')
	];
	const fact: Fact = {
		id: 'basen',
		kind: 'entity',
		value: 'sp3',
		questions: ['Kto zawiózł swoich uczniów na basen do Łomży?'],
		evidence: paragraphs[0] as string,
		aliases: []
	};

	it('offers schools only beside "swoich uczniów"', () => {
		const offered = distractorsOf(moduleOf('pl', paragraphs, [fact], entities), fact);
		expect([...offered].sort()).toEqual([
			'Liceum Ogólnokształcące w Kolnie',
			'Szkoła Podstawowa nr 1 w Kolnie'
		]);
	});
});

describe('a building or a hospital as a gap', () => {
	const paragraphs = [
		'The fire broke out in a second-floor flat at Moorfield House, a six-storey block on Leeds Road, shortly after midnight.',
		'Three residents were taken to Airedale General Hospital with smoke inhalation.',
		'Bradford Council, Shipley Rugby Club and Leeds General Infirmary offered help, and families from Hillside Court next door took in neighbours.'
	];
	const entities = [
		body('moorfield', 'Moorfield House'),
		body('airedale', 'Airedale General Hospital'),
		body('council', 'Bradford Council'),
		body('rugby', 'Shipley Rugby Club'),
		body('lgi', 'Leeds General Infirmary'),
		body('hillside', 'Hillside Court')
	];
	const gap = (value: string, question: string, evidence: string): Fact => ({
		id: value,
		kind: 'entity',
		value,
		questions: [question],
		evidence,
		aliases: []
	});

	it('offers only buildings for a block of flats', () => {
		const fact = gap(
			'moorfield',
			'Which building fills the gap: "The fire broke out in a second-floor flat at _____, a six-storey block on Leeds Road, shortly after midnight."?',
			paragraphs[0] as string
		);
		expect(distractorsOf(moduleOf('en', paragraphs, [fact], entities), fact)).toEqual([
			'Hillside Court'
		]);
	});

	it('offers only hospitals for a hospital', () => {
		const fact = gap(
			'airedale',
			'Which hospital fills the gap: "Three residents were taken to _____ with smoke inhalation."?',
			paragraphs[1] as string
		);
		expect(distractorsOf(moduleOf('en', paragraphs, [fact], entities), fact)).toEqual([
			'Leeds General Infirmary'
		]);
	});
});

describe('a fund or programme as a gap', () => {
	const paragraphs = [
		'Without the Coastal Revival Fund the lido would have stayed shut, Cllr Mary Dent said.',
		'Skegby Town Council, Ashfield Leisure Ltd and the Environment Agency paid the rest, and the Warm Spaces Scheme and the Active Towns Fund paid for heating.'
	];
	const entities = [
		body('revival', 'Coastal Revival Fund'),
		body('council', 'Skegby Town Council'),
		body('leisure', 'Ashfield Leisure Ltd'),
		body('agency', 'Environment Agency'),
		body('spaces', 'Warm Spaces Scheme'),
		body('active', 'Active Towns Fund')
	];
	const fact: Fact = {
		id: 'revival',
		kind: 'entity',
		value: 'revival',
		questions: [
			'Which fund or programme fills the gap: "Without the _____ the lido would have stayed shut, Cllr Mary Dent said."?'
		],
		evidence: paragraphs[0] as string,
		aliases: []
	};

	it('offers only other funds and programmes, never a council, a firm or an agency', () => {
		const offered = distractorsOf(moduleOf('en', paragraphs, [fact], entities), fact);
		expect(offered).toEqual(expect.arrayContaining(['Warm Spaces Scheme', 'Active Towns Fund']));
		for (const body of ['Skegby Town Council', 'Ashfield Leisure Ltd', 'Environment Agency'])
			expect(offered).not.toContain(body);
	});

	it('offers none when the article names no other programme', () => {
		const alone = entities.filter((entity) => entity.id !== 'spaces' && entity.id !== 'active');
		expect(distractorsOf(moduleOf('en', paragraphs, [fact], alone), fact)).toEqual([]);
	});
});
