import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldWithControlCharacter, hasControlCharacter } from './form-text';

function urlencodedRequest(body: string): Request {
	return new Request('http://localhost/form', {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body
	});
}

function formOf(fields: Record<string, string>): string {
	return new URLSearchParams(fields).toString();
}

const CONTROL_CODES = [
	...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![9, 10, 13].includes(code)),
	...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset)
];

describe('fieldWithControlCharacter on url-encoded forms', () => {
	it('names the field of every control character, percent-encoded as a browser sends it', async () => {
		for (const code of CONTROL_CODES) {
			const body = formOf({ name: 'Ala', answer: `12${String.fromCharCode(code)}3` });
			expect(await fieldWithControlCharacter(urlencodedRequest(body)), `U+${code}`).toBe('answer');
		}
	});

	it('finds a control character sent raw, and in lower-case hex', async () => {
		expect(await fieldWithControlCharacter(urlencodedRequest('answer=a\u0000b'))).toBe('answer');
		expect(await fieldWithControlCharacter(urlencodedRequest('answer=a%1bb'))).toBe('answer');
		expect(await fieldWithControlCharacter(urlencodedRequest('answer=a%c2%85b'))).toBe('answer');
	});

	it('passes tabs, line breaks, Polish letters and lookalike escapes', async () => {
		const body = formOf({
			answer: 'cztery\ttysiące\r\nżołnierzy',
			note: 'À la %0 100% 7F %C2 ąęść'
		});
		expect(await fieldWithControlCharacter(urlencodedRequest(body))).toBeNull();
		expect(
			await fieldWithControlCharacter(urlencodedRequest('a=%C3%80%c4%85%25%30%30'))
		).toBeNull();
	});

	it('agrees with parsing every field, for any text', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 12 })),
				async (fields) => {
					const parsed = [...new URLSearchParams(formOf(fields))];
					const expected = parsed.some(
						([name, value]) => hasControlCharacter(name) || hasControlCharacter(value)
					);
					const found = await fieldWithControlCharacter(urlencodedRequest(formOf(fields)));
					expect(found !== null).toBe(expected);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('leaves the request readable for the route', async () => {
		const request = urlencodedRequest(formOf({ answer: '11 tys.' }));
		await fieldWithControlCharacter(request);
		expect(await request.text()).toBe('answer=11+tys.');
	});
});
