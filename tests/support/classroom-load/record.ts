export type Operation = 'join' | 'start' | 'view' | 'save' | 'submit';
export const OPERATIONS: readonly Operation[] = ['join', 'start', 'view', 'save', 'submit'];

/** A save the app was sent; `sequence` counts the saves of that question by that student. */
export interface SentSave {
	student: number;
	attemptId: string;
	/** The question's number in the attempt, 1-based; its id is in the stored attempt. */
	question: number;
	sequence: number;
	answer: string;
}

export interface LoadRecord {
	/** The learner id of each student whose join was acknowledged (303 to /class). */
	joins: Map<number, string>;
	/** Attempts whose start was acknowledged (303 to the attempt). */
	starts: Map<number, string>;
	sent: SentSave[];
	/** Saves acknowledged: HTTP 200 with `{"type":"success"}`. */
	saves: SentSave[];
	/** Attempts whose submit was acknowledged (303 to the results). */
	submits: Set<string>;
	timings: Map<Operation, { started: number; took: number }[]>;
	failures: { operation: Operation; student: number; reason: string }[];
}

export interface OperationStats {
	count: number;
	failed: number;
	/** Acknowledged operations per second of the time from the first start to the last end. */
	perSecond: number;
	p50: number;
	p99: number;
	max: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

export function statsOf(record: LoadRecord, operation: Operation): OperationStats {
	const timings = record.timings.get(operation) ?? [];
	const took = timings.map((timing) => timing.took).sort((a, b) => a - b);
	const first = Math.min(...timings.map((timing) => timing.started));
	const last = Math.max(...timings.map((timing) => timing.started + timing.took));
	const seconds = timings.length > 0 ? (last - first) / 1000 : 0;
	return {
		count: timings.length,
		failed: record.failures.filter((failure) => failure.operation === operation).length,
		perSecond: seconds > 0 ? timings.length / seconds : 0,
		p50: percentile(took, 0.5),
		p99: percentile(took, 0.99),
		max: took[took.length - 1] ?? 0
	};
}
