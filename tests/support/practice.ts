import { Learner } from './browserless';

/**
 * A new learner whose first practice question of the module is typed (numeric, cloze, short
 * answer), so that a test can give it a wrong answer without knowing the key; with the hidden
 * `item` field of its form. Learners differ in their questions: it tries up to 40.
 */
export async function learnerWithTypedPractice(base: string, moduleId = 'kursk') {
	for (let tries = 0; tries < 40; tries++) {
		const learner = new Learner(base);
		await learner.get('/');
		const html = await (await learner.get(`/practice/${moduleId}`)).text();
		const item = /name="item" value="([^"]*)"/.exec(html)?.[1];
		if (item && /name="answer" type="text"/.test(html)) return { learner, item, html };
	}
	throw new Error(`no typed practice question of ${moduleId} for 40 learners`);
}
