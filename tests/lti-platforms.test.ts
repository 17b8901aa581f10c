import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlatformsFile } from '$lib/server/lti/platforms';
import { scoresUrlOf } from '$lib/server/lti/scores';

const folder = mkdtempSync(join(tmpdir(), 'factquiz-lti-platforms-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fileWith(content: unknown): string {
	const path = join(folder, `${Math.random().toString(36).slice(2)}.json`);
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}

const moodle = {
	name: 'Moodle',
	issuer: 'https://moodle.school.pl',
	clientId: 'abc',
	deploymentIds: ['1'],
	authLoginUrl: 'https://moodle.school.pl/mod/lti/auth.php',
	authTokenUrl: 'https://moodle.school.pl/mod/lti/token.php',
	keysetUrl: 'https://moodle.school.pl/mod/lti/certs.php'
};

describe('FACTQUIZ_LTI_PLATFORMS', () => {
	it('reads a valid file', () => {
		expect(readPlatformsFile(fileWith([moodle]))).toEqual([{ id: 'file:0', ...moodle }]);
	});

	it('names the entry and field of each problem', () => {
		const path = fileWith([
			moodle,
			{ ...moodle, clientId: 'x', keysetUrl: 'ftp://x', deploymentIds: [] }
		]);
		expect(() => readPlatformsFile(path)).toThrow(
			`${path}[1].deploymentIds: needs at least one deployment id; ${path}[1].keysetUrl: must be an http(s) URL`
		);
		const missing = fileWith([{ ...moodle, issuer: undefined }]);
		expect(() => readPlatformsFile(missing)).toThrow(`${missing}[0].issuer`);
		const extra = fileWith([{ ...moodle, clientID: 'typo' }]);
		expect(() => readPlatformsFile(extra)).toThrow(/\[0\]: Unrecognized key: "clientID"/);
	});

	it('refuses a file that is no JSON, and the same platform twice', () => {
		expect(() => readPlatformsFile(fileWith('[{'))).toThrow(/not JSON/);
		expect(() => readPlatformsFile(fileWith([moodle, moodle]))).toThrow(
			/\[1\]: issuer .* listed twice/
		);
	});
});

describe('the scores endpoint of a line item', () => {
	it('puts /scores after the path and keeps the query', () => {
		expect(scoresUrlOf('https://lms.example/api/lti/courses/1/line_items/2?type=x')).toBe(
			'https://lms.example/api/lti/courses/1/line_items/2/scores?type=x'
		);
		expect(scoresUrlOf('https://lms.example/lineitems/7/')).toBe(
			'https://lms.example/lineitems/7/scores'
		);
	});
});
