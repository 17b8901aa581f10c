import { foldText } from '../language/normalize';
import type { Candidate, ExtractedDate, Extraction } from './types';

/**
 * How many of the facts a reader expects in an article the extraction found: the figure
 * the tests assert and the note reports. Each expected fact lists only what it is sure of;
 * a field it leaves out is not compared.
 */
export type ExpectedCandidate =
	| {
			kind: 'number' | 'proportion';
			value: number;
			noun?: string;
			approximate?: boolean;
	  }
	| { kind: 'date'; value: ExtractedDate }
	| { kind: 'entity'; name: string; type?: string }
	| { kind: 'statement'; subjects: readonly string[]; verb?: string };

export interface Recall {
	expected: number;
	found: number;
	recall: number;
	missed: ExpectedCandidate[];
}

const same = (a: string, b: string) => foldText(a) === foldText(b);

function matchesDate(expected: ExtractedDate, found: ExtractedDate): boolean {
	return (Object.keys(expected) as (keyof ExtractedDate)[]).every(
		(key) => expected[key] === found[key]
	);
}

export function matchesExpected(
	expected: ExpectedCandidate,
	candidate: Candidate,
	extraction: Extraction
): boolean {
	switch (expected.kind) {
		case 'number':
		case 'proportion':
			return (
				candidate.kind === expected.kind &&
				Math.abs(candidate.value - expected.value) <= Math.abs(expected.value) * 1e-9 &&
				(expected.approximate === undefined || candidate.approximate === expected.approximate) &&
				(expected.noun === undefined ||
					(candidate.noun !== undefined && same(candidate.noun, expected.noun)))
			);
		case 'date':
			return candidate.kind === 'date' && matchesDate(expected.value, candidate.value);
		case 'entity': {
			if (candidate.kind !== 'entity') return false;
			const entity = extraction.entities.find((found) => found.id === candidate.value);
			return (
				entity !== undefined &&
				same(entity.name, expected.name) &&
				(expected.type === undefined || entity.type === expected.type)
			);
		}
		case 'statement': {
			if (candidate.kind !== 'statement') return false;
			const wanted = expected.subjects.map(foldText).sort();
			const found = candidate.subjects.map(foldText).sort();
			return (
				wanted.length === found.length &&
				wanted.every((name, index) => name === found[index]) &&
				(expected.verb === undefined || same(candidate.verb, expected.verb))
			);
		}
	}
}

export function measureRecall(
	extraction: Extraction,
	expected: readonly ExpectedCandidate[]
): Recall {
	const missed = expected.filter(
		(fact) =>
			!extraction.candidates.some((candidate) => matchesExpected(fact, candidate, extraction))
	);
	const found = expected.length - missed.length;
	return {
		expected: expected.length,
		found,
		recall: expected.length ? found / expected.length : 1,
		missed
	};
}
