import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import { leansOnSentenceBefore, statementProblems, wordingProblems } from '../check';
import { checkedGapQuestionsOf, expectShownAfter, polishFigure } from '../../testing/gap-questions';
import { gappedFigureFact, moduleOfParagraphs } from '../../testing/seed-module';
import { generateQuestion } from './index';
import { hasWording } from './quality';

/**
 * A gapped sentence that leans on a referent only the sentence before gives ("buduje tam", "jego
 * powierzchni", "Grozi za nie", "miała skończyć" with no subject, "tickets" of what) is shown
 * after that sentence, or not asked at all when that sentence leans itself; never alone.
 */

function questionsOf(language: Language, paragraphs: string[], facts: Fact[]) {
	return checkedGapQuestionsOf('referents', language, paragraphs, facts);
}

describe('a Polish "tam" or "tu" whose place only the sentence before names', () => {
	const villages =
		'Do końca 2027 r. ok. 410 domów w Lipnicy i Jodłówce ma zostać podłączonych do wodociągu.';
	const evidence =
		'Gmina Brzostek buduje tam 18,4 km sieci i trzy hydrofornie, ale wykonawca ma już dwa miesiące opóźnienia.';

	it('is shown after that sentence: the name of who builds names no place', () => {
		const fact = polishFigure('siec-km', 18.4, evidence, '18,4');
		expectShownAfter(
			questionsOf('pl', [`${villages} ${evidence}`], [fact]),
			villages,
			'Gmina Brzostek buduje tam _____ km sieci'
		);
	});

	it('is not asked when that sentence leans itself', () => {
		const fact = polishFigure('siec-km', 18.4, evidence, '18,4');
		const leaning = 'Zgodnie z umową ma je podłączyć do 2027 r.';
		const { numeric, cloze } = questionsOf('pl', [`${leaning} ${evidence}`], [fact]);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('shows the sentence that gives "wtedy" its time before the gap', () => {
		const seen =
			'Dym nad torfowiskiem zauważył w sobotę ok. godz. 14 obserwator z wieży w Krypnie.';
		const wind =
			'Wiatr wiał wtedy z prędkością do 60 km/h i ogień szybko przeszedł na trzcinowiska.';
		expectShownAfter(
			questionsOf('pl', [`${seen} ${wind}`], [polishFigure('wiatr', 60, wind, '60')]),
			seen,
			'Wiatr wiał wtedy z prędkością do _____ km/h'
		);
	});

	it('is refused in a quotation ("wróci tu"), and passes after a place it names', () => {
		const quoted = 'Bocian wróci tu może za 5 lat – mówi przyrodnik Adam Wrona.';
		expect(statementProblems(quoted, 'pl')).toContain('prompt-fragment');
		const named = 'W Goniądzu gmina buduje tam 12 km ścieżek rowerowych.';
		expect(
			wordingProblems(`Jaka liczba pasuje do luki: „${named.replace('12', '_____')}”?`, named, 'pl')
		).toEqual([]);
	});
});

describe('a Polish possessive whose owner the sentence does not name', () => {
	const reserve = 'Rezerwat Bagno Łęgi nad Narwią nadzoruje RDOŚ w Olsztynie.';
	const estimate =
		'Dyrektor olsztyńskiej RDOŚ Anna Wilczek szacuje, że pod wodą jest ok. 120 ha jego powierzchni.';

	it('leans when the only name before it is a person of the other gender', () => {
		const fact = polishFigure('ha-pod-woda', 120, estimate, '120');
		expectShownAfter(
			questionsOf('pl', [`${reserve} ${estimate}`], [fact]),
			reserve,
			'Dyrektor olsztyńskiej RDOŚ Anna Wilczek szacuje, że pod wodą jest ok. _____ ha'
		);
	});

	it('makes the sentence unfit to be shown before another that leans on it', () => {
		const flood = '– Woda stoi tam już 9 dni – mówi Wilczek.';
		const fact = polishFigure('dni', 9, flood, '9');
		const { numeric, cloze } = questionsOf('pl', [`${reserve} ${estimate}`, flood], [fact]);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('passes when a name before it may own it', () => {
		for (const sentence of [
			'Wójt Jan Sowa mówi, że jego gmina wyda na drogi 4 mln zł.',
			'Prezes Anna Nowak zapowiada, że jej spółka zatrudni 40 osób.',
			'Starosta Ewa Mróz mówi, że Urząd Miasta i jego wydziały przyjmą 300 wniosków.'
		])
			expect(statementProblems(sentence, 'pl'), sentence).toEqual([]);
	});
});

describe('a Polish preposition with "nie" standing for what the sentence before named', () => {
	const ban = 'Palenie liści w przydomowych ogrodach jest w gminie Kłodawa zakazane.';
	const fine =
		'Grozi za nie mandat do 500 zł, a w sprawach kierowanych do sądu grzywna do 5 tys. zł.';

	it('shows the cloze and the gap after the sentence that names it', () => {
		const fact = polishFigure('mandat', 500, fine, '500');
		expectShownAfter(
			questionsOf('pl', [`${ban} ${fine}`], [fact]),
			ban,
			'Grozi za nie mandat do _____ zł'
		);
	});

	it('asks nothing when no sentence of the text stands before it', () => {
		const fact = polishFigure('mandat', 500, fine, '500');
		const { numeric, cloze } = questionsOf('pl', [fine], [fact]);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('leaves the negation after a preposition alone', () => {
		const sentence = 'Na przebudowę ronda gmina nie ma jeszcze 2 mln zł, a na nie ma rady.';
		expect(statementProblems('Gmina zapłaci za nie wykonany remont 2 mln zł.', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems(sentence, 'pl')).toEqual([]);
	});
});

describe('a Polish verb whose subject only the sentence before names', () => {
	const contractor = 'Przebudowę ul. Kościuszki w Strzegomiu prowadzi firma Drogbud z Wałbrzycha.';
	const deadline =
		'Zgodnie z umową miała zatrudnić na budowie 40 robotników, ale w listopadzie pracowało tam 12.';

	it('shows the sentence that names it before the gap', () => {
		const fact = polishFigure('robotnicy', 40, deadline, '40');
		expectShownAfter(
			questionsOf('pl', [`${contractor} ${deadline}`], [fact]),
			contractor,
			'Zgodnie z umową miała zatrudnić na budowie _____ robotników'
		);
	});

	it('refuses a question asked of it, which cannot show that sentence', () => {
		const evidence =
			'Zgodnie z umową miała skończyć w lutym 2027 r., ale ma już 4 miesiące opóźnienia.';
		const fact: Fact = {
			id: 'termin',
			kind: 'date',
			value: { year: 2027, month: 2 },
			questions: ['Kiedy zgodnie z umową miała skończyć?'],
			evidence,
			cloze: 'lutym 2027 r.',
			aliases: []
		};
		const module = moduleOfParagraphs('referents', 'pl', [`${contractor} ${evidence}`], [fact]);
		expect(wordingProblems('Kiedy zgodnie z umową miała skończyć?', evidence, 'pl')).toContain(
			'prompt-fragment'
		);
		expect(hasWording(module, fact)).toBe(false);
		expect(generateQuestion(module, 'cloze', ['termin'], 1).prompt).toContain(
			`${contractor} Zgodnie z umową miała skończyć w _____`
		);
	});

	it('passes with a subject before or after the verb, and with an impersonal verb', () => {
		for (const sentence of [
			'Zgodnie z umową firma miała skończyć w lutym 2027 r.',
			'Od stycznia obowiązuje w mieście nowa stawka 11,80 zł za m sześc.',
			'Na remont dachu ma trafić 4 mln zł z budżetu województwa.',
			'Zgodnie z umową trzeba było skończyć w lutym 2027 r.'
		])
			expect(statementProblems(sentence, 'pl'), sentence).toEqual([]);
		// The gap of a name is the subject; the gap of a figure is none.
		for (const gapped of [
			'_____ zapowiedział w piątek, że od stycznia na budowie będzie pięć brygad.',
			'Odbiory koordynował _____, inspektor nadzoru z Wałbrzycha.'
		])
			expect(leansOnSentenceBefore(gapped, 'pl'), gapped).toBe(false);
		expect(leansOnSentenceBefore('Zgodnie z umową miała zatrudnić _____ robotników.', 'pl')).toBe(
			true
		);
	});
});

describe('an English bare plural whose owner only the sentence before names', () => {
	const service =
		'The new Penryn park-and-ride, with 350 spaces off the A39, will open in May with buses every 15 minutes.';
	const fares = 'Cornwall Council said tickets would cost £2.50 return.';

	it('shows that sentence before the gap', () => {
		const fact = gappedFigureFact('fare', 2.5, fares, '2.50', '');
		const questions = questionsOf('en', [`${service} ${fares}`], [fact]);
		expect(questions.cloze?.prompt).toBe(
			`Fill in the gap in this passage from the article: ${service} Cornwall Council said tickets would cost £_____ return.`
		);
		expect(questions.numeric?.prompt).toContain(`${service} Cornwall Council said tickets`);
	});

	it('passes when the sentence says whose they are, and leaves "there is" alone', () => {
		for (const sentence of [
			'Cornwall Council said tickets for the new service would cost £2.50 return.',
			'There are 164 blue badge bays at the hospital.',
			'The club moved to Hexham in 2019, and about 300 adults swim there each month.'
		])
			expect(statementProblems(sentence, 'en'), sentence).toEqual([]);
		for (const sentence of [
			'Tickets will cost £12 for adults.',
			'Wharfedale Leisure Trust employs 46 people there.',
			'The school then had 312 pupils.'
		])
			expect(statementProblems(sentence, 'en'), sentence).toContain('prompt-fragment');
	});
});
