import http from 'node:http';

export interface Reply {
	status: number;
	location: string;
	body: string;
}

/** Form fields; a key given several times (types=numeric&types=cloze) is a list of pairs. */
export type Fields = Record<string, string> | [string, string][];

/**
 * The app processes the load goes to, each request to the next in turn (round-robin), as a
 * load balancer without sticky sessions would: the app must keep all state in the database.
 */
export class AppTargets {
	private next = 0;

	constructor(private urls: readonly string[]) {
		if (urls.length === 0) throw new Error('no app to send the load to');
	}

	pick(): string {
		const url = this.urls[this.next++ % this.urls.length];
		if (url === undefined) throw new Error('no app to send the load to');
		return url;
	}

	/** Sends the following requests to these apps instead (after a restart, on new ports). */
	use(urls: readonly string[]): void {
		if (urls.length === 0) throw new Error('no app to send the load to');
		this.urls = urls;
		this.next = 0;
	}
}

/** The connections of one run, and how many requests are in flight on them. */
export class Transport {
	readonly agent = new http.Agent({ keepAlive: true });
	inFlight = 0;
	/** Requests sent again after a reused connection was found closed (see send). */
	retries = 0;

	constructor(readonly timeoutMs: number) {}

	async send(
		base: string,
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply & { setCookie: string[] }> {
		this.inFlight++;
		try {
			try {
				return await this.once(base, method, path, headers, body);
			} catch (error) {
				// The keep-alive race Node's documentation describes (request.reusedSocket): the server
				// closed an idle connection as this request went out on it, unread. Sent again once on a
				// new connection; a server that is gone refuses that one too.
				if (!(error instanceof ReusedConnectionReset)) throw error;
				this.retries++;
				return await this.once(base, method, path, headers, body);
			}
		} finally {
			this.inFlight--;
		}
	}

	private once(
		base: string,
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply & { setCookie: string[] }> {
		return new Promise((resolve, reject) => {
			const request = http.request(
				base + path,
				{
					method,
					agent: this.agent,
					timeout: this.timeoutMs,
					headers:
						body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) }
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('error', reject);
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							location: String(response.headers.location ?? ''),
							body: Buffer.concat(chunks).toString('utf8'),
							setCookie: response.headers['set-cookie'] ?? []
						})
					);
				}
			);
			request.on('timeout', () =>
				request.destroy(new Error(`no answer within ${this.timeoutMs} ms`))
			);
			request.on('error', (error: NodeJS.ErrnoException) =>
				reject(
					request.reusedSocket && error.code === 'ECONNRESET'
						? new ReusedConnectionReset(error.message)
						: error
				)
			);
			request.end(body);
		});
	}

	close(): void {
		this.agent.destroy();
	}
}

class ReusedConnectionReset extends Error {}

/**
 * One browser with JavaScript: a cookie jar, forms posted urlencoded with the Origin of the app it
 * posts to (SvelteKit refuses a POST from another origin).
 */
export class Visitor {
	private readonly cookies = new Map<string, string>();

	constructor(
		protected readonly transport: Transport,
		protected readonly targets: AppTargets
	) {}

	cookie(name: string): string | undefined {
		return this.cookies.get(name);
	}

	private async send(
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply> {
		const base = this.targets.pick();
		const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
		const reply = await this.transport.send(
			base,
			method,
			path,
			{ ...headers, ...(cookie ? { cookie } : {}), ...(method === 'POST' ? { origin: base } : {}) },
			body
		);
		for (const header of reply.setCookie) {
			const [pair = ''] = header.split(';');
			const at = pair.indexOf('=');
			this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
		return { status: reply.status, location: reply.location, body: reply.body };
	}

	get(path: string): Promise<Reply> {
		return this.send('GET', path, { accept: 'text/html' });
	}

	/** A form posted as the browser posts it without JavaScript: the answer is a page or a 303. */
	post(path: string, fields: Fields): Promise<Reply> {
		return this.send(
			'POST',
			path,
			{ accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			new URLSearchParams(fields).toString()
		);
	}

	/**
	 * A form posted as `use:enhance` and the quiz page's autosave post it: the answer is JSON,
	 * `{"type":"success",…}` only when the action ran to its end.
	 */
	/** As the question page's autosave posts to its endpoint: urlencoded fields, JSON back. */
	postAnswer(path: string, fields: Fields): Promise<Reply> {
		return this.send(
			'POST',
			path,
			{ accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
			new URLSearchParams(fields).toString()
		);
	}
}
