import { describe, expect, it } from 'vitest';
import { entityFactSchema, entitySchema, type Language } from '../src/lib/quiz/content';
import { extractFacts } from '../src/lib/quiz/extract';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * A person named by the role the article states beside the name: before it ("Burmistrz
 * Lidzbarka Adam Kołodziej") or as the apposition after it ("Ewa Sowa, rzeczniczka wojewody
 * podlaskiego,"). A role two people hold names neither. Sentences written here.
 */

const morphology = { pl: loadMorphology('pl'), en: loadMorphology('en') };

function scorer(text: string, language: Language) {
	const extraction = extractFacts(text, { language, morphology: morphology[language] });
	const entities = extraction.entities.map(({ id, name, type, aliases }) =>
		entitySchema.parse({ id, name, type, aliases })
	);
	const idOf = (name: string) => entities.find((entity) => entity.name === name)?.id ?? name;
	return (name: string, answer: string) => {
		const fact = entityFactSchema.parse({
			id: 'probe',
			kind: 'entity',
			value: idOf(name),
			label: 'probe',
			questions: ['?'],
			evidence: '.',
			aliases: []
		});
		return scoreEntityAnswer(fact, entities, answer, language).credit;
	};
}

describe('Polish roles beside a name', () => {
	const credit = scorer(
		'Burmistrz Lidzbarka Adam Kołodziej przypomina, że remont kosztował 3 mln zł. ' +
			'Starosta Wrona zapowiedział, że powiat dołoży 200 tys. zł. ' +
			'Ewa Sowa, rzeczniczka wojewody podlaskiego, potwierdziła to w piątek. ' +
			'Radny Jan Lis i radny Piotr Gaj głosowali przeciw. ' +
			'Starosta ostrowski Marek Wrona dodał, że prace potrwają do 2027 roku.',
		'pl'
	);

	it.each([
		['Adam Kołodziej', 'burmistrz Lidzbarka'],
		['Adam Kołodziej', 'Burmistrz Lidzbarka'],
		['Adam Kołodziej', 'burmistrza Lidzbarka'],
		['Marek Wrona', 'starosta'],
		['Marek Wrona', 'starosta ostrowski'],
		['Marek Wrona', 'starosty ostrowskiego'],
		['Ewa Sowa', 'rzeczniczka wojewody podlaskiego'],
		['Ewa Sowa', 'rzeczniczka wojewody'],
		['Ewa Sowa', 'rzeczniczka']
	])('%s: %j is credited', (name, answer) => {
		expect(credit(name, answer)).toBe(1);
	});

	it.each([
		['Jan Lis', 'radny'],
		['Piotr Gaj', 'radny'],
		['Adam Kołodziej', 'starosta'],
		['Marek Wrona', 'burmistrz Lidzbarka'],
		['Ewa Sowa', 'Kołodziej']
	])('%s: %j is not', (name, answer) => {
		expect(credit(name, answer)).toBe(0);
	});
});

describe('English roles in apposition', () => {
	const credit = scorer(
		'Cllr Ruth Hale, the mayor of Wareham, said the hall would reopen in 2026. ' +
			'Tom Pike, a councillor, said it cost £2m. ' +
			'Jo Reed, a councillor, agreed with the plan in May.',
		'en'
	);

	it.each([
		['Ruth Hale', 'the mayor of Wareham'],
		['Ruth Hale', 'mayor of Wareham']
	])('%s: %j is credited', (name, answer) => {
		expect(credit(name, answer)).toBe(1);
	});

	it.each([
		['Tom Pike', 'a councillor'],
		['Jo Reed', 'councillor'],
		['Tom Pike', 'the mayor of Wareham']
	])('%s: %j is not', (name, answer) => {
		expect(credit(name, answer)).toBe(0);
	});
});

describe('a title two people hold, one past a quoted name', () => {
	const credit = scorer(
		'Prezes Spółdzielni „Orion” Anna Kulesza zapowiedziała odwołanie w marcu. ' +
			'Prezes PKS Jan Borowiec powiedział, że firma kupi 12 autobusów.',
		'pl'
	);

	it('"prezes" names neither; "prezes PKS" and "prezes Kulesza" name one', () => {
		expect(credit('Jan Borowiec', 'prezes')).toBe(0);
		expect(credit('Anna Kulesza', 'prezes Kulesza')).toBe(1);
		expect(credit('Jan Borowiec', 'prezes PKS')).toBe(1);
	});
});
