import type { NumberFact } from '../content';
import { foldText } from '../language/normalize';
import { stem } from '../language/stem';
import type { QuizModule } from '../module';
import { factQuality } from './quality';
import { mentionsFact } from './reveal';

/**
 * Number facts whose figures can stand side by side in one question: what ordering and
 * matching questions are made of (captured < killed < losses < troops-sent). Each row says
 * what its figure counts, so a fact takes part only with a label of its own; a label that
 * another figure of the article also has (two figures of one sentence), or that shows a
 * figure of the module, leaves it out.
 *
 * Matching compares figures within their kind: sums of money in one currency, lengths and
 * times in one unit, and counts of things ("people killed", "buildings that had collapsed",
 * "rescue workers sent to the region"), whose labels say what each counts. Ordering asks which
 * is more, which means something only of one thing counted (`comparison: 'noun'`: soldiers
 * sent, killed, captured), so counts of different nouns are not ordered.
 */
export function comparableNumberGroups(
	module: QuizModule,
	size: number,
	comparison: 'kind' | 'noun' = 'kind'
): string[][] {
	const byKind = new Map<string, NumberFact[]>();
	const valuesByLabel = new Map<string, Set<number>>();
	for (const fact of module.facts) {
		if (fact.kind !== 'number' || !fact.label) continue;
		const key = foldText(fact.label);
		const values = valuesByLabel.get(key) ?? new Set();
		values.add(fact.value);
		valuesByLabel.set(key, values);
	}
	const figures = module.facts.filter(
		(fact) => fact.kind === 'number' || fact.kind === 'proportion'
	);
	for (const fact of module.facts) {
		if (fact.kind !== 'number' || !fact.label) continue;
		const quality = factQuality(module, fact);
		if (!quality.askable || !quality.label) continue;
		if ((valuesByLabel.get(foldText(fact.label))?.size ?? 0) > 1) continue;
		const label = fact.label;
		if (
			figures.some(
				(other) =>
					other !== fact &&
					!(other.kind === 'number' && other.value === fact.value) &&
					mentionsFact(module, label, other)
			)
		)
			continue;
		const kind = comparison === 'noun' ? nounKindOf(fact.unit, module) : kindOf(fact.unit);
		const group = byKind.get(kind) ?? [];
		// One figure stated twice (title and lead) is one row.
		if (!group.some((other) => other.value === fact.value)) group.push(fact);
		byKind.set(kind, group);
	}
	const items: string[][] = [];
	for (const group of byKind.values()) {
		if (group.length < 3) continue;
		for (const subset of subsetsOf(group, Math.min(size, group.length))) {
			items.push(subset.sort((a, b) => a.value - b.value).map((fact) => fact.id));
		}
	}
	return items;
}

const CURRENCIES: readonly [RegExp, string][] = [
	[/^(zl|zloty|zlotych|zlote|pln)$/u, 'pln'],
	[/^(€|euro|eur)$/u, 'eur'],
	[/^(£|funt\w*|pounds?|gbp)$/u, 'gbp'],
	[/^(\$|us\$|dolar\w*|dollars?|usd)$/u, 'usd']
];
/** Units of measure, by how they start: figures in them compare only with their own unit. */
const MEASURE =
	/^(km|m|cm|mm|kg|g|t|ha|mph|%|proc|procent\w*|percent|metr\w*|kilometr\w*|centymetr\w*|milimetr\w*|mil\w*|miles?|ton\w*|litr\w*|hektar\w*|hectares?|acres?|godzin\w*|godziny|hours?|minut\w*|sekund\w*|seconds?|dni|dzien|dnia|days?|dob\w*|tygodni\w*|weeks?|miesi\w*|months?|lat|lata|rok\w*|years?|stopni\w*|degrees?)$/u;

/** What a figure's unit says it measures: a currency, a unit of measure, or things counted. */
function kindOf(unit: string): string {
	const sign = /^(us\$|[£$€])/u.exec(unit.trim().toLowerCase())?.[1];
	const words = [...(sign ? [sign] : []), ...foldText(unit).split(' ')];
	for (const [pattern, currency] of CURRENCIES) {
		if (words.some((word) => pattern.test(word))) return `money:${currency}`;
	}
	const measure = words.find((word) => MEASURE.test(word));
	return measure === undefined ? 'count' : `measure:${measure.slice(0, 4)}`;
}

/** A count's kind by its noun ("żołnierzy" of every soldier figure); other kinds as `kindOf`. */
function nounKindOf(unit: string, module: QuizModule): string {
	const kind = kindOf(unit);
	if (kind !== 'count') return kind;
	const noun = foldText(unit).split(' ').pop() ?? '';
	return `count:${stem(noun, module.language)}`;
}

/** Subsets of a fixed size, capped: modules have few comparable figures. */
function subsetsOf<T>(items: readonly T[], size: number, limit = 32): T[][] {
	const result: T[][] = [];
	const walk = (start: number, chosen: T[]) => {
		if (result.length >= limit) return;
		if (chosen.length === size) {
			result.push(chosen.slice());
			return;
		}
		for (let index = start; index <= items.length - (size - chosen.length); index++) {
			chosen.push(items[index] as T);
			walk(index + 1, chosen);
			chosen.pop();
		}
	};
	walk(0, []);
	return result;
}
