import { readFileSync } from 'node:fs';
import { describeKey } from '../../src/lib/quiz/describe';
import {
	expect,
	expectAccessible,
	questionsOf,
	signUpTeacher,
	startQuiz,
	takeWholeQuiz,
	test
} from './support';

/** A teacher turns a pasted article into a module; a student takes it. */

const ARTICLE = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');

test('paste → review → publish → a student takes the quiz', async ({ page, browser, baseURL }) => {
	// Every request of the review page extracts and checks the whole article again.
	test.setTimeout(120_000);
	await page.goto('/teacher/sign-up');
	await page.getByLabel(/Imię i nazwisko|Your name/).fill('Anna Nowak');
	await page.getByLabel(/E-mail|Email/).fill('author@school.pl');
	await page.getByLabel(/Hasło|Password/).fill('correct horse battery');
	await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
	await page.getByRole('link', { name: /Napisz moduł z artykułu|Write a module/ }).click();
	await expectAccessible(page);

	await page.getByLabel(/Tekst artykułu|Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: /Znajdź fakty|Find the facts/ }).click();
	await expect(page).toHaveURL(/\/teacher\/authoring\/d_/);
	await expect(page.locator('.review-article mark').first()).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel(/Identyfikator modułu|Module id/).fill('kursk-e2e');
	await page.getByLabel(/Źródło artykułu|Source of the article/).fill('Polskie Radio 24');
	// A question's wording is edited in a field that shows all of it; a line break is a space.
	const wording = page.getByLabel(/^(Pytanie|Question)$/).first();
	await wording.fill('Ilu żołnierzy Korei Północnej\ntrafiło do obwodu kurskiego?');
	// The draft saves itself: a reload keeps what was typed.
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(/Źródło artykułu|Source of the article/)).toHaveValue(
		'Polskie Radio 24'
	);
	await expect(page.getByLabel(/^(Pytanie|Question)$/).first()).toHaveValue(
		'Ilu żołnierzy Korei Północnej trafiło do obwodu kurskiego?'
	);

	await page.getByRole('button', { name: /Podgląd quizu|Preview the quiz/ }).click();
	await expect(page.getByRole('heading', { name: /Podgląd quizu|Quiz preview/ })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: /Wróć do przeglądu|Back to the review/ }).click();
	await page.getByRole('button', { name: /Opublikuj|Publish/ }).click();
	await expect(page).toHaveURL(/\/modules\/kursk-e2e$/, { timeout: 20_000 });

	const student = await (await browser.newContext({ baseURL })).newPage();
	const attemptId = await startQuiz(student, { count: 5, moduleId: 'kursk-e2e' });
	await takeWholeQuiz(student, attemptId, 'digits');
	await expect(student.locator('.score')).toContainText('100');
});

