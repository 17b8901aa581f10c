import { describe, expect, it } from 'vitest';
import { gapBodyKind, checkQuestion } from '../check';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { moduleOfParagraphs, namedEntity } from '../../testing/seed-module';
import { distractorsOf } from './values';

/** A gap the prompt says is a programme or a fund takes programmes and funds as options. */

const entity = namedEntity;

const zdania = [
	'Nowa pracownia rezonansu w Łomży powstała dzięki pieniądzom z programu Fundusze Europejskie dla Podlasia 2021–2027.',
	'Wniosek przygotował Urząd Marszałkowski w Białymstoku, a sprzęt trafi na Oddział Neurologii Szpitala Wojewódzkiego.',
	'Wcześniej gmina skorzystała z Rządowego Programu Odbudowy Zabytków oraz Funduszu Dróg Samorządowych.'
];
const sentences = [
	'The Harbour Lane sea wall was repaired with £2.2m from the Coastal Communities Fund.',
	'Bids were drawn up by Westcombe Borough Council and the Tidewater Sailing Club.',
	'The town also won money from the Towns Fund and the Heritage High Streets Programme.'
];

const entitiesPl = [
	entity('fep', 'Fundusze Europejskie dla Podlasia', 'organisation'),
	entity('um', 'Urząd Marszałkowski w Białymstoku', 'organisation'),
	entity('szpital', 'Oddział Neurologii Szpitala Wojewódzkiego', 'organisation'),
	entity('rpoz', 'Rządowy Program Odbudowy Zabytków', 'organisation'),
	entity('fds', 'Fundusz Dróg Samorządowych', 'organisation')
];
const entitiesEn = [
	entity('ccf', 'Coastal Communities Fund', 'organisation'),
	entity('council', 'Westcombe Borough Council', 'organisation'),
	entity('club', 'Tidewater Sailing Club', 'organisation'),
	entity('towns', 'Towns Fund', 'organisation'),
	entity('hhs', 'Heritage High Streets Programme', 'organisation')
];

function keyFact(id: string, evidence: string, cloze: string, question: string): Fact {
	return { id, kind: 'entity', value: id, questions: [question], evidence, cloze, aliases: [] };
}

describe('options of a gap the prompt says is a programme or a fund', () => {
	it('are programmes and funds only: „z programu _____ 2021–2027”', () => {
		const key = keyFact(
			'fep',
			zdania[0] as string,
			'Fundusze Europejskie dla Podlasia',
			'Co pasuje do luki: „Nowa pracownia rezonansu w Łomży powstała dzięki pieniądzom z programu _____ 2021–2027.”?'
		);
		const module: QuizModule = moduleOfParagraphs('programme', 'pl', zdania, [key], entitiesPl);
		const offered = distractorsOf(module, key);
		expect(offered).not.toContain('Urząd Marszałkowski w Białymstoku');
		expect(offered).not.toContain('Oddział Neurologii Szpitala Wojewódzkiego');
		expect(offered.length).toBeGreaterThan(0);
	});

	it('are programmes and funds only: "the _____ Fund"', () => {
		const key = keyFact(
			'ccf',
			sentences[0] as string,
			'Coastal Communities',
			'Which organisation fills the gap: "The Harbour Lane sea wall was repaired with £2.2m from the _____ Fund."?'
		);
		const module: QuizModule = moduleOfParagraphs('programme', 'en', sentences, [key], entitiesEn);
		const offered = distractorsOf(module, key);
		expect(offered).not.toContain('Westcombe Borough Council');
		expect(offered).not.toContain('Tidewater Sailing Club');
		expect(offered.length).toBeGreaterThan(0);
	});

	it('are named so by the check, which refuses a council among them', () => {
		expect(gapBodyKind('z programu _____ 2021–2027')).toBe('programme');
		expect(gapBodyKind('money from the _____ scheme')).toBe('programme');
		const question = {
			id: 'q',
			type: 'single-choice' as const,
			factIds: ['ccf'],
			prompt:
				'Which organisation fills the gap: "The Harbour Lane sea wall was repaired with £2.2m from the _____ fund."? Choose one answer.',
			evidence: [sentences[0] as string],
			choices: [
				{ id: 'a', text: 'Coastal Communities Fund' },
				{ id: 'b', text: 'Westcombe Borough Council' },
				{ id: 'c', text: 'Towns Fund' }
			],
			key: { choiceIds: ['a'] }
		};
		const issues = checkQuestion(question as never, {
			language: 'en',
			article: sentences.join('\n'),
			entities: entitiesEn
		});
		expect(issues).toContain('option-ruled-out');
	});
});
