/**
 * How authoring does on the development corpus (tests/fixtures/corpus): each article goes
 * through what the authoring page does with a pasted article (`analyseDraft`: prepare,
 * extract, draft with the default acceptance, validate), then every question the module
 * can make is generated and checked. Shared by `npm run bench -- authoring` and the floor
 * test (tests/authoring-corpus.test.ts).
 */
import { analyseDraft, type AuthoringState } from '../src/lib/quiz/authoring';
import { checkQuestion, checkQuiz, type QuestionIssue } from '../src/lib/quiz/check';
import type { EntityFact } from '../src/lib/quiz/content';
import type { Candidate, ExtractedEntity, Extraction } from '../src/lib/quiz/extract';
import { generateQuiz, generators } from '../src/lib/quiz/generate';
import { factQuality } from '../src/lib/quiz/generate/quality';
import { stem } from '../src/lib/quiz/language/stem';
import { foldText } from '../src/lib/quiz/language/normalize';
import type { QuizModule } from '../src/lib/quiz/module';
import { loadMorphology } from '../src/lib/server/morphology';
import { QUESTION_TYPES, type QuestionWithKey } from '../src/lib/quiz/question';
import { deriveRandom } from '../src/lib/quiz/random';
import { scoreFactAnswer } from '../src/lib/quiz/score/fact';
import type {
	CorpusArticle,
	GoldEntity,
	GoldFact,
	GoldFigure,
	GoldFile
} from '../tests/support/corpus-gold';

/** Counts of one article or of a group of them; the figures are ratios of these. */
export interface AuthoringCounts {
	articles: number;
	/** Facts a teacher would ask, and those some candidate found. */
	facts: number;
	factsFound: number;
	candidates: number;
	/** Candidates that are a gold fact, figure or entity. */
	goodCandidates: number;
	/** Candidates from clutter, times, conversions, ordinals, or naming no real entity or figure. */
	noiseCandidates: number;
	entities: number;
	entitiesFound: number;
	entityTypeRight: number;
	entityBaseFormRight: number;
	/** Extracted entities that are no entity of the gold file ("ZOBACZ", "PAP", "VIN"). */
	spuriousEntities: number;
	studentForms: number;
	studentFormsCredited: number;
	nearMisses: number;
	nearMissesCredited: number;
	questions: number;
	questionsPassing: number;
	/** Questions of a 20-question quiz (seed 1) and those checkQuiz finds something in. */
	quizQuestions: number;
	quizQuestionsFlagged: number;
	/** Gold figures with a teacher's row label, those given one, and those given one like it. */
	goldLabels: number;
	labelsOffered: number;
	labelsGood: number;
	/** Gold entity facts (who, which body, which river), and those a fact ticked by default asks. */
	entityFacts: number;
	entityFactsTicked: number;
	/** Matching and ordering questions the drafted modules can make. */
	matchingQuestions: number;
	orderingQuestions: number;
	/** Why questions failed the check: issue → how many questions. */
	issues: Partial<Record<QuestionIssue, number>>;
	/** What to look at: "article: fact id" missed, "article: surface (evidence)" of noise. */
	missed: string[];
	noise: string[];
	/** What else to look at: base forms, forms refused, near misses credited, quiz findings. */
	wrong: string[];
}

export interface AuthoringFigures {
	articles: number;
	recall: number;
	precision: number;
	noiseShare: number;
	entityTypeAccuracy: number;
	entityBaseFormAccuracy: number;
	entityRecall: number;
	studentFormsCredited: number;
	nearMissesCredited: number;
	questionsPassing: number;
	quizQuestionsFlagged: number;
	labelsGood: number;
	entityFactsTicked: number;
	groupedQuestions: number;
}

/** For each figure, whether a higher value is better (false: lower is better). */
export const HIGHER_IS_BETTER: Record<keyof AuthoringFigures, boolean> = {
	articles: true,
	recall: true,
	precision: true,
	noiseShare: false,
	entityTypeAccuracy: true,
	entityBaseFormAccuracy: true,
	entityRecall: true,
	studentFormsCredited: true,
	nearMissesCredited: false,
	questionsPassing: true,
	quizQuestionsFlagged: false,
	labelsGood: true,
	entityFactsTicked: true,
	groupedQuestions: true
};

export const GROUPS = ['pl', 'en', 'pl-held-out', 'en-held-out'] as const;
export type Group = (typeof GROUPS)[number];

