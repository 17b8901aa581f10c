import type { DateValue, Fact, Season } from '../content';
import { SEASONS } from '../content';
import { formatNumber } from '../language/number';
import { foldText } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import { formatDate } from '../score/date';
import { scoreFactAnswer } from '../score/fact';
import { acceptedRange, isWithinRange } from '../score/number';
import type { QuizModule } from '../module';
import type { Random } from '../random';

/**
 * How fact values and their distractors read in a question, and which distractors a fact
 * has. Pools are computed once per module and fact: generation then only draws from them.
 */

export function formatProportion(module: QuizModule, value: number): string {
	return QUIZ_PHRASES[module.language].percent(Math.round(value * 1000) / 10);
}

function entityName(module: QuizModule, id: string): string {
	return module.entities.find((entity) => entity.id === id)?.name ?? id;
}

export function joinNames(module: QuizModule, names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${QUIZ_PHRASES[module.language].and} ${names[names.length - 1]}`;
}

/** The key of a fact as a learner would read it in an option or a statement. */
export function displayValue(module: QuizModule, fact: Fact): string {
	switch (fact.kind) {
		case 'number':
			return formatNumber(fact.value, module.language);
		case 'proportion':
			return formatProportion(module, fact.value);
		case 'date':
			return formatDate(fact.value, module.language);
		case 'entity':
			return entityName(module, fact.value);
		case 'entity-set':
			return joinNames(
				module,
				fact.value.map((id) => entityName(module, id))
			);
		case 'text':
			return fact.value;
	}
}

/** Rounds to two significant digits, so near-value distractors look like article figures. */
function roundNicely(value: number): number {
	if (value === 0) return 0;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
	return Math.round(value / magnitude) * magnitude;
}

/** How far apart two figures may be and still pass for one another (11 000 and 1 000 do; 11 000 and 2 do not). */
const PLAUSIBLE_RATIO = 20;

/**
 * Number distractors in two tiers: figures of the same size as the key first (other figures of
 * the article counting the same thing, the key shifted by a power of ten, near values), then
 * the article's figures of another size, which a learner would rule out at a glance.
 */
function numberCandidates(module: QuizModule, fact: Extract<Fact, { kind: 'number' }>): number[][] {
	const value = fact.value;
	const siblings = module.facts
		.filter((other) => other.kind === 'number' && other.unit === fact.unit && other.id !== fact.id)
		.map((other) => (other as { value: number }).value);
	const comparable = (candidate: number) =>
		Math.max(candidate, value) <= PLAUSIBLE_RATIO * Math.max(Math.min(candidate, value), 1);
	const shifted = [value * 10, value / 10];
	const range = acceptedRange(fact);
	const spread = Math.max(range.max - value, 0) / Math.max(Math.abs(value), 1);
	const near = [
		value * (1 + spread + 0.3),
		value * (1 - spread - 0.35),
		value * (1 + spread + 0.8)
	].map(roundNicely);
	const small =
		Number.isInteger(value) && value < 20 ? [value + 1, value + 3, value * 10, value * 5] : [];
	const usable = (candidate: number) =>
		Number.isInteger(candidate) && candidate > 0 && !isWithinRange(candidate, range);
	return [
		[...siblings.filter(comparable), ...shifted, ...near, ...small].filter(usable),
		siblings.filter((sibling) => !comparable(sibling)).filter(usable)
	];
}

const PROPORTIONS = [0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1 / 3, 2 / 3];

function dateCandidates(module: QuizModule, value: DateValue): string[] {
	const seasons: (Season | undefined)[] = value.season
		? SEASONS.filter((season) => season !== value.season)
		: [undefined];
	const sameYear = seasons.map((season) => ({ ...value, season }));
	const otherYears = [value.year - 1, value.year + 1].map((year) => ({ ...value, year }));
	return [...sameYear, ...otherYears].map((date) => formatDate(date, module.language));
}

/** Candidate distractors in tiers, most plausible first (entities of the same type before others). */
function rawDistractors(module: QuizModule, fact: Fact): string[][] {
	// The author's own list replaces the article's: the review page lets them fix a bad one.
	if (fact.kind !== 'text' && fact.distractors) return [fact.distractors];
	switch (fact.kind) {
		case 'number':
			return numberCandidates(module, fact).map((tier) =>
				tier.map((value) => formatNumber(value, module.language))
			);
		case 'proportion':
			return [
				PROPORTIONS.filter((value) => !isWithinRange(value, acceptedRange(fact))).map((value) =>
					formatProportion(module, value)
				)
			];
		case 'date':
			return [dateCandidates(module, fact.value)];
		case 'entity': {
			const key = module.entities.find((entity) => entity.id === fact.value);
			const others = module.entities.filter((entity) => entity.id !== fact.value);
			const sameType = others.filter((entity) => entity.type === key?.type);
			const otherType = others.filter((entity) => entity.type !== key?.type);
			return [sameType, otherType].map((tier) => tier.map((entity) => entity.name));
		}
		case 'entity-set': {
			const types = new Set(
				module.entities
					.filter((entity) => fact.value.includes(entity.id))
					.map((entity) => entity.type)
			);
			const others = module.entities.filter((entity) => !fact.value.includes(entity.id));
			return [
				others.filter((entity) => types.has(entity.type)),
				others.filter((entity) => !types.has(entity.type))
			].map((tier) => tier.map((entity) => entity.name));
		}
		case 'text':
			return [fact.distractors];
	}
}

/**
 * "ZNP" for "Związek Nauczycielstwa Polskiego": an acronym of the key is the key, even when
 * the article's entities did not link the two, so it is never a distractor, nor beside
 * another option it abbreviates.
 */
function isAcronymOf(candidate: string, key: string): boolean {
	if (!/^\p{Lu}{2,6}$/u.test(candidate)) return false;
	const initials = key
		.split(/[\s-]+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word.charAt(0))
		.join('');
	return initials === candidate;
}

const pools = new WeakMap<QuizModule, Map<string, string[][]>>();

/**
 * Distractors that are never right, in tiers: each is scored against the fact like a
 * learner's answer and kept only if it earns no credit, and none equals the key or another
 * after folding.
 */
function distractorTiers(module: QuizModule, fact: Fact): readonly string[][] {
	let byFact = pools.get(module);
	if (!byFact) {
		byFact = new Map();
		pools.set(module, byFact);
	}
	const cached = byFact.get(fact.id);
	if (cached) return cached;
	const key = displayValue(module, fact);
	const seen = new Set([foldText(key)]);
	const keyNames =
		fact.kind === 'entity-set'
			? fact.value.map((id) => module.entities.find((entity) => entity.id === id)?.name ?? id)
			: [key];
	const tiers = rawDistractors(module, fact).map((tier) =>
		tier.filter((candidate) => {
			const folded = foldText(candidate);
			if (seen.has(folded)) return false;
			if (keyNames.some((name) => isAcronymOf(candidate, name) || isAcronymOf(name, candidate)))
				return false;
			// An entity outside the set earns nothing as an option; the set scorer would
			// give it negative credit, which says the same.
			const credit =
				fact.kind === 'entity-set' ? 0 : scoreFactAnswer(module, fact, candidate).credit;
			if (credit > 0) return false;
			seen.add(folded);
			// An option and its acronym are one answer twice.
			keyNames.push(candidate);
			return true;
		})
	);
	byFact.set(fact.id, tiers);
	return tiers;
}

export function distractorsOf(module: QuizModule, fact: Fact): readonly string[] {
	return distractorTiers(module, fact).flat();
}

/** `count` distractors, drawn from the most plausible tier first (fewer when the article offers fewer). */
export function pickDistractors(
	module: QuizModule,
	fact: Fact,
	random: Random,
	count: number
): string[] {
	const picked: string[] = [];
	// Tiers past the one that completes the set are never shuffled: nothing from them is used.
	for (const tier of distractorTiers(module, fact)) {
		if (picked.length >= count) break;
		for (const candidate of random.shuffle(tier)) {
			if (picked.length >= count) break;
			picked.push(candidate);
		}
	}
	return picked;
}
