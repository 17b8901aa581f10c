import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';

function entityQuestions(text: string, language: 'pl' | 'en'): Record<string, string> {
	const morphology = language === 'pl' ? loadMorphology('pl') : undefined;
	const extraction = extractFacts(text, { language, ...(morphology ? { morphology } : {}) });
	return Object.fromEntries(
		extraction.candidates.flatMap((candidate) =>
			candidate.kind === 'entity' ? [[candidate.name, candidate.question]] : []
		)
	);
}

describe('an entity that is its sentence subject is asked who or which did what', () => {
	it('asks a Polish subject before its verb, its function left out', () => {
		const questions = entityQuestions(
			'Radni zebrali się w ratuszu. Starosta Wołowa Piotr Jarzębski zapowiada, że powiat wyremontuje most na rzece w ciągu dwóch lat.',
			'pl'
		);
		expect(questions['Piotr Jarzębski']).toBe(
			'Kto zapowiada, że powiat wyremontuje most na rzece w ciągu dwóch lat?'
		);
	});

	it('asks a Polish subject after its verb, with what opens the sentence', () => {
		const questions = entityQuestions(
			'Remont szkoły potrwa rok. Prace przy dachu poprowadzi Przedsiębiorstwo Budowlane Domex, które wygrało przetarg.',
			'pl'
		);
		expect(questions['Przedsiębiorstwo Budowlane Domex']).toBe('Kto poprowadzi prace przy dachu?');
	});

	it('keeps the gap where the name is no subject', () => {
		const questions = entityQuestions(
			'Gmina dostała pieniądze. Z raportu Najwyższej Izby Kontroli wynika, że gmina wydała 3 mln zł za dużo. Wniosek trafi teraz do Urzędu Marszałkowskiego.',
			'pl'
		);
		for (const question of Object.values(questions)) expect(question).toMatch(/pasuje do luki/u);
		// A name in the genitive after a plural noun is not who did it.
		const inspectors = entityQuestions(
			'Woda w rzece zmieniła kolor. Inspektorzy Wojewódzkiego Inspektoratu Ochrony Środowiska pobrali próbki.',
			'pl'
		);
		expect(inspectors['Wojewódzki Inspektorat Ochrony Środowiska']).toMatch(/pasuje do luki/u);
	});

	it('asks an English subject with its title and apposition left out', () => {
		const questions = entityQuestions(
			'The mill will close in May. Dr Helen Marsh, an economist at Leeds Beckett University, said the town would lose 400 jobs. The Harbour Development Agency granted a licence to build a new quay.',
			'en'
		);
		expect(questions['Helen Marsh']).toBe('Who said the town would lose 400 jobs?');
		expect(questions['Harbour Development Agency']).toBe(
			'Which organisation granted a licence to build a new quay?'
		);
	});

	it('asks a name in apposition to its function, which a gap could not show', () => {
		const questions = entityQuestions(
			'The talks broke down on Friday. Its spokesman, Mr Tomasz Reyes, said the union would strike in June.',
			'en'
		);
		expect(questions['Tomasz Reyes']).toBe('Who said the union would strike in June?');
	});

	it('keeps a Polish verb in the present as it is', () => {
		const questions = entityQuestions(
			'Gmina otworzyła nowy żłobek. Nowy program chwali Stowarzyszenie Rodzin Wielodzietnych.',
			'pl'
		);
		expect(questions['Stowarzyszenie Rodzin Wielodzietnych']).toBe('Kto chwali nowy program?');
	});

	it('keeps the gap where the predicate would cut a quotation open', () => {
		const questions = entityQuestions(
			'The vote was delayed. Mayor Tom Ashby told councillors that "the town cannot wait, not for another year" before the vote.',
			'en'
		);
		expect(questions['Tom Ashby']).toMatch(/fills the gap/u);
	});

	it('keeps the full stop of an abbreviation that ends the predicate', () => {
		const questions = entityQuestions(
			'Obwodnica jest potrzebna. Starosta Jan Wilczek przypomniał, że pierwsze plany obwodnicy powstały w 1988 r.',
			'pl'
		);
		expect(questions['Jan Wilczek']).toBe(
			'Kto przypomniał, że pierwsze plany obwodnicy powstały w 1988 r.?'
		);
	});

	it('reads a purpose clause and a list of places closed by "i" to the end', () => {
		const questions = entityQuestions(
			'Oprysk ruszy w maju. Wójt Adam Lis chce, by leśnicy spotkali się z mieszkańcami w Rytlu, Łęgu i Czersku.',
			'pl'
		);
		expect(questions['Adam Lis']).toBe(
			'Kto chce, by leśnicy spotkali się z mieszkańcami w Rytlu, Łęgu i Czersku?'
		);
	});

	it('keeps a time whole in the predicate', () => {
		const questions = entityQuestions(
			'The race began at dawn. Maria Okonkwo finished in 2:31:05 ahead of the field.',
			'en'
		);
		expect(questions['Maria Okonkwo']).toBe('Who finished in 2:31:05 ahead of the field?');
	});
});

describe('who did what is never a place inside or after another name', () => {
	function statementKeys(text: string, language: 'pl' | 'en'): string[][] {
		const morphology = language === 'pl' ? loadMorphology('pl') : undefined;
		const extraction = extractFacts(text, { language, ...(morphology ? { morphology } : {}) });
		return extraction.candidates.flatMap((candidate) =>
			candidate.kind === 'statement' ? [candidate.value] : []
		);
	}

	it('keys an institution with its seat, not the seat', () => {
		expect(
			statementKeys(
				'Sąd Rejonowy w Opolu ogłosił upadłość spółki, która ma 40 mln zł długów.',
				'pl'
			)
		).toEqual([['sad-rejonowy-w-opolu']]);
	});

	it('asks nothing of a town where something is or of a name modifying a noun', () => {
		expect(statementKeys('Zakłady w Poznaniu dostarczyły 30 tramwajów do Krakowa.', 'pl')).toEqual(
			[]
		);
		expect(
			statementKeys("The carmaker's Ohio plant sold about 310,000 vehicles last year.", 'en')
		).toEqual([]);
	});
});

describe('a Polish sentence that opens on its object', () => {
	it('asks who did it of the name after the verb, never of the one in the object', () => {
		const text =
			'Wniosek spółki Aquanet poparł w czwartek Sąd Okręgowy w Poznaniu. Nowy rozkład jazdy przewoźnika Koleje Mazowieckie przygotował w piątek Urząd Marszałkowski Województwa Mazowieckiego.';
		const questions = entityQuestions(text, 'pl');
		expect(questions['Aquanet']).toMatch(/pasuje do luki/u);
		expect(questions['Koleje Mazowieckie']).toMatch(/pasuje do luki/u);
		expect(questions['Sąd Okręgowy w Poznaniu']).toBe(
			'Kto poparł w czwartek wniosek spółki Aquanet?'
		);
		const morphology = loadMorphology('pl');
		const statements = extractFacts(text, { language: 'pl', morphology }).candidates.filter(
			(candidate) => candidate.kind === 'statement'
		);
		expect(statements.map((candidate) => candidate.value)).not.toContainEqual(['aquanet']);
		expect(statements.map((candidate) => candidate.value)).not.toContainEqual([
			'koleje-mazowieckie'
		]);
	});
});
