import type { NumberFact } from '../content';
import { foldText } from '../language/normalize';
import type { QuizModule } from '../module';
import { factQuality } from './quality';
import { mentionsFact } from './reveal';

/**
 * Number facts that count the same thing (the same unit) and differ in value: what ordering
 * and matching questions are made of (captured < killed < losses < troops-sent). Each row
 * says what its figure counts, so a fact takes part only with a label of its own: none, or
 * the same as another's (two figures of one sentence), leaves it out, and so does a label
 * that shows another figure of the group.
 */
export function comparableNumberGroups(module: QuizModule, size: number): string[][] {
	const byUnit = new Map<string, NumberFact[]>();
	const labelCount = new Map<string, number>();
	for (const fact of module.facts) {
		if (fact.kind === 'number' && fact.label) {
			const key = foldText(fact.label);
			labelCount.set(key, (labelCount.get(key) ?? 0) + 1);
		}
	}
	for (const fact of module.facts) {
		if (fact.kind !== 'number' || !fact.label) continue;
		const quality = factQuality(module, fact);
		if (!quality.askable || !quality.label) continue;
		if ((labelCount.get(foldText(fact.label)) ?? 0) > 1) continue;
		const group = byUnit.get(fact.unit) ?? [];
		if (!group.some((other) => other.value === fact.value)) group.push(fact);
		byUnit.set(fact.unit, group);
	}
	for (const [unit, group] of byUnit) {
		byUnit.set(
			unit,
			group.filter(
				(fact) =>
					!group.some((other) => other !== fact && mentionsFact(module, fact.label ?? '', other))
			)
		);
	}
	const items: string[][] = [];
	for (const group of byUnit.values()) {
		if (group.length < 3) continue;
		for (const subset of subsetsOf(group, Math.min(size, group.length))) {
			items.push(subset.sort((a, b) => a.value - b.value).map((fact) => fact.id));
		}
	}
	return items;
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
