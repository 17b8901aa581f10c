import type { CandidateReason, ReviewProblem } from '$lib/quiz/authoring';
import type { QuestionIssue } from '$lib/quiz/check';
import type { EntityType, FactKind, Language } from '$lib/quiz/content';
import type { DraftNote } from '$lib/quiz/extract/draft';

/**
 * The review page's words: why a candidate is not ticked, notes of the draft, entities,
 * distractors, field problems and the preview (the start page's words are in classroom.ts).
 */
const pl = {
	questionIssues: {
		'duplicate-options': 'dwie odpowiedzi do wyboru brzmią tak samo',
		'duplicate-rows': 'dwa wiersze pytania brzmią tak samo',
		'row-label-fragment': 'wiersz pytania to urwany kawałek zdania, a nie opis liczby',
		'key-not-in-evidence': 'poprawnej odpowiedzi nie ma w zdaniu z artykułu',
		'evidence-not-in-article': 'zdania nie ma w artykule w tej postaci',
		'evidence-heading': 'źródłem jest tytuł albo śródtytuł, a nie zdanie',
		'option-case': 'odpowiedź do wyboru nie pasuje formą do luki',
		'option-ruled-out':
			'odpowiedź do wyboru odpada po samym pytaniu (pytanie ją wymienia albo mówi, czym jest odpowiedź)',
		'prompt-not-a-question': 'pytanie o nic nie pyta (brak słowa pytającego albo znaku zapytania)',
		'prompt-fragment': 'pytanie jest urwanym albo niegramatycznym zdaniem',
		'answer-in-prompt': 'pytanie zdradza odpowiedź',
		clutter: 'w pytaniu lub odpowiedziach są odsyłacze, podpisy zdjęć albo dopiski redakcji',
		'true-false-same-value':
			'zdanie „fałszywe” mówi to samo co artykuł, tylko innym zapisem liczby',
		'negation-dropped': 'pytanie twierdzi to, czemu zdanie z artykułu przeczy (zgubione „nie”)',
		'no-question': 'nie da się z tego ułożyć pytania, które brzmiałoby poprawnie'
	} satisfies Record<QuestionIssue, string>,
	notTickedBecause: 'Nie zaznaczono, bo:',
	candidateReasons: {
		'bare-name':
			'to nazwa, której odpowiedź może być błędna (niepewna forma podstawowa, typ lub granice nazwy) albo pytanie o nią zadaje już inny kandydat',
		'no-unit': 'artykuł nie mówi, co liczy ta liczba',
		'figure-unreadable': 'tej liczby nie da się odczytać z zapisu w artykule',
		'gap-cuts-word': 'luka w pytaniu przecina słowo albo liczbę',
		'range-end':
			'to jeden koniec przedziału („od 180 do 350 zł”): pytanie o niego pokazuje drugi koniec',
		'family-count':
			'to liczba dzieci osoby z artykułu („ojciec trojga dzieci”): nie warto o nią pytać'
	} satisfies Record<CandidateReason, string>,
	/** A note of the draft: beside its candidate when it has one, so no internal id is shown. */
	draftNote: (note: DraftNote): string => {
		switch (note.code) {
			case 'no-such-candidate':
				return 'Jednego z zaznaczonych faktów nie ma już w artykule.';
			case 'no-unit':
				return 'Artykuł nie mówi, co liczy ta liczba: popraw pytanie i wiersz.';
			case 'figure-unreadable':
				return `Zapisu „${note.text}” nie da się odczytać jako liczby: bez pytania z luką.`;
			case 'no-year':
				return `Pominięto: artykuł nie podaje roku dla „${note.text}”.`;
			case 'year-from-article':
				return `Rok ${note.year} przyjęto z daty artykułu: sprawdź go.`;
			case 'date-missing':
				return 'Podaj datę publikacji jako RRRR, RRRR-MM albo RRRR-MM-DD.';
			case 'date-guess':
				return `Data ${note.date} jest przypuszczeniem – podaj datę publikacji.`;
			case 'source-missing':
				return 'Podaj, skąd pochodzi artykuł.';
			case 'no-facts':
				return 'Nie wybrano żadnego faktu: moduł potrzebuje co najmniej jednego.';
		}
	},
	answerIs: 'Odpowiedź:',
	editEntity: (name: string) => `popraw: ${name}`,
	distractors: 'Błędne odpowiedzi do wyboru (każda w osobnym wierszu)',
	distractorsHint:
		'Uczeń zobaczy do trzech z nich. Puste pole: odpowiedzi zaproponowane na podstawie artykułu.',
	entitiesHeading: 'Nazwy w artykule',
	entitiesIntro:
		'Popraw nazwę i jej rodzaj (od niego zależy, jakie błędne odpowiedzi dostanie uczeń), połącz dwa zapisy tej samej nazwy albo rozdziel dwie nazwy sklejone w jedną.',
	entityName: 'Nazwa w mianowniku (tak, jak ją zobaczą uczniowie)',
	entityType: 'Rodzaj',
	entityTypes: {
		person: 'osoba',
		country: 'państwo',
		city: 'miasto',
		place: 'inne miejsce (rzeka, region, obiekt)',
		organisation: 'organizacja lub instytucja',
		group: 'grupa ludzi'
	} satisfies Record<EntityType, string>,
	entityAliases: 'Inne formy tej nazwy (po przecinku)',
	mergeInto: 'To ta sama nazwa co',
	mergeNone: '— (osobna nazwa)',
	mergedNote: (name: string) => `Połączona z: ${name}.`,
	splitHeading: 'Rozdziel: druga nazwa ukryta w tej',
	splitName: 'Druga nazwa w mianowniku',
	splitType: 'Rodzaj drugiej nazwy',
	splitTakesFacts: 'Pytania o tę nazwę dotyczą drugiej nazwy',
	problems: {
		'value-unreadable': (text = '') =>
			`Nie da się odczytać „${text}” jako liczby. Wpisz np. 11000, 11 tys. albo 40%.`,
		'tolerance-invalid': (text = '') =>
			`Tolerancja „${text}” musi być liczbą od 0 do 100 (procent).`,
		'distractor-is-key': (text = '') =>
			`„${text}” to poprawna odpowiedź, nie może być błędną do wyboru.`,
		'distractor-is-alias': (text = '') =>
			`„${text}” to inna forma poprawnej odpowiedzi, nie może być błędną do wyboru.`,
		'distractor-is-right': (text = '') =>
			`„${text}” zostałoby uznane za poprawną odpowiedź, nie może być błędną do wyboru.`,
		'distractor-twice': (text = '') => `„${text}” jest na liście dwa razy.`,
		'distractor-not-a-figure': (text = '') =>
			`„${text}” nie jest liczbą, a poprawna odpowiedź jest: wpisz liczbę, np. 15 000 albo 15 tys.`,
		'name-empty': () => 'Wpisz nazwę.',
		'merge-loop': () =>
			'Te nazwy łączą się nawzajem w koło: przy nazwie, która ma zostać, zostaw pole „To ta sama nazwa co” puste.',
		'split-same-name': () => 'Druga nazwa musi być inna niż pierwsza.',
		'date-invalid': (text = '') =>
			`Data „${text}” nie istnieje albo ma zły zapis: wpisz RRRR, RRRR-MM albo RRRR-MM-DD.`,
		'label-no-words': () => 'Napisz słowami, co liczy ta liczba.',
		'label-shows-value': (text = '') =>
			`Opis zawiera samą liczbę (${text}): wiersz zdradziłby odpowiedź. Usuń ją z opisu.`,
		'label-shows-other': (text = '') =>
			`Opis zawiera liczbę innego faktu (${text}): wiersz zdradziłby odpowiedź. Usuń ją z opisu.`,
		'label-twice': (text = '') =>
			`Opis „${text}” ma już inna liczba: dwa wiersze brzmiałyby tak samo.`,
		'evidence-not-sentence': () => 'Wybierz zdanie z listy zdań artykułu.',
		'key-not-in-sentence': (text = '') =>
			`W wybranym zdaniu nie ma odpowiedzi „${text}”: wybierz zdanie, które ją podaje, albo popraw odpowiedź.`,
		'key-missing': () => 'Wpisz poprawną odpowiedź.',
		'unit-empty': () => 'Napisz, co liczy ta liczba (np. żołnierzy, złotych).',
		'date-unreadable': (text = '') =>
			`Nie da się odczytać „${text}” jako daty: wpisz RRRR, RRRR-MM, RRRR-MM-DD albo DD.MM.RRRR.`,
		'question-needed': () => 'Wpisz pytanie: w tym zdaniu nie znaleziono gotowego.'
	} satisfies Record<ReviewProblem['code'], (text?: string) => string>,
	fixFieldsFirst: 'Popraw zaznaczone pola przed publikacją.',
	factKind: 'Rodzaj odpowiedzi',
	factKinds: {
		number: 'liczba',
		proportion: 'odsetek (procent)',
		date: 'data',
		entity: 'nazwa (osoba, miejsce, organizacja)',
		'entity-set': 'kilka nazw',
		text: 'odpowiedź słowami'
	} satisfies Record<FactKind, string>,
	factKindHint:
		'Po zmianie rodzaju wpisz odpowiedź w polach, które się pojawią (bez JavaScriptu: po zapisaniu).',
	evidenceSentence: 'Zdanie z artykułu, które podaje ten fakt',
	evidenceAsFound: (sentence: string) => `(jak znaleziono) ${sentence}`,
	unit: 'Co liczy ta liczba (jednostka, np. żołnierzy)',
	unitHint: 'Liczby z tą samą jednostką i z opisem trafiają do pytań o dopasowanie i kolejność.',
	rowLabelHint:
		'Co liczy ta liczba, bez samej liczby, np. „Koreańczycy z Północy pojmani przez armię ukraińską”. Puste: liczba nie trafi do dopasowania ani kolejności.',
	when: 'Data (RRRR, RRRR-MM, RRRR-MM-DD albo DD.MM.RRRR)',
	whenHint: (now: string) =>
		now ? `Puste: tak jak teraz (${now}).` : 'Wpisz datę, o którą pyta pytanie.',
	answerName: 'Poprawna odpowiedź: nazwa w mianowniku',
	answerType: 'Rodzaj nazwy',
	answerText: 'Poprawna odpowiedź słowami',
	addedFact: 'Dodany fakt',
	addHeading: 'Dodaj fakt, którego nie znaleziono',
	addIntro:
		'Wybierz zdanie i rodzaj odpowiedzi, wpisz odpowiedź (musi ją podawać to zdanie) i, jeśli chcesz, pytanie oraz opis liczby. Dodany fakt jest zaznaczony i trafi do podglądu oraz do modułu.',
	addFact: 'Dodaj fakt',
	deleteFact: 'Usuń ten fakt…',
	deleteFactConfirm: (surface: string) =>
		`Usunąć dodany fakt „${surface}” razem ze wszystkim, co do niego wpisano? Tego nie da się cofnąć; żeby tylko pominąć go w module, odznacz go.`,
	deleteFactYes: 'Tak, usuń fakt',
	noSuchAddedFact: 'Nie ma takiego dodanego faktu: może został już usunięty.',
	madeByFact: 'Tę nazwę dodano razem z dodanym faktem.',
	chooseSentence: '— wybierz zdanie —',
	previewHeading: 'Podgląd quizu',
	previewIntro:
		'Tak zobaczy quiz jeden uczeń: te same pytania, w tej samej kolejności i z tymi samymi odpowiedziami do wyboru. Odpowiedz, żeby zobaczyć, ile punktów dostałby uczeń.',
	previewCount: 'Liczba pytań',
	anotherStudent: 'Quiz innego ucznia',
	previewShorter: (count: number, asked: number) =>
		`Quiz ma ${count} z ${asked} pytań: więcej nie da się zadać bez powtarzania faktów albo zdradzania odpowiedzi.`,
	checkAnswer: 'Sprawdź odpowiedź',
	previewScore: (credit: number) => `Uczeń dostałby ${credit} pkt z 1.`,
	previewEmpty: 'Ten moduł nie da jeszcze żadnego pytania: zaznacz fakty na stronie przeglądu.',
	backToReview: 'Wróć do przeglądu',
	previewModuleErrors:
		'Moduł ma błędy, więc nie ma jeszcze podglądu. Popraw je na stronie przeglądu.'
};