export function groupOf(gold: GoldFile): Group {
	return gold.heldOut ? `${gold.language}-held-out` : gold.language;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const sameValue = (a: number, b: number) =>
	Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-6;
/** A base form as written: case and diacritics count, spacing and quote style do not. */
const baseForm = (text: string) =>
	collapse(text)
		.replace(/[„”“"]/g, '"')
		.toLowerCase();

/** Whether two sentences are one: one holds the other, or most of the shorter one's words. */
function sameSentence(a: string, b: string): boolean {
	const left = collapse(a);
	const right = collapse(b);
	if (left.includes(right) || right.includes(left)) return true;
	const leftWords = new Set(foldText(left).split(' '));
	const rightWords = foldText(right).split(' ');
	const shared = rightWords.filter((word) => leftWords.has(word)).length;
	return shared / Math.min(leftWords.size, rightWords.length) >= 0.6;
}

/** The gold entity an extracted one stands for, if any: by its name, its forms, or a form held in them. */
function goldEntityOf(
	entity: ExtractedEntity,
	gold: readonly GoldEntity[]
): GoldEntity | undefined {
	const forms = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.surface)].map(
		foldText
	);
	const goldForms = (candidate: GoldEntity) =>
		[candidate.name, ...candidate.mentions].map(foldText);
	return (
		gold.find((candidate) => foldText(candidate.name) === foldText(entity.name)) ??
		gold.find((candidate) => goldForms(candidate).some((form) => forms.includes(form))) ??
		gold.find((candidate) =>
			goldForms(candidate).some((form) => forms.some((found) => ` ${found} `.includes(` ${form} `)))
		)
	);
}

/** Extracted entity types in the gold's three: today's city and country are places. */
function typeOf(entity: ExtractedEntity): string {
	const type: string = entity.type;
	if (type === 'person' || type === 'organisation' || type === 'place') return type;
	if (type === 'city' || type === 'country') return 'place';
	if (type === 'group') return 'organisation';
	return type;
}

function datesMatch(gold: Record<string, unknown>, found: Record<string, unknown>): boolean {
	return Object.keys(gold).every((key) => gold[key] === found[key]);
}

function matchesFact(
	candidate: Candidate,
	fact: GoldFact,
	entityOf: (id: string) => GoldEntity | undefined
): boolean {
	switch (fact.kind) {
		case 'number':
		case 'proportion':
			return (
				(candidate.kind === 'number' || candidate.kind === 'proportion') &&
				sameValue(candidate.value, fact.value) &&
				sameSentence(candidate.evidence, fact.evidence)
			);
		case 'date':
			return (
				candidate.kind === 'date' &&
				datesMatch(fact.value, candidate.value as Record<string, unknown>) &&
				sameSentence(candidate.evidence, fact.evidence)
			);
		case 'entity': {
			// The entity named in the fact's own sentence: a question needs that sentence.
			const names =
				candidate.kind === 'entity'
					? [candidate.value]
					: candidate.kind === 'statement'
						? candidate.value
						: [];
			return (
				names.some((id) => entityOf(id)?.id === fact.entity) &&
				sameSentence(candidate.evidence, fact.evidence)
			);
		}
	}
}

function matchesFigure(candidate: Candidate, figure: GoldFigure): boolean {
	if (figure.kind === 'date')
		return (
			candidate.kind === 'date' &&
			datesMatch(figure.value, candidate.value as Record<string, unknown>)
		);
	return (
		(candidate.kind === 'number' || candidate.kind === 'proportion') &&
		sameValue(candidate.value, figure.value)
	);
}

const CLUTTER_REASONS = new Set(['byline', 'caption', 'clutter', 'url']);

/** Whether a candidate was read from what must give none. */
function isNoise(
	candidate: Candidate,
	gold: GoldFile,
	entityOf: (id: string) => GoldEntity | undefined
): boolean {
	const evidence = collapse(candidate.evidence);
	for (const item of gold.mustNotExtract) {
		const text = collapse(item.text);
		if (CLUTTER_REASONS.has(item.reason)) {
			if (evidence.includes(text) || text.includes(collapse(candidate.surface))) {
				if (evidence.includes(text) || text.includes(evidence)) return true;
			}
			continue;
		}
		if (
			item.value !== undefined &&
			(candidate.kind === 'number' || candidate.kind === 'proportion') &&
			sameValue(candidate.value, item.value) &&
			(text.includes(collapse(candidate.surface)) ||
				overlaps(evidence, text, collapse(candidate.surface)))
		)
			return true;
		if (item.value === undefined && candidate.kind === 'entity' && candidate.name === item.text)
			return true;
	}
	if (candidate.kind === 'entity') return entityOf(candidate.value) === undefined;
	if (candidate.kind === 'statement')
		return candidate.value.some((id) => entityOf(id) === undefined);
	if (candidate.kind === 'number' || candidate.kind === 'proportion')
		return !gold.figures.some((figure) => matchesFigure(candidate, figure));
	return false;
}

/**
 * Whether the figure stands inside the phrase the gold file refuses, not merely beside it:
 * "80 to 130 miles (130-210km)" asks the 130 miles and refuses the 130 of the conversion.
 */
function overlaps(evidence: string, phrase: string, surface: string): boolean {
	const spans = (needle: string) => {
		const found: number[] = [];
		for (let at = evidence.indexOf(needle); at >= 0; at = evidence.indexOf(needle, at + 1))
			found.push(at);
		return found;
	};
	return spans(phrase).some((phraseAt) =>
		spans(surface).some(
			(surfaceAt) => surfaceAt < phraseAt + phrase.length && phraseAt < surfaceAt + surface.length
		)
	);
}

const DEFAULT_STATE: Omit<AuthoringState, 'sourceText'> = {
	format: 'text',
	moduleId: 'corpus',
	title: '',
	source: '',
	date: '',
	decisions: {}
};

/** Every question the module can make, one per item of every type, as a quiz would word it. */
export function everyQuestion(module: QuizModule, seed = 1): QuestionWithKey[] {
	return QUESTION_TYPES.flatMap((type) =>
		generators[type].items(module).map((factIds) => {
			const facts = factIds.flatMap((id) => module.facts.filter((fact) => fact.id === id));
			const random = deriveRandom(seed, `${type}:${factIds.join(',')}`);
			return generators[type].generate(module, facts, random) as QuestionWithKey;
		})
	);
}

export interface ArticleRun {
	article: CorpusArticle;
	text: string;
	extraction: Extraction;
	module: QuizModule | null;
}

/**
 * The article as the authoring page drafts it, with the default acceptance and the morphology
 * the server loads (the Polish dictionary): without it the bench would measure rules the app
 * does not run.
 */
/** What the authoring page drafts from a pasted article, with no decision of the teacher. */
export function draftArticle(name: string, source: string): Omit<ArticleRun, 'article'> {
	const analysis = analyseDraft(
		{ ...DEFAULT_STATE, sourceText: source },
		'2026-01-01',
		loadMorphology
	);
	if (!analysis.ok) throw new Error(`${name}: ${analysis.error.message}`);
	return {
		text: analysis.text,
		extraction: analysis.extraction,
		module: analysis.module.ok ? analysis.module.module : null
	};
}

export function runArticle(article: CorpusArticle): ArticleRun {
	return { article, ...draftArticle(article.name, article.source) };
}

export function emptyCounts(): AuthoringCounts {
	return {
		articles: 0,
		facts: 0,
		factsFound: 0,
		candidates: 0,
		goodCandidates: 0,
		noiseCandidates: 0,
		entities: 0,
		entitiesFound: 0,
		entityTypeRight: 0,
		entityBaseFormRight: 0,
		spuriousEntities: 0,
		studentForms: 0,
		studentFormsCredited: 0,
		nearMisses: 0,
		nearMissesCredited: 0,
		questions: 0,
		questionsPassing: 0,
		quizQuestions: 0,
		quizQuestionsFlagged: 0,
		goldLabels: 0,
		labelsOffered: 0,
		labelsGood: 0,
		entityFacts: 0,
		entityFactsTicked: 0,
		matchingQuestions: 0,
		orderingQuestions: 0,
		issues: {},
		missed: [],
		noise: [],
		wrong: []
	};
}

function creditOf(module: QuizModule, entityId: string, answer: string): number {
	const fact: EntityFact = {
		id: 'probe',
		kind: 'entity',
		value: entityId,
		label: 'probe',
		questions: ['?'],
		evidence: '.',
		aliases: []
	};
	return scoreFactAnswer(module, fact, answer).credit;
}

/** What one article's run counts. */
export function countArticle(run: ArticleRun): AuthoringCounts {
	const { gold } = run.article;
	const { extraction, module } = run;
	const counts = emptyCounts();
	counts.articles = 1;

	const goldByExtracted = new Map<string, GoldEntity | undefined>(
		extraction.entities.map((entity) => [entity.id, goldEntityOf(entity, gold.entities)])
	);
	const entityOf = (id: string) => goldByExtracted.get(id);
	counts.spuriousEntities = [...goldByExtracted.values()].filter((found) => !found).length;

	counts.facts = gold.facts.length;
	for (const fact of gold.facts) {
		if (extraction.candidates.some((candidate) => matchesFact(candidate, fact, entityOf)))
			counts.factsFound++;
		else counts.missed.push(`${run.article.name}: ${fact.id}`);
	}
	counts.candidates = extraction.candidates.length;
	for (const candidate of extraction.candidates) {
		if (isNoise(candidate, gold, entityOf)) {
			counts.noiseCandidates++;
			counts.noise.push(
				`${run.article.name}: ${collapse(candidate.surface)} (${collapse(candidate.evidence).slice(0, 60)})`
			);
		} else if (
			gold.facts.some((fact) => matchesFact(candidate, fact, entityOf)) ||
			gold.figures.some((figure) => matchesFigure(candidate, figure)) ||
			(candidate.kind === 'entity' && entityOf(candidate.value) !== undefined) ||
			(candidate.kind === 'statement' && candidate.value.every((id) => entityOf(id) !== undefined))
		)
			counts.goodCandidates++;
	}

	for (const goldEntity of gold.entities) {
		counts.entities++;
		// The extracted entity that stands for it; the one named like it first.
		const found =
			extraction.entities.find(
				(entity) =>
					entityOf(entity.id)?.id === goldEntity.id &&
					foldText(entity.name) === foldText(goldEntity.name)
			) ?? extraction.entities.find((entity) => entityOf(entity.id)?.id === goldEntity.id);
		counts.studentForms += goldEntity.studentForms.length;
		if (!found) continue;
		counts.entitiesFound++;
		if (typeOf(found) === goldEntity.type) counts.entityTypeRight++;
		if (baseForm(found.name) === baseForm(goldEntity.name)) counts.entityBaseFormRight++;
		else
			counts.wrong.push(`${run.article.name}: base form "${found.name}", not "${goldEntity.name}"`);
		if (!module) continue;
		for (const form of goldEntity.studentForms) {
			if (creditOf(module, found.id, form) >= 1) counts.studentFormsCredited++;
			else counts.wrong.push(`${run.article.name}: "${form}" refused for "${found.name}"`);
		}
		for (const nearMiss of goldEntity.nearMisses) {
			counts.nearMisses++;
			if (creditOf(module, found.id, nearMiss) > 0) {
				counts.nearMissesCredited++;
				counts.wrong.push(
					`${run.article.name}: near miss "${nearMiss}" credited for "${found.name}"`
				);
			}
		}
	}

	countEntityFacts(run, module, counts, entityOf);
	if (module) {
		const context = { language: module.language, article: run.text, entities: module.entities };
		countLabels(run, module, counts, entityOf);
		for (const question of everyQuestion(module)) {
			if (question.type === 'matching') counts.matchingQuestions++;
			if (question.type === 'ordering') counts.orderingQuestions++;
			counts.questions++;
			const issues = checkQuestion(question, context);
			if (issues.length === 0) counts.questionsPassing++;
			for (const issue of issues) counts.issues[issue] = (counts.issues[issue] ?? 0) + 1;
		}
		const quiz = generateQuiz(module, { count: 20 }, 1).questions;
		counts.quizQuestions += quiz.length;
		const findings = checkQuiz(quiz, context);
		counts.quizQuestionsFlagged += new Set(findings.map((f) => f.index)).size;
		for (const finding of findings)
			counts.wrong.push(
				`${run.article.name}: quiz question ${finding.index} (${quiz[finding.index]?.type}): ${finding.issue}` +
					(finding.other === undefined
						? ''
						: ` of question ${finding.other} (${quiz[finding.other]?.type})`)
			);
	}
	return counts;
}

/**
 * Gold entity facts a module drafted with the default acceptance asks: a candidate that finds
 * the fact (its entity, in its sentence) is one of the module's facts.
 */
function countEntityFacts(
	run: ArticleRun,
	module: QuizModule | null,
	counts: AuthoringCounts,
	entityOf: (id: string) => GoldEntity | undefined
): void {
	for (const fact of run.article.gold.facts) {
		if (fact.kind !== 'entity') continue;
		counts.entityFacts++;
		const ticked = run.extraction.candidates.some(
			(candidate) =>
				matchesFact(candidate, fact, entityOf) &&
				(module?.facts.some((drafted) => drafted.id === candidate.id) ?? false)
		);
		if (ticked) counts.entityFactsTicked++;
		else counts.wrong.push(`${run.article.name}: entity fact ${fact.id} not ticked by default`);
	}
}

/** Words of a label that say something, as stems: "rescue workers sent" → rescu, worker, sent. */
function labelStems(label: string, language: 'pl' | 'en'): Set<string> {
	const FILLERS = new Set([
		'the',
		'that',
		'who',
		'which',
		'had',
		'been',
		'were',
		'was',
		'by',
		'ktore',
		'ktorzy',
		'ktorych',
		'sie'
	]);
	return new Set(
		foldText(label)
			.split(' ')
			.filter((word) => word.length > 2 && !FILLERS.has(word))
			.map((word) => stem(word, language))
	);
}

/**
 * Rows of the gold figures a teacher labelled: offered when the drafted fact has a label the
 * generator may show (the quality gate lets it through), good when it says at least half of
 * what the teacher's says (stems of its words), a rough measure read beside the judged sample.
 */
function countLabels(
	run: ArticleRun,
	module: QuizModule,
	counts: AuthoringCounts,
	entityOf: (id: string) => GoldEntity | undefined
): void {
	for (const fact of run.article.gold.facts) {
		if ((fact.kind !== 'number' && fact.kind !== 'proportion') || !fact.label) continue;
		counts.goldLabels++;
		const candidate = run.extraction.candidates.find(
			(found) =>
				matchesFact(found, fact, entityOf) && module.facts.some((f) => f.id === found.id && f.label)
		);
		const drafted = module.facts.find((found) => found.id === candidate?.id);
		if (!drafted?.label || !factQuality(module, drafted).label) {
			counts.wrong.push(`${run.article.name}: no row label for ${fact.id} ("${fact.label}")`);
			continue;
		}
		counts.labelsOffered++;
		const gold = labelStems(fact.label, module.language);
		const found = labelStems(drafted.label, module.language);
		const shared = [...gold].filter((word) => found.has(word)).length;
		if (shared * 2 >= gold.size) counts.labelsGood++;
		else
			counts.wrong.push(
				`${run.article.name}: row label "${drafted.label}" for ${fact.id}, not like "${fact.label}"`
			);
	}
}

export function addCounts(total: AuthoringCounts, more: AuthoringCounts): AuthoringCounts {
	const issues = { ...total.issues };
	for (const [issue, count] of Object.entries(more.issues) as [QuestionIssue, number][])
		issues[issue] = (issues[issue] ?? 0) + count;
	const sum = {
		...total,
		issues,
		missed: [...total.missed, ...more.missed],
		noise: [...total.noise, ...more.noise],
		wrong: [...total.wrong, ...more.wrong]
	};
	for (const key of Object.keys(more) as (keyof AuthoringCounts)[]) {
		if (key === 'issues' || key === 'missed' || key === 'noise' || key === 'wrong') continue;
		sum[key] = total[key] + more[key];
	}
	return sum;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function figuresOf(counts: AuthoringCounts): AuthoringFigures {
	return {
		articles: counts.articles,
		recall: ratio(counts.factsFound, counts.facts),
		precision: ratio(counts.goodCandidates, counts.candidates),
		noiseShare: ratio(counts.noiseCandidates, counts.candidates),
		entityRecall: ratio(counts.entitiesFound, counts.entities),
		entityTypeAccuracy: ratio(counts.entityTypeRight, counts.entitiesFound),
		entityBaseFormAccuracy: ratio(counts.entityBaseFormRight, counts.entitiesFound),
		studentFormsCredited: ratio(counts.studentFormsCredited, counts.studentForms),
		nearMissesCredited: ratio(counts.nearMissesCredited, counts.nearMisses),
		questionsPassing: ratio(counts.questionsPassing, counts.questions),
		quizQuestionsFlagged: ratio(counts.quizQuestionsFlagged, counts.quizQuestions),
		labelsGood: ratio(counts.labelsGood, counts.goldLabels),
		entityFactsTicked: ratio(counts.entityFactsTicked, counts.entityFacts),
		groupedQuestions: counts.matchingQuestions + counts.orderingQuestions
	};
}

export interface AuthoringMeasure {
	counts: Record<Group, AuthoringCounts>;
	figures: Record<Group, AuthoringFigures>;
}

/** Runs and counts every article of the corpus, by group. */
export function measureAuthoring(corpus: readonly CorpusArticle[]): AuthoringMeasure {
	const counts = Object.fromEntries(GROUPS.map((group) => [group, emptyCounts()])) as Record<
		Group,
		AuthoringCounts
	>;
	for (const article of corpus) {
		const group = groupOf(article.gold);
		counts[group] = addCounts(counts[group], countArticle(runArticle(article)));
	}
	const figures = Object.fromEntries(
		GROUPS.map((group) => [group, figuresOf(counts[group])])
	) as Record<Group, AuthoringFigures>;
	return { counts, figures };
}
