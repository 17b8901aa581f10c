import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseModule, type ContentError, type ModuleResult, type QuizModule } from '../quiz/module';

/** Where modules live unless told otherwise: `questions/` under the working directory. */
export const DEFAULT_CONTENT_DIR = 'questions';

export interface RefusedModule {
	id: string;
	errors: ContentError[];
}

export interface ContentLibrary {
	modules: QuizModule[];
	refused: RefusedModule[];
}

const MODULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function displayPath(path: string): string {
	const shown = relative(process.cwd(), path);
	return shown.startsWith('..') ? path : shown;
}

/** The module directories under `dir`: every folder holding an article.md or a facts.yaml. */
export function listModuleIds(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => {
			const path = join(dir, name);
			return (
				statSync(path).isDirectory() &&
				(existsSync(join(path, 'article.md')) || existsSync(join(path, 'facts.yaml')))
			);
		})
		.sort();
}

export function loadModule(dir: string, id: string): ModuleResult {
	const articlePath = join(dir, id, 'article.md');
	const factsPath = join(dir, id, 'facts.yaml');
	const errors: ContentError[] = [];
	if (!MODULE_ID.test(id)) {
		errors.push({
			file: displayPath(join(dir, id)),
			line: 1,
			field: '',
			message: 'a module folder name must be kebab-case (it is the module id)'
		});
	}
	const read = (path: string) => {
		try {
			return readFileSync(path, 'utf8');
		} catch {
			errors.push({
				file: displayPath(path),
				line: 1,
				field: '',
				message: 'missing: cannot read this file'
			});
			return null;
		}
	};
	const articleText = read(articlePath);
	const factsText = read(factsPath);
	if (articleText === null || factsText === null || errors.length > 0)
		return { ok: false, id, errors };
	return parseModule({
		id,
		articlePath: displayPath(articlePath),
		factsPath: displayPath(factsPath),
		articleText,
		factsText
	});
}

/** Every module under `dir`; invalid ones are refused with their errors, the rest still load. */
export function loadLibrary(dir: string = DEFAULT_CONTENT_DIR): ContentLibrary {
	const library: ContentLibrary = { modules: [], refused: [] };
	for (const id of listModuleIds(dir)) {
		const result = loadModule(dir, id);
		if (result.ok) library.modules.push(result.module);
		else library.refused.push({ id, errors: result.errors });
	}
	return library;
}