type AuthoringWords = typeof pl;

const en: AuthoringWords = {
	questionIssues: {
		'duplicate-options': 'two options read the same',
		'duplicate-rows': 'two rows of the question read the same',
		'row-label-fragment': 'a row is a cut piece of a sentence, not what the figure counts',
		'key-not-in-evidence': 'the right answer is not in the article’s sentence',
		'evidence-not-in-article': 'the sentence is not in the article as it stands',
		'evidence-heading': 'it comes from a title or subheading, not a sentence',
		'option-case': 'an option does not fit the gap grammatically',
		'option-ruled-out':
			'the question itself rules an option out (it names it, or says what kind of thing the answer is)',
		'prompt-not-a-question': 'the question asks nothing (no question word or question mark)',
		'prompt-fragment': 'the question is a broken or ungrammatical sentence',
		'answer-in-prompt': 'the question gives its answer away',
		clutter: 'cross-links, captions or editorial tags in the question or its options',
		'true-false-same-value':
			'the “false” statement says what the article says, with the figure written otherwise',
		'negation-dropped': 'the question asserts what the article’s sentence denies (a lost “not”)',
		'no-question': 'no question of it can be worded so that it reads right'
	} satisfies Record<QuestionIssue, string>,
	notTickedBecause: 'Not ticked because:',
	candidateReasons: {
		'bare-name':
			'a name whose key could be wrong (base form, type or where the name ends unsure), or another candidate already asks for it',
		'no-unit': 'the article does not say what the figure counts',
		'figure-unreadable': 'the figure cannot be read back from how the article writes it',
		'gap-cuts-word': 'the gap in the question cuts a word or a figure in two',
		'range-end': 'one end of a range ("from 3 to 5 years"): a question on it shows the other end',
		'family-count':
			'how many children a person of the article has ("whose two sons"): no fact worth asking'
	},
	draftNote: (note) => {
		switch (note.code) {
			case 'no-such-candidate':
				return 'One of the ticked facts is no longer in the article.';
			case 'no-unit':
				return 'The article does not say what the figure counts: fix the question and the row.';
			case 'figure-unreadable':
				return `"${note.text}" cannot be read as a figure: no gap question.`;
			case 'no-year':
				return `Left out: the article gives no year for "${note.text}".`;
			case 'year-from-article':
				return `The year ${note.year} comes from the article’s date: check it.`;
			case 'date-missing':
				return 'Give the publication date as YYYY, YYYY-MM or YYYY-MM-DD.';
			case 'date-guess':
				return `The date ${note.date} is a guess: give the publication date.`;
			case 'source-missing':
				return 'Say where the article comes from.';
			case 'no-facts':
				return 'No fact is ticked: a module needs at least one.';
		}
	},
	answerIs: 'Answer:',
	editEntity: (name) => `edit: ${name}`,
	distractors: 'Wrong options (one a line)',
	distractorsHint:
		'A student sees up to three of them. Leave empty for the ones suggested from the article.',
	entitiesHeading: 'Names in the article',
	entitiesIntro:
		'Fix a name and its type (it decides which wrong options students get), merge two spellings of one name, or split two names read as one.',
	entityName: 'Name in its base form (as students will see it)',
	entityType: 'Type',
	entityTypes: {
		person: 'person',
		country: 'country',
		city: 'city',
		place: 'other place (river, region, building)',
		organisation: 'organisation or institution',
		group: 'group of people'
	},
	entityAliases: 'Other forms of this name (comma-separated)',
	mergeInto: 'The same as',
	mergeNone: '— (a name of its own)',
	mergedNote: (name) => `Merged into: ${name}.`,
	splitHeading: 'Split: a second name inside this one',
	splitName: 'The second name, in its base form',
	splitType: 'Type of the second name',
	splitTakesFacts: 'Questions about this name are about the second name',
	problems: {
		'value-unreadable': (text = '') =>
			`"${text}" cannot be read as a figure. Type e.g. 11000, 11k or 40%.`,
		'tolerance-invalid': (text = '') =>
			`The tolerance "${text}" must be a number from 0 to 100 (per cent).`,
		'distractor-is-key': (text = '') =>
			`"${text}" is the right answer; it cannot be a wrong option.`,
		'distractor-is-alias': (text = '') =>
			`"${text}" is another form of the right answer; it cannot be a wrong option.`,
		'distractor-is-right': (text = '') =>
			`"${text}" would be scored as right; it cannot be a wrong option.`,
		'distractor-twice': (text = '') => `"${text}" is listed twice.`,
		'distractor-not-a-figure': (text = '') =>
			`"${text}" is no figure, and the right answer is one: type a figure, e.g. 15,000 or 15k.`,
		'name-empty': () => 'Type the name.',
		'merge-loop': () =>
			'These names merge into each other in a circle: leave "the same as" empty on the one to keep.',
		'split-same-name': () => 'The second name must differ from the first.',
		'date-invalid': (text = '') =>
			`"${text}" is no date or is written otherwise: type YYYY, YYYY-MM or YYYY-MM-DD.`,
		'label-no-words': () => 'Say in words what the figure counts.',
		'label-shows-value': (text = '') =>
			`The label shows the figure itself (${text}): the row would give the answer away. Take it out.`,
		'label-shows-other': (text = '') =>
			`The label shows another fact's figure (${text}): the row would give the answer away. Take it out.`,
		'label-twice': (text = '') =>
			`Another figure has the label "${text}": two rows would read the same.`,
		'evidence-not-sentence': () => 'Choose a sentence from the list of the article’s sentences.',
		'key-not-in-sentence': (text = '') =>
			`The chosen sentence does not state "${text}": choose a sentence that does, or fix the answer.`,
		'key-missing': () => 'Type the right answer.',
		'unit-empty': () => 'Say what the figure counts (e.g. soldiers, pounds).',
		'date-unreadable': (text = '') =>
			`"${text}" cannot be read as a date: type YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY.`,
		'question-needed': () => 'Type a question: none was found ready in this sentence.'
	},
	fixFieldsFirst: 'Fix the marked fields before publishing.',
	factKind: 'Kind of answer',
	factKinds: {
		number: 'figure',
		proportion: 'share (per cent)',
		date: 'date',
		entity: 'name (person, place, organisation)',
		'entity-set': 'several names',
		text: 'answer in words'
	},
	factKindHint:
		'After changing the kind, type the answer in the fields that appear (without JavaScript: after saving).',
	evidenceSentence: 'The article’s sentence that states this fact',
	evidenceAsFound: (sentence) => `(as found) ${sentence}`,
	unit: 'What the figure counts (the unit, e.g. soldiers)',
	unitHint: 'Figures with the same unit and a label go into matching and ordering questions.',
	rowLabelHint:
		'What the figure counts, without the figure, e.g. "North Koreans captured by the Ukrainian army". Empty: the figure stays out of matching and ordering.',
	when: 'Date (YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY)',
	whenHint: (now) =>
		now ? `Empty: as it is now (${now}).` : 'Type the date the question asks for.',
	answerName: 'Right answer: the name in its base form',
	answerType: 'Type of the name',
	answerText: 'Right answer in words',
	addedFact: 'Added fact',
	addHeading: 'Add a fact that was not found',
	addIntro:
		'Choose the sentence and the kind of answer, type the answer (the sentence must state it) and, if you like, the question and what the figure counts. An added fact is ticked and goes into the preview and the module.',
	addFact: 'Add the fact',
	deleteFact: 'Delete this fact…',
	deleteFactConfirm: (surface) =>
		`Delete the added fact "${surface}" with everything typed for it? This cannot be undone; to leave it out of the module only, untick it.`,
	deleteFactYes: 'Yes, delete the fact',
	noSuchAddedFact: 'There is no such added fact: it may have been deleted already.',
	madeByFact: 'This name was made by a fact you added.',
	chooseSentence: '— choose a sentence —',
	previewHeading: 'Quiz preview',
	previewIntro:
		'This is the quiz one student gets: the same questions, in the same order, with the same options. Answer to see the points a student would get.',
	previewCount: 'Number of questions',
	anotherStudent: 'Another student’s quiz',
	previewShorter: (count, asked) =>
		`The quiz has ${count} of ${asked} questions: more would repeat facts or give answers away.`,
	checkAnswer: 'Check the answer',
	previewScore: (credit) => `A student would get ${credit} of 1 point.`,
	previewEmpty: 'This module makes no question yet: tick facts on the review page.',
	backToReview: 'Back to the review',
	previewModuleErrors:
		'The module has errors, so there is no preview yet. Fix them on the review page.'
};

export const AUTHORING: Record<Language, AuthoringWords> = { pl, en };
