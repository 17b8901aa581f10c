import { QUIZ_PHRASES } from '../language/phrases';
import type { BankQuestion, QuestionBank } from './bank';

/**
 * Bank questions as QTI assessment items, built as a tree in QTI 3.0's vocabulary. QTI 2.1
 * names the same elements and attributes in camelCase without the `qti-` prefix (1EdTech's
 * own upgrader converts one into the other by that rule), so `qti21.ts` renames this tree
 * rather than building a second one.
 */

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function element(
	name: string,
	attributes: Record<string, string | number | undefined> = {},
	children: XmlNode[] = []
): XmlElement {
	const kept: Record<string, string> = {};
	for (const [key, value] of Object.entries(attributes)) {
		if (value !== undefined) kept[key] = String(value);
	}
	return { name, attributes: kept, children };
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** XML 1.0 forbids most control characters even as references: they are dropped. */
function xmlText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

export function serializeXml(root: XmlElement): string {
	const write = (node: XmlNode): string => {
		if (typeof node === 'string') return xmlText(node);
		const attributes = Object.entries(node.attributes)
			.map(([key, value]) => ` ${key}="${xmlText(value)}"`)
			.join('');
		if (node.children.length === 0) return `<${node.name}${attributes}/>`;
		return `<${node.name}${attributes}>${node.children.map(write).join('')}</${node.name}>`;
	};
	return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`;
}

/** Identifiers are XML names: ours (fact ids, "1", "a") may start with a digit. */
export const itemIdentifier = (position: number) => `ITEM-${String(position + 1).padStart(3, '0')}`;
export const choiceIdentifier = (id: string) => `C-${id}`;
export const matchItemIdentifier = (id: string) => `I-${id}`;

const RESPONSE = 'RESPONSE';
const SCORE = 'SCORE';

const value = (text: string | number) => element('qti-value', {}, [String(text)]);
const variable = (identifier: string) => element('qti-variable', { identifier });
const correct = (identifier: string) => element('qti-correct', { identifier });
const setScore = (expression: XmlElement) =>
	element('qti-set-outcome-value', { identifier: SCORE }, [expression]);
const floatValue = (number: number) =>
	element('qti-base-value', { 'base-type': 'float' }, [String(number)]);

function responseDeclaration(
	cardinality: 'single' | 'multiple' | 'ordered',
	baseType: string,
	correctValues: readonly (string | number)[],
	mapping?: XmlElement
): XmlElement {
	return element(
		'qti-response-declaration',
		{ identifier: RESPONSE, cardinality, 'base-type': baseType },
		[element('qti-correct-response', {}, correctValues.map(value)), ...(mapping ? [mapping] : [])]
	);
}

/** SCORE is 1 when `rightWhen` holds, else what `otherwise` computes (0 when absent). */
function scoring(rightWhen: XmlElement, otherwise: XmlElement = floatValue(0)): XmlElement {
	return element('qti-response-processing', {}, [
		element('qti-response-condition', {}, [
			element('qti-response-if', {}, [rightWhen, setScore(floatValue(1))]),
			element('qti-response-else', {}, [setScore(otherwise)])
		]),
		// The evidence is shown as feedback whatever the answer.
		element('qti-set-outcome-value', { identifier: 'FEEDBACK' }, [
			element('qti-base-value', { 'base-type': 'identifier' }, ['EVIDENCE'])
		])
	]);
}

const matchesCorrect = () => element('qti-match', {}, [variable(RESPONSE), correct(RESPONSE)]);

interface ItemParts {
	response: XmlElement;
	body: XmlNode[];
	processing: XmlElement;
}

function paragraph(children: XmlNode[]): XmlElement {
	return element('p', {}, children);
}

function textEntry(expectedLength: number): XmlElement {
	return element('qti-text-entry-interaction', {
		'response-identifier': RESPONSE,
		'expected-length': expectedLength
	});
}

/**
 * Typed answers outside factquiz meet no scorer that reads numerals or inflection: the key
 * and the fact's aliases, in any letter case, are the right answers.
 */
function typedTextParts(entry: BankQuestion, prompt: XmlNode[]): ItemParts {
	const [key = ''] = entry.acceptedAnswers;
	const mapping = element(
		'qti-mapping',
		{ 'default-value': 0, 'lower-bound': 0, 'upper-bound': 1 },
		entry.acceptedAnswers.map((answer) =>
			element('qti-map-entry', {
				'map-key': answer,
				'mapped-value': 1,
				'case-sensitive': 'false'
			})
		)
	);
	return {
		response: responseDeclaration('single', 'string', [key], mapping),
		body: prompt,
		processing: element('qti-response-processing', {}, [
			element('qti-set-outcome-value', { identifier: SCORE }, [
				element('qti-map-response', { identifier: RESPONSE })
			]),
			element('qti-set-outcome-value', { identifier: 'FEEDBACK' }, [
				element('qti-base-value', { 'base-type': 'identifier' }, ['EVIDENCE'])
			])
		])
	};
}

function partsOf(entry: BankQuestion, language: QuestionBank['language']): ItemParts {
	const { question } = entry;
	switch (question.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: question.key.value, tolerance: 0 };
			const unit = figure.unit ? [` ${figure.unit}`] : [];
			const tolerance =
				figure.tolerance > 0
					? {
							'tolerance-mode': 'absolute',
							tolerance: `${figure.tolerance} ${figure.tolerance}`
						}
					: { 'tolerance-mode': 'exact' };
			return {
				response: responseDeclaration('single', 'float', [figure.value]),
				body: [paragraph([question.prompt]), paragraph([textEntry(12), ...unit])],
				processing: scoring(
					element('qti-equal', tolerance, [variable(RESPONSE), correct(RESPONSE)])
				)
			};
		}
		case 'short-answer':
			return typedTextParts(entry, [paragraph([question.prompt]), paragraph([textEntry(40)])]);
		case 'cloze': {
			const gap = QUIZ_PHRASES[language].gap;
			const at = question.prompt.indexOf(gap);
			const sentence =
				at < 0
					? [question.prompt, ' ', textEntry(20)]
					: [
							question.prompt.slice(0, at),
							textEntry(Math.max(10, question.key.value.length + 5)),
							question.prompt.slice(at + gap.length)
						];
			return typedTextParts(entry, [paragraph(sentence)]);
		}
		case 'single-choice':
		case 'true-false':
		case 'multiple-response': {
			const many = question.type === 'multiple-response';
			const keyIds = question.key.choiceIds.map(choiceIdentifier);
			const choices = question.choices.map((choice) =>
				element('qti-simple-choice', { identifier: choiceIdentifier(choice.id) }, [choice.text])
			);
			// factquiz's share per option: each right one earns 1/n, each wrong one costs 1/n.
			const share = 1 / Math.max(1, keyIds.length);
			const mapping = many
				? element(
						'qti-mapping',
						{ 'default-value': 0, 'lower-bound': 0, 'upper-bound': 1 },
						question.choices.map((choice) =>
							element('qti-map-entry', {
								'map-key': choiceIdentifier(choice.id),
								'mapped-value': keyIds.includes(choiceIdentifier(choice.id)) ? share : -share
							})
						)
					)
				: undefined;
			return {
				response: responseDeclaration(many ? 'multiple' : 'single', 'identifier', keyIds, mapping),
				body: [
					element(
						'qti-choice-interaction',
						{
							'response-identifier': RESPONSE,
							shuffle: 'false',
							'max-choices': many ? 0 : 1
						},
						[element('qti-prompt', {}, [question.prompt]), ...choices]
					)
				],
				processing: scoring(
					matchesCorrect(),
					many ? element('qti-map-response', { identifier: RESPONSE }) : undefined
				)
			};
		}
		case 'ordering':
			return {
				response: responseDeclaration(
					'ordered',
					'identifier',
					question.key.order.map(choiceIdentifier)
				),
				body: [
					element('qti-order-interaction', { 'response-identifier': RESPONSE, shuffle: 'false' }, [
						element('qti-prompt', {}, [question.prompt]),
						...question.choices.map((choice) =>
							element('qti-simple-choice', { identifier: choiceIdentifier(choice.id) }, [
								choice.text
							])
						)
					])
				],
				processing: scoring(matchesCorrect())
			};
		case 'matching': {
			const pairs = Object.entries(question.key.pairs).map(
				([item, choice]) => `${matchItemIdentifier(item)} ${choiceIdentifier(choice)}`
			);
			const share = 1 / Math.max(1, pairs.length);
			const mapping = element(
				'qti-mapping',
				{ 'default-value': 0, 'lower-bound': 0, 'upper-bound': 1 },
				pairs.map((pair) => element('qti-map-entry', { 'map-key': pair, 'mapped-value': share }))
			);
			const matchSet = (
				choices: { id: string; text: string }[],
				identify: (id: string) => string
			) =>
				element(
					'qti-simple-match-set',
					{},
					choices.map((choice) =>
						element(
							'qti-simple-associable-choice',
							{ identifier: identify(choice.id), 'match-max': 1 },
							[choice.text]
						)
					)
				);
			return {
				response: responseDeclaration('multiple', 'directedPair', pairs, mapping),
				body: [
					element(
						'qti-match-interaction',
						{
							'response-identifier': RESPONSE,
							shuffle: 'false',
							'max-associations': question.items.length
						},
						[
							element('qti-prompt', {}, [question.prompt]),
							matchSet(question.items, matchItemIdentifier),
							matchSet(question.choices, choiceIdentifier)
						]
					)
				],
				// Each pair right earns its share, as in factquiz.
				processing: scoring(matchesCorrect(), element('qti-map-response', { identifier: RESPONSE }))
			};
		}
	}
}

/** One bank question as a QTI 3.0 assessment item (root element, namespaces added by the caller). */
export function assessmentItem(
	entry: BankQuestion,
	position: number,
	bank: QuestionBank
): XmlElement {
	const { response, body, processing } = partsOf(entry, bank.language);
	return element(
		'qti-assessment-item',
		{
			identifier: itemIdentifier(position),
			title: entry.name,
			adaptive: 'false',
			'time-dependent': 'false',
			'xml:lang': bank.language
		},
		[
			response,
			element(
				'qti-outcome-declaration',
				{ identifier: SCORE, cardinality: 'single', 'base-type': 'float', 'normal-maximum': 1 },
				[element('qti-default-value', {}, [value(0)])]
			),
			element('qti-outcome-declaration', {
				identifier: 'FEEDBACK',
				cardinality: 'single',
				'base-type': 'identifier'
			}),
			element('qti-item-body', {}, body),
			processing,
			element(
				'qti-modal-feedback',
				{ 'outcome-identifier': 'FEEDBACK', identifier: 'EVIDENCE', 'show-hide': 'show' },
				[element('qti-content-body', {}, [paragraph([entry.question.evidence.join(' ')])])]
			)
		]
	);
}
