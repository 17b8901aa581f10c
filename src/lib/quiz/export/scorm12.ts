import type { Fact, Language } from '../content';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import type { BankQuestion, QuestionBank } from './bank';
import type { ExportContext, Exporter } from './format';
import { QTI_TYPES, zipFiles } from './qti3';
import { element, escapeXml, serializeXml } from './qti3-items';
import type { PackagedQuiz } from './scorm-runtime/data';

/**
 * A SCORM 1.2 package: one SCO, the quiz as a static page whose script (factquiz's scorers,
 * bundled by the server or the CLI: see `src/lib/server/scorm-runtime.ts`) scores the answers
 * as factquiz does and reports them to the LMS. Keys travel in the package, as in any SCORM
 * quiz: it is the teacher's file for the teacher's LMS.
 */

interface Words {
	heading: string;
	answer: string;
	place: (n: number) => string;
	choose: string;
	submit: string;
	labels: PackagedQuiz['labels'];
}

const WORDS: Record<Language, Words> = {
	pl: {
		heading: 'Quiz',
		answer: 'Odpowiedź',
		place: (n) => `Miejsce ${n}.`,
		choose: '— wybierz —',
		submit: 'Wyślij odpowiedzi',
		labels: {
			correct: 'Dobrze.',
			partial: 'Częściowo dobrze.',
			wrong: 'Źle.',
			evidence: 'Z artykułu:',
			score: 'Wynik:'
		}
	},
	en: {
		heading: 'Quiz',
		answer: 'Answer',
		place: (n) => `Place ${n}.`,
		choose: '— choose —',
		submit: 'Submit answers',
		labels: {
			correct: 'Right.',
			partial: 'Partly right.',
			wrong: 'Wrong.',
			evidence: 'From the article:',
			score: 'Score:'
		}
	}
};

/** The question's id in the page and in cmi.interactions (CMIIdentifier: no spaces). */
export const interactionId = (position: number) => `q${position + 1}`;

const html = (text: string) => escapeXml(text);

function textField(id: string, words: Words, unit?: string): string {
	const after = unit ? ` <span>${html(unit)}</span>` : '';
	return `<p><label for="${id}-answer">${words.answer}</label> <input id="${id}-answer" type="text" autocomplete="off" spellcheck="false">${after}</p>`;
}

function options(choices: readonly { id: string; text: string }[], words: Words): string {
	return [
		`<option value="">${html(words.choose)}</option>`,
		...choices.map((choice) => `<option value="${choice.id}">${html(choice.text)}</option>`)
	].join('');
}

function questionBody(
	id: string,
	question: QuestionWithKey,
	words: Words,
	language: Language
): string {
	switch (question.type) {
		case 'numeric':
			return textField(id, words, question.unit);
		case 'short-answer':
			return textField(id, words);
		case 'cloze': {
			const gap = QUIZ_PHRASES[language].gap;
			const at = question.prompt.indexOf(gap);
			const input = `<input id="${id}-answer" type="text" autocomplete="off" spellcheck="false" aria-label="${words.answer}">`;
			return at < 0
				? textField(id, words)
				: `<p>${html(question.prompt.slice(0, at))}${input}${html(question.prompt.slice(at + gap.length))}</p>`;
		}
		case 'single-choice':
		case 'true-false':
		case 'multiple-response': {
			const kind = question.type === 'multiple-response' ? 'checkbox' : 'radio';
			return question.choices
				.map(
					(choice) =>
						`<p><input type="${kind}" id="${id}-${choice.id}" name="${id}" value="${choice.id}"> <label for="${id}-${choice.id}">${html(choice.text)}</label></p>`
				)
				.join('');
		}
		case 'ordering':
			return question.choices
				.map(
					(_, place) =>
						`<p><label for="${id}-place-${place + 1}">${html(words.place(place + 1))}</label> <select id="${id}-place-${place + 1}">${options(question.choices, words)}</select></p>`
				)
				.join('');
		case 'matching':
			return question.items
				.map(
					(item) =>
						`<p><label for="${id}-item-${item.id}">${html(item.text)}</label> <select id="${id}-item-${item.id}">${options(question.choices, words)}</select></p>`
				)
				.join('');
	}
}

/** The cloze's sentence is its own prompt, with the gap as the field. */
function legendOf(question: QuestionWithKey, language: Language): string {
	if (question.type !== 'cloze') return question.prompt;
	const gap = QUIZ_PHRASES[language].gap;
	const at = question.prompt.indexOf(gap);
	const { cloze, clozePassage } = QUIZ_PHRASES[language];
	if (at < 0) return question.prompt;
	return question.prompt.startsWith(clozePassage) ? clozePassage : cloze;
}

