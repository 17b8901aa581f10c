import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../content';
import { foldText } from '../language/normalize';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { generateQuiz } from './index';
import { distractorTexts } from './reveal';

/**
 * A quiz whose one question offers another's key as an option teaches that key and reads as a
 * hint: the options of a choice question are never the keys of the quiz's other questions.
 */

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', aliases: [] });

const paragraphs = [
	'Sołtyska Marta Zielińska z Borowej zebrała podpisy pod wnioskiem o nowy przystanek.',
	'Radna gminna Ewa Kowalczyk z Lipnika uważa, że autobus powinien kursować co godzinę.',
	'Dyrektorka szkoły Beata Sikora poparła wniosek, a nauczycielka Irena Wójcik pomogła w ankiecie.',
	'Przewoźnik dołoży w 2027 r. trzy nowe kursy, a bilet miesięczny ma kosztować 96 zł.'
];

function gapFact(id: string, evidence: string, name: string, prompt: string): Fact {
	return {
		id,
		kind: 'entity',
		value: id,
		questions: [`${prompt} „${evidence.replace(name, '_____')}”?`],
		evidence,
		cloze: name,
		aliases: []
	};
}

const facts: Fact[] = [
	gapFact('zielinska', paragraphs[0] as string, 'Marta Zielińska', 'Kto pasuje do luki:'),
	gapFact('kowalczyk', paragraphs[1] as string, 'Ewa Kowalczyk', 'Kto pasuje do luki:')
];
const people = [
	person('zielinska', 'Marta Zielińska'),
	person('kowalczyk', 'Ewa Kowalczyk'),
	person('sikora', 'Beata Sikora'),
	person('wojcik', 'Irena Wójcik')
];

describe("a quiz and its questions' keys", () => {
	const module = moduleOfParagraphs('keys', 'pl', paragraphs, facts, people);

	it('offers no other question’s key among a choice question’s options', () => {
		let choiceQuizzes = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const quiz = generateQuiz(module, { count: 5, types: ['single-choice', 'cloze'] }, seed);
			const keys = quiz.questions.flatMap((question) =>
				question.factIds.map((id) => foldText(people.find((one) => one.id === id)?.name ?? id))
			);
			for (const question of quiz.questions) {
				const own = question.factIds.map((id) =>
					foldText(people.find((one) => one.id === id)?.name ?? id)
				);
				const distractors = distractorTexts(question).map((text) => foldText(text));
				if (distractors.length > 0 && quiz.questions.length > 1) choiceQuizzes++;
				for (const key of keys.filter((key) => !own.includes(key)))
					expect(distractors).not.toContain(key);
			}
		}
		expect(choiceQuizzes).toBeGreaterThan(0);
	});

	it('keeps both questions when other names can stand in, the same for the same seed', () => {
		const quiz = generateQuiz(module, { count: 5, types: ['single-choice'] }, 7);
		expect(quiz.questions).toHaveLength(2);
		for (const question of quiz.questions)
			expect(distractorTexts(question).length).toBeGreaterThan(1);
		expect(generateQuiz(module, { count: 5, types: ['single-choice'] }, 7)).toEqual(quiz);
	});
});
