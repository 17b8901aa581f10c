/**
 * HTTP load on the running app with autocannon: a fixed number of connections for a fixed time,
 * and the figures the app bench prints.
 */
import autocannon from 'autocannon';

export const CONNECTIONS = 50;

export interface Load {
	/** Responses per second, 2xx only. */
	perSecond: number;
	/** 99th percentile latency in milliseconds. */
	p99: number;
	/** 2xx responses. */
	ok: number;
	/** Requests sent, answered or not: those still in flight when the time is up are not. */
	sent: number;
}

export interface LoadOptions {
	url: string;
	seconds: number;
	headers?: Record<string, string>;
	/** Each request in turn; when absent every request is GET url with the headers. */
	next?: () => {
		method: 'GET' | 'POST';
		path: string;
		headers: Record<string, string>;
		body?: string;
	};
}

/** Runs one load and refuses results with failures: a rate of 4xx or 5xx measures nothing. */
export async function runLoad(options: LoadOptions): Promise<Load> {
	const { next } = options;
	const result = await autocannon({
		url: options.url,
		connections: CONNECTIONS,
		duration: options.seconds,
		headers: options.headers,
		...(next ? { requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] } : {})
	});
	const failed = result.non2xx + result.errors;
	if (failed > 0) {
		const codes = Object.entries(result.statusCodeStats ?? {})
			.map(([code, { count }]) => `${code}×${count ?? 0}`)
			.join(', ');
		throw new Error(
			`${options.url}: ${failed} of ${result.requests.total} requests failed ` +
				`(${codes}; ${result.errors} connection errors, ${result.timeouts} timeouts)`
		);
	}
	return {
		perSecond: result['2xx'] / result.duration,
		p99: result.latency.p99,
		ok: result['2xx'],
		sent: result.requests.sent
	};
}

export function median(values: number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