function questionHtml(position: number, entry: BankQuestion, bank: QuestionBank): string {
	const id = interactionId(position);
	const words = WORDS[bank.labelLanguage];
	const { question } = entry;
	return [
		`<fieldset id="${id}" data-type="${question.type}">`,
		`<legend>${position + 1}. ${html(legendOf(question, bank.language))}</legend>`,
		questionBody(id, question, words, bank.language),
		`<p class="result" id="${id}-result" hidden></p>`,
		'</fieldset>'
	].join('\n');
}

/** The facts and entities the scorers read for this bank's questions, and nothing else. */
export function packagedQuiz(bank: QuestionBank, module: QuizModule): PackagedQuiz {
	const asked = new Set(bank.questions.flatMap((entry) => entry.question.factIds));
	const facts: Fact[] = module.facts.filter((fact) => asked.has(fact.id));
	const trueText = QUIZ_PHRASES[bank.language].true;
	return {
		moduleId: bank.moduleId,
		title: bank.title,
		language: bank.language,
		entities: module.entities,
		facts,
		labels: WORDS[bank.labelLanguage].labels,
		questions: bank.questions.map((entry, position) => {
			const { question } = entry;
			const trueChoice =
				question.type === 'true-false'
					? question.choices.find((choice) => choice.text === trueText)
					: undefined;
			return {
				interactionId: interactionId(position),
				...(trueChoice ? { trueChoiceId: trueChoice.id } : {}),
				question
			};
		})
	};
}

/** JSON inside a script element: "</script" and "<!--" must not appear in it. */
function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

function pageHtml(bank: QuestionBank, module: QuizModule): string {
	const words = WORDS[bank.labelLanguage];
	return `<!doctype html>
<html lang="${bank.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(bank.title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.5; }
fieldset { margin: 0 0 1.25rem; border: 1px solid #767676; border-radius: 0.25rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
input[type="text"], select { font: inherit; padding: 0.2rem; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
button { font: inherit; padding: 0.4rem 1rem; }
.result { font-style: italic; }
</style>
</head>
<body>
<main>
<h1>${html(bank.title)}</h1>
<form id="quiz" novalidate>
${bank.questions.map((entry, position) => questionHtml(position, entry, bank)).join('\n')}
<p><button type="submit">${html(words.submit)}</button></p>
</form>
<p id="summary" role="status" aria-live="polite" tabindex="-1"></p>
</main>
<script type="application/json" id="quiz-data">${scriptJson(packagedQuiz(bank, module))}</script>
<script src="quiz.js"></script>
</body>
</html>
`;
}

const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';

function manifestXml(bank: QuestionBank): string {
	const title = (text: string) => element('title', {}, [text]);
	return serializeXml(
		element(
			'manifest',
			{
				identifier: `factquiz-${bank.moduleId}`,
				version: '1.0',
				xmlns: IMSCP,
				'xmlns:adlcp': ADLCP,
				'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
				'xsi:schemaLocation': `${IMSCP} imscp_rootv1p1p2.xsd ${ADLCP} adlcp_rootv1p2.xsd`
			},
			[
				element('metadata', {}, [
					element('schema', {}, ['ADL SCORM']),
					element('schemaversion', {}, ['1.2'])
				]),
				element('organizations', { default: 'ORGANIZATION' }, [
					element('organization', { identifier: 'ORGANIZATION' }, [
						title(bank.title),
						element('item', { identifier: 'QUIZ', identifierref: 'SCO', isvisible: 'true' }, [
							title(bank.title)
						])
					])
				]),
				element('resources', {}, [
					element(
						'resource',
						{ identifier: 'SCO', type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html' },
						[element('file', { href: 'index.html' }), element('file', { href: 'quiz.js' })]
					)
				])
			]
		)
	);
}

/** The package's files by path: manifest, page and the runtime script. */
export function scorm12Files(
	bank: QuestionBank,
	module: QuizModule,
	runtimeScript: string
): Record<string, string> {
	return {
		'imsmanifest.xml': manifestXml(bank),
		'index.html': pageHtml(bank, module),
		'quiz.js': runtimeScript
	};
}

async function serializeScorm12(bank: QuestionBank, context?: ExportContext) {
	if (!context?.scormRuntime)
		throw new TypeError('a SCORM package needs the module and its runtime script (ExportContext)');
	const files = scorm12Files(bank, context.module, await context.scormRuntime());
	return {
		kind: 'binary' as const,
		bytes: zipFiles(files),
		mediaType: 'application/zip',
		extension: 'scorm12.zip'
	};
}

export const scorm12Exporter: Exporter = {
	title: 'SCORM 1.2',
	supportedTypes: QTI_TYPES,
	destination: {
		pl: 'Moodle: Dodaj aktywność → Pakiet SCORM → prześlij plik .zip (tak samo w innych LMS zgodnych ze SCORM 1.2)',
		en: 'Moodle: Add an activity → SCORM package → upload the .zip (likewise in any SCORM 1.2 LMS)'
	},
	serialize: serializeScorm12
};