test('the review page fixes a key, a type, distractors and a merge; the student gets the fix', async ({
	page,
	browser,
	baseURL
}) => {
	// Every request of the review page extracts and checks the whole article again (about half a
	// second on a busy machine), and this test makes many.
	test.setTimeout(120_000);
	await page.goto('/teacher/sign-up');
	await page.getByLabel(/Imię i nazwisko|Your name/).fill('Ewa Kowalska');
	await page.getByLabel(/E-mail|Email/).fill('reviewer@school.pl');
	await page.getByLabel(/Hasło|Password/).fill('correct horse battery');
	await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
	await page.getByRole('link', { name: /Napisz moduł z artykułu|Write a module/ }).click();
	await page.getByLabel(/Tekst artykułu|Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: /Znajdź fakty|Find the facts/ }).click();
	await expect(page).toHaveURL(/\/teacher\/authoring\/d_/);
	await expectAccessible(page);

	await page.getByLabel(/Identyfikator modułu|Module id/).fill('kursk-reviewed');
	await page.getByLabel(/Źródło artykułu|Source of the article/).fill('Polskie Radio 24');
	// The article says 11 000; the author knows the figure was corrected to 12 000.
	const key = page.locator('input[name^="value-"][value="11 000"]');
	const troops = ((await key.getAttribute('name')) ?? '').replace(/^value-/, '');
	const candidate = page.locator(`#candidate-${troops}`);
	await candidate.getByLabel(/Weź do modułu|Use in the module/).check();
	await key.fill('12 tys.');
	await candidate.getByLabel(/Błędne odpowiedzi|Wrong options/).fill('15 000\n12 000\n9 000');
	const kim = page.getByRole('group', { name: 'Kim Dzong Un', exact: true });
	await kim.getByLabel(/^(Rodzaj|Type)$/).selectOption('organisation');
	const pyongyang = page.getByRole('group', { name: 'Pjongjang', exact: true });
	await pyongyang.getByLabel(/To ta sama nazwa co|The same as/).selectOption({ label: 'Moskwa' });
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();

	// The distractor equal to the fixed key is refused on its field, read out with it.
	await page.reload();
	const distractors = page.locator(`#distractors-${troops}`);
	await expect(distractors).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator(`#distractors-${troops}-error`)).toContainText('12 000');
	await expectAccessible(page);
	await distractors.fill('15 000\n20 000\n9 000');
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();

	await page.getByRole('button', { name: /Podgląd quizu|Preview the quiz/ }).click();
	await expect(page).toHaveURL(/\/preview\?seed=\d+&count=10$/);
	await expect(
		page.getByRole('heading', { level: 1, name: /Podgląd quizu|Quiz preview/ })
	).toBeVisible();
	await expectAccessible(page);
	const firstSeed = page.url();
	await page.getByRole('button', { name: /Quiz innego ucznia|Another student/ }).click();
	await expect(page).not.toHaveURL(firstSeed);
	await page.getByRole('button', { name: /(Sprawdź odpowiedź|Check the answer)\s*:\s*1$/ }).click();
	await expect(page.getByRole('status').first()).toContainText(/0 pkt z 1|0 of 1 point/);
	await expectAccessible(page);

	await page.getByRole('link', { name: /Wróć do przeglądu|Back to the review/ }).click();
	await page.getByRole('button', { name: /Opublikuj|Publish/ }).click();
	await expect(page).toHaveURL(/\/modules\/kursk-reviewed$/);

	const student = await (await browser.newContext({ baseURL })).newPage();
	const attemptId = await startQuiz(student, { count: 20, moduleId: 'kursk-reviewed' });
	const questions = questionsOf(attemptId);
	const asked = questions.find((question) => question.factIds.includes(troops));
	if (!asked) throw new Error('the student’s quiz does not ask about the fixed figure');
	expect(
		asked.type === 'numeric'
			? asked.key.value
			: describeKey(asked, (value) => String(value)).join(' ')
	).toEqual(asked.type === 'numeric' ? 12000 : expect.stringMatching(/12[\s\u00a0]?000|12000/));
	await takeWholeQuiz(student, attemptId, 'digits');
	await expect(student.locator('.score')).toContainText('100');
});

