import type { NumberFact } from '../content';
import type { QuizModule } from '../module';

/**
 * Number facts that count the same thing (the same unit) and differ in value: what ordering
 * and matching questions are made of (captured < killed < losses < troops-sent).
 */
export function comparableNumberGroups(module: QuizModule, size: number): string[][] {
	const byUnit = new Map<string, NumberFact[]>();
	for (const fact of module.facts) {
		if (fact.kind !== 'number') continue;
		const group = byUnit.get(fact.unit) ?? [];
		if (!group.some((other) => other.value === fact.value)) group.push(fact);
		byUnit.set(fact.unit, group);
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
