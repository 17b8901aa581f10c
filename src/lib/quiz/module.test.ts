import { describe, expect, it } from 'vitest';
import { formatContentError, parseModule, type ModuleSources } from './module';
import { replaceOnce as r, smallModuleSources as s } from '../testing/module-sources';

/** Broken module files, one way at a time, each with the exact errors an author must see. */
const BROKEN: [string, ModuleSources, string[]][] = [
	[
		'evidence not verbatim',
		s({
			facts: r(
				'evidence: Do obwodu trafiło ok. 11 tysięcy żołnierzy.',
				'evidence: Do obwodu trafiło około 11 tysięcy żołnierzy.'
			)
		}),
		[
			'questions/small/facts.yaml:18 facts[0].evidence: not found in article.md (closest: "Do obwodu trafiło ok. 11 tysięcy żołnierzy.")'
		]
	],
	[
		'evidence nowhere',
		s({ facts: r('evidence: Moskwa zaprzeczyła.', 'evidence: Zupełnie inne zdanie.') }),
		['questions/small/facts.yaml:26 facts[1].evidence: not found in article.md']
	],
	[
		'duplicate fact id',
		s({ facts: r('  - id: denier', '  - id: troops-sent') }),
		['questions/small/facts.yaml:20 facts[1].id: duplicate id "troops-sent" (first at facts[0])']
	],
	[
		'duplicate entity id',
		s({ facts: r('  - id: ukraine', '  - id: russia') }),
		['questions/small/facts.yaml:6 entities[1].id: duplicate id "russia" (first at entities[0])']
	],
	[
		'unknown kind',
		s({ facts: r('    kind: entity', '    kind: person') }),
		[
			'questions/small/facts.yaml:21 facts[1].kind: kind must be one of number, proportion, date, entity, entity-set, text'
		]
	],
	[
		'missing value',
		s({ facts: r('    value: 11000\n', '') }),
		['questions/small/facts.yaml:10 facts[0].value: is required (number)']
	],
	[
		'value wrong type',
		s({ facts: r('    value: 11000', '    value: jedenaście tysięcy') }),
		[
			'questions/small/facts.yaml:13 facts[0].value: Invalid input: expected number, received string'
		]
	],
	[
		'unknown field',
		s({ facts: r('    unit: żołnierzy', '    unit: żołnierzy\n    units: osób') }),
		['questions/small/facts.yaml:15 facts[0].units: unknown field']
	],
	[
		'id not kebab',
		s({ facts: r('  - id: denier', '  - id: Denier') }),
		[
			'questions/small/facts.yaml:20 facts[1].id: must be kebab-case: lowercase letters, digits and single hyphens'
		]
	],
	[
		'unknown entity ref',
		s({ facts: r('    value: russia', '    value: rosja') }),
		['questions/small/facts.yaml:23 facts[1].value: unknown entity "rosja" (not in entities)']
	],
	[
		'tolerance on exact',
		s({ facts: r('    approximate: true', '    approximate: false') }),
		[
			'questions/small/facts.yaml:16 facts[0].tolerance: an exact figure (approximate: false) cannot have a tolerance'
		]
	],
	[
		'tolerance out of range',
		s({ facts: r('    tolerance: 0.1', '    tolerance: 5') }),
		['questions/small/facts.yaml:16 facts[0].tolerance: Too big: expected number to be <=1']
	],
	[
		'no questions',
		s({ facts: r('    questions: [Kto zaprzeczył?]', '    questions: []') }),
		['questions/small/facts.yaml:24 facts[1].questions: needs at least one question wording']
	],
	[
		'statement without placeholder',
		s({
			facts: r("    statement: 'Zaprzeczyła: {value}.'", "    statement: 'Zaprzeczyła Rosja.'")
		}),
		['questions/small/facts.yaml:25 facts[1].statement: must contain the placeholder {value}']
	],
	[
		'cloze not in evidence',
		s({ facts: r('    cloze: 11 tysięcy', '    cloze: 12 tysięcy') }),
		[
			'questions/small/facts.yaml:19 facts[0].cloze: must be a part of the evidence sentence, verbatim'
		]
	],
	[
		'yaml syntax',
		s({ facts: r('    label: kto zaprzeczył', '    label: [kto zaprzeczył') }),
		[
			'questions/small/facts.yaml:23 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
			'questions/small/facts.yaml:23 YAML syntax: Nested mappings are not allowed in compact mappings',
			'questions/small/facts.yaml:23 YAML syntax: Implicit keys need to be on a single line'
		]
	],
	[
		'no facts',
		s({ facts: (t) => t.slice(0, t.indexOf('facts:')) + 'facts: []\n' }),
		['questions/small/facts.yaml:9 facts: a module needs at least one fact']
	],
	[
		'empty label',
		s({ facts: r('    label: żołnierze', "    label: ''") }),
		['questions/small/facts.yaml:12 facts[0].label: must not be empty']
	],
	[
		'entity type wrong',
		s({ facts: r('    type: country\n    aliases', '    type: state\n    aliases') }),
		[
			'questions/small/facts.yaml:4 entities[0].type: Invalid option: expected one of "person"|"country"|"city"|"place"|"organisation"|"group"'
		]
	],
	[
		'no front matter',
		s({ article: (t) => t.slice(t.indexOf('Do obwodu')) }),
		[
			'questions/small/article.md:1 must start with front matter between "---" lines (title, language, source, date)'
		]
	],
	[
		'bad language',
		s({ article: r('language: pl', 'language: de') }),
		['questions/small/article.md:3 language: Invalid option: expected one of "pl"|"en"']
	],
	[
		'bad date',
		s({ article: r('date: 2025-01', 'date: 31.01.2025') }),
		['questions/small/article.md:5 date: must be YYYY, YYYY-MM or YYYY-MM-DD']
	],
	[
		'missing title',
		s({ article: r('title: Test\n', '') }),
		['questions/small/article.md:2 title: is required (string)']
	],
	[
		'unclosed box',
		s({ article: (t) => t.replace(/:::\n$/, '') }),
		['questions/small/article.md:10 a related box is never closed with ":::"']
	],
	[
		'box without title',
		s({ article: r('### Tytuł ramki\n', '') }),
		['questions/small/article.md:10 a related box needs a "### title"']
	],
	[
		'two errors at once',
		s({
			facts: (t) =>
				r(
					'    value: russia',
					'    value: rosja'
				)(r('evidence: Moskwa zaprzeczyła.', 'evidence: Moskwa zaprzecza.')(t))
		}),
		[
			'questions/small/facts.yaml:23 facts[1].value: unknown entity "rosja" (not in entities)',
			'questions/small/facts.yaml:26 facts[1].evidence: not found in article.md (closest: "Moskwa zaprzeczyła.")'
		]
	],
	[
		'negative value proportion',
		s({ facts: r('    kind: number', '    kind: proportion') }),
		['questions/small/facts.yaml:13 facts[0].value: Too big: expected number to be <=1']
	],
	[
		'facts not a list',
		s({ facts: (t) => t.slice(0, t.indexOf('facts:')) + 'facts: troops\n' }),
		['questions/small/facts.yaml:9 facts: Invalid input: expected array, received string']
	]
];

describe('parseModule', () => {
	it('accepts the small valid module', () => {
		const result = parseModule(s());
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.module.facts.map((fact) => fact.id)).toEqual(['troops-sent', 'denier']);
			expect(result.module.article.blocks.map((block) => block.type)).toEqual([
				'paragraph',
				'related'
			]);
		}
	});

	it('has a catalogue of at least 20 broken modules', () => {
		expect(BROKEN.length).toBeGreaterThanOrEqual(20);
	});

	it('refuses a YAML alias bomb with an error, not by running out of memory', () => {
		const letters = 'abcdefghi';
		const laughs = [
			'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
			...[...letters.slice(1)].map(
				(name, i) => `${name}: &${name} [${Array(9).fill(`*${letters[i]}`).join(', ')}]`
			),
			'facts: *i'
		].join('\n');
		const result = parseModule(s({ facts: () => laughs }));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.map(formatContentError)).toEqual([
				'questions/small/facts.yaml:1 YAML aliases: more than 100 expansions of aliases (*name), refused as a resource exhaustion attack'
			]);
		}
	});

	it.each(BROKEN)('rejects %s with file, line and field', (_name, sources, expected) => {
		const result = parseModule(sources);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map(formatContentError)).toEqual(expected);
	});
});