test('a missed fact is added, a sentence changed, figures labelled; the preview matches them', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	await signUpTeacher(page, 'labeller@school.pl');
	await page.getByRole('link', { name: /Napisz moduł z artykułu|Write a module/ }).click();
	await page.getByLabel(/Tekst artykułu|Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: /Znajdź fakty|Find the facts/ }).click();
	await expect(page).toHaveURL(/\/teacher\/authoring\/d_/);
	await page.getByLabel(/Identyfikator modułu|Module id/).fill('kursk-labels');
	await page.getByLabel(/Źródło artykułu|Source of the article/).fill('Polskie Radio 24');

	const idOf = async (value: string) =>
		(
			(await page
				.locator(`input[name^="value-"][value="${value}"]`)
				.first()
				.getAttribute('name')) ?? ''
		).replace(/^value-/, '');
	const rows: [string, string][] = [
		['4000', 'Straty wojsk Korei Północnej do połowy stycznia'],
		['1000', 'Zabici i zmarli żołnierze Korei Północnej'],
		['11 000', 'Żołnierze Korei Północnej wysłani do obwodu kurskiego'],
		['2', 'Koreańczycy z Północy pojmani przez armię ukraińską']
	];
	const ids: string[] = [];
	for (const [value, label] of rows) {
		const id = await idOf(value);
		ids.push(id);
		const candidate = page.locator(`#candidate-${id}`);
		await candidate.getByLabel(/Weź do modułu|Use in the module/).check();
		await candidate.getByLabel(/jednostka|the unit/).fill('żołnierzy');
		await candidate.getByLabel(/Wiersz|row/i).fill(label);
	}
	const captured = ids[3] ?? '';
	const sentenceChoice = page.locator(`#evidence-${captured}`);
	const optionOf = async (start: string) =>
		(await sentenceChoice.locator('option', { hasText: start }).first().getAttribute('value')) ??
		'';
	// A sentence without the figure is refused on the field, and said with it.
	await sentenceChoice.selectOption(await optionOf('Według zachodnich'));
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();
	await page.reload();
	await expect(sentenceChoice).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator(`#evidence-${captured}-error`)).toContainText(/„2”|"2"/);
	await expectAccessible(page);
	await sentenceChoice.selectOption(await optionOf('Władze Ukrainy'));

	// Adding a fact: refused on its fields first, with what was typed kept.
	const adding = page.getByRole('group', { name: /Dodaj fakt|Add a fact/ });
	const reason = await adding
		.getByLabel(/Zdanie z artykułu|The article’s sentence/)
		.locator('option', { hasText: 'Dzieje się tak' })
		.getAttribute('value');
	await adding.getByLabel(/Zdanie z artykułu|The article’s sentence/).selectOption(reason ?? '');
	await adding.getByLabel(/Poprawna odpowiedź \(liczba\)|Right answer \(the figure\)/).fill('7');
	await adding.getByLabel(/jednostka|the unit/).fill('lat');
	await adding.getByRole('button', { name: /Dodaj fakt|Add the fact/ }).click();
	await expect(page.locator('#new-evidence-error')).toContainText(/„7”|"7"/);
	await expect(adding.getByLabel(/jednostka|the unit/)).toHaveValue('lat');
	await expectAccessible(page);
	await adding.getByLabel(/Rodzaj odpowiedzi|Kind of answer/).selectOption('text');
	await adding
		.getByLabel(/Poprawna odpowiedź słowami|Right answer in words/)
		.fill('obawy przed prześladowaniami rodziny');
	await adding
		.getByLabel(/^(Pytanie|Question)$/)
		.fill('Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?');
	await adding.getByRole('button', { name: /Dodaj fakt|Add the fact/ }).click();
	await expect(page).toHaveURL(/#candidate-added-1$/);
	// "Add a fact" is empty again, ready for the next one.
	await expect(adding.getByLabel(/Rodzaj odpowiedzi|Kind of answer/)).toHaveValue('number');
	await expect(adding.getByLabel(/^(Pytanie|Question)$/)).toHaveValue('');
	const added = page.locator('#candidate-added-1');
	await expect(added.getByLabel(/Weź do modułu|Use in the module/)).toBeChecked();
	await expect(added.getByLabel(/^(Pytanie|Question)$/)).toHaveValue(
		'Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?'
	);
	await expect(page.locator(`#evidence-${captured} option:checked`)).toHaveText(/^Władze Ukrainy/);
	await expectAccessible(page);

	// Some student's quiz matches the labelled figures.
	await page.getByRole('button', { name: /Podgląd quizu|Preview the quiz/ }).click();
	await expect(page).toHaveURL(/\/preview\?seed=\d+&count=10$/);
	const matching = page.locator('legend', { hasText: /Dopasuj liczby|Match each number/ });
	for (let tries = 0; tries < 40 && (await matching.count()) === 0; tries++) {
		const shown = page.url();
		await page.getByRole('button', { name: /Quiz innego ucznia|Another student/ }).click();
		await expect(page).not.toHaveURL(shown);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await expect(matching).toHaveCount(1);
	await expect(page.getByLabel('Zabici i zmarli żołnierze Korei Północnej').first()).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: /Wróć do przeglądu|Back to the review/ }).click();
	await page.getByRole('button', { name: /Opublikuj|Publish/ }).click();
	await expect(page).toHaveURL(/\/modules\/kursk-labels$/, { timeout: 20_000 });

	// A quiz draws some of the module's facts: students come until one is asked the added one.
	for (let tries = 0; tries < 20; tries++) {
		const student = await (await browser.newContext({ baseURL })).newPage();
		const attemptId = await startQuiz(student, { count: 20, moduleId: 'kursk-labels' });
		if (!questionsOf(attemptId).some((question) => question.factIds.includes('added-1'))) {
			await student.context().close();
			continue;
		}
		await takeWholeQuiz(student, attemptId, 'digits');
		await expect(student.locator('.score')).toContainText('100');
		return;
	}
	throw new Error('no student’s quiz asked the added fact');
});

