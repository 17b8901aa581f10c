/**
 * A learner without a browser: plain HTTP with a cookie jar, submitting forms as a browser
 * with JavaScript off does (urlencoded, Origin header, Accept: text/html).
 */
export class Learner {
	private cookies = new Map<string, string>();

	/** `headers` go with every request, e.g. the address a proxy would pass on. */
	constructor(
		private readonly base: string,
		private readonly headers: Record<string, string> = {}
	) {}

	private remember(response: Response) {
		for (const header of response.headers.getSetCookie()) {
			const [pair = ''] = header.split(';');
			const at = pair.indexOf('=');
			this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
	}

	get cookie(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	async get(path: string): Promise<Response> {
		const response = await fetch(this.base + path, {
			headers: { ...this.headers, cookie: this.cookie, accept: 'text/html' },
			redirect: 'manual'
		});
		this.remember(response);
		return response;
	}

	async post(
		path: string,
		/** Pairs when a name repeats (checkboxes). */
		fields: Record<string, string> | string[][],
		origin: string = this.base
	): Promise<Response> {
		const response = await fetch(this.base + path, {
			method: 'POST',
			headers: {
				...this.headers,
				cookie: this.cookie,
				accept: 'text/html',
				origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams(fields).toString(),
			redirect: 'manual'
		});
		this.remember(response);
		return response;
	}

	/** The same learner (cookies) talking to another server, e.g. after a restart. */
	at(base: string): Learner {
		const moved = new Learner(base, this.headers);
		moved.cookies = new Map(this.cookies);
		return moved;
	}

	/** Numbers of the attempt's questions answered by typing (numeric, cloze, short answer). */
	async typedQuestions(attemptId: string, total = 20): Promise<number[]> {
		const typed: number[] = [];
		for (let n = 1; n <= total; n++) {
			const response = await this.get(`/quiz/${attemptId}/${n}`);
			if (response.status === 404) break; // past the quiz's last question
			if (/name="answer" type="text"/.test(await response.text())) typed.push(n);
		}
		return typed;
	}

	async firstTypedQuestion(attemptId: string): Promise<number> {
		const [first] = await this.typedQuestions(attemptId);
		if (first === undefined) throw new Error('the quiz has no typed question');
		return first;
	}

	/** Starts a quiz and returns the attempt id from the redirect. */
	async startQuiz(count = 5): Promise<string> {
		await this.get('/');
		const response = await this.post('/modules/kursk?/start', { count: String(count) });
		const location = response.headers.get('location') ?? '';
		const match = /\/quiz\/(a_[^/]+)\/1$/.exec(location);
		if (response.status !== 303 || !match?.[1]) {
			throw new Error(`starting a quiz answered ${response.status} ${location}`);
		}
		return match[1];
	}
}