test('an added fact is deleted by keyboard after a confirmation; its name is listed and fixed', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signUpTeacher(page, 'deleter@school.pl');
	await page.getByRole('link', { name: /Napisz moduł z artykułu|Write a module/ }).click();
	await page.getByLabel(/Tekst artykułu|Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: /Znajdź fakty|Find the facts/ }).click();
	await expect(page).toHaveURL(/\/teacher\/authoring\/d_/);
	// A quick teacher on a slow network chooses a kind before the page comes to life: the
	// fields of that kind show once it does.
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1_500));
		await route.continue();
	});
	await page.reload({ waitUntil: 'domcontentloaded' });

	const adding = page.getByRole('group', { name: /Dodaj fakt|Add a fact/ });
	const sentenceOf = async (start: string) =>
		(await adding
			.getByLabel(/Zdanie z artykułu|The article’s sentence/)
			.locator('option', { hasText: start })
			.first()
			.getAttribute('value')) ?? '';
	// A name the extraction missed, keyed by a fact the author adds.
	await adding.getByLabel(/Rodzaj odpowiedzi|Kind of answer/).selectOption('entity');
	await expect(adding.getByLabel(/nazwa w mianowniku|name in its base form/)).toHaveCount(0);
	await page.unrouteAll({ behavior: 'wait' });
	await expect(adding.getByLabel(/nazwa w mianowniku|name in its base form/)).toBeVisible({
		timeout: 20_000
	});
	await adding
		.getByLabel(/Zdanie z artykułu|The article’s sentence/)
		.selectOption(await sentenceOf('Ukraińskiej armii'));
	await adding.getByLabel(/nazwa w mianowniku|name in its base form/).fill('Ukraińska armia');
	await adding.getByLabel(/Rodzaj nazwy|Type of the name/).selectOption('place');
	await adding.getByLabel(/^(Pytanie|Question)$/).fill('Kto pojmał dwóch Koreańczyków z Północy?');
	await adding.getByRole('button', { name: /Dodaj fakt|Add the fact/ }).click();
	await expect(page).toHaveURL(/#candidate-added-1$/);

	// It is among the article's names, and its type is fixed there.
	const name = page.getByRole('group', { name: 'Ukraińska armia' });
	await expect(
		name.getByText(/dodano razem z dodanym faktem|made by a fact you added/)
	).toBeVisible();
	await name.getByLabel(/^(Rodzaj|Type)$/).selectOption('organisation');

	// A second fact, then deleted.
	await adding.getByLabel(/Rodzaj odpowiedzi|Kind of answer/).selectOption('text');
	await adding
		.getByLabel(/Zdanie z artykułu|The article’s sentence/)
		.selectOption(await sentenceOf('Dzieje się tak'));
	await adding
		.getByLabel(/Poprawna odpowiedź słowami|Right answer in words/)
		.fill('obawy przed prześladowaniami rodziny');
	await adding.getByLabel(/^(Pytanie|Question)$/).fill('Dlaczego żołnierze wolą umrzeć?');
	await adding.getByRole('button', { name: /Dodaj fakt|Add the fact/ }).click();
	await expect(page).toHaveURL(/#candidate-added-2$/);
	const second = page.locator('#candidate-added-2');
	await expect(second).toBeVisible();

	// Enter in a field saves; it neither adds nor deletes.
	await page.getByLabel(/Źródło artykułu|Source of the article/).fill('Polskie Radio 24');
	await page.getByLabel(/Źródło artykułu|Source of the article/).press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();
	await expect(second).toBeVisible();

	// By keyboard: the disclosure opens with Enter, says what will go, and its button deletes.
	const disclosure = second.getByText(/Usuń ten fakt…|Delete this fact…/);
	await disclosure.focus();
	await page.keyboard.press('Enter');
	const confirm = second.getByRole('button', { name: /Tak, usuń fakt|Yes, delete the fact/ });
	await expect(confirm).toBeVisible();
	await expect(confirm).toHaveAccessibleDescription(
		/Dzieje się tak|obawy|Usunąć dodany fakt|Delete the added fact/
	);
	await expectAccessible(page);
	await page.keyboard.press('Tab');
	await expect(confirm).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#candidate-added-2')).toHaveCount(0);
	await expect(page.locator('#candidate-added-1')).toBeVisible();
	await expect(page.getByLabel(/Źródło artykułu|Source of the article/)).toHaveValue(
		'Polskie Radio 24'
	);
	await page.reload();
	await expect(page.locator('#candidate-added-2')).toHaveCount(0);
	await expect(
		page.getByRole('group', { name: 'Ukraińska armia' }).getByLabel(/^(Rodzaj|Type)$/)
	).toHaveValue('organisation');
	await expectAccessible(page);
});
