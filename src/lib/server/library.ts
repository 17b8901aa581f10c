import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { formatContentError, parseModule, type QuizModule } from '../quiz/module';
import { DEFAULT_CONTENT_DIR, loadLibrary, type ContentLibrary } from './content';
import { findModuleVersion, findPublishedModule, listPublishedVersions } from './db/authoring';
import { getDatabase } from './db';

let files: ContentLibrary | null = null;

/** Published modules as parsed, with the version they were parsed from. */
const published = new Map<
	string,
	{ updatedAt: string; versionId: string | null; module: QuizModule }
>();
let lastRefresh = 0;
let refreshing: Promise<void> | null = null;
/** Another instance's publish shows here within this time. */
const REFRESH_INTERVAL_MS = 1000;

/**
 * The modules the app serves: the files under `CONTENT_DIR` (default `questions/`; read once in
 * production, on each request in development so authors see their edits) and the modules
 * teachers published in the app. A published module never shadows a file module of the same id.
 */
export function getLibrary(): ContentLibrary {
	if (dev || !files) {
		const library = loadLibrary(env.CONTENT_DIR || DEFAULT_CONTENT_DIR);
		if (!files) reportRefused(library);
		files = library;
	}
	if (published.size === 0) return files;
	const ids = new Set(files.modules.map((module) => module.id));
	return {
		modules: [
			...files.modules,
			...[...published.values()].map(({ module }) => module).filter((module) => !ids.has(module.id))
		],
		refused: files.refused
	};
}

/** Whether a module id is taken by a module file (published modules may not take it). */
export function findModule(moduleId: string): QuizModule | undefined {
	return getLibrary().modules.find((module) => module.id === moduleId);
}

export function isFileModule(id: string): boolean {
	getLibrary();
	return files?.modules.some((module) => module.id === id) ?? false;
}

/**
 * Reads the modules again, now: a regrade must score against the facts as just fixed. A module
 * that became invalid is reported and refused, as at start.
 */
export function reloadLibrary(): ContentLibrary {
	files = loadLibrary(env.CONTENT_DIR || DEFAULT_CONTENT_DIR);
	reportRefused(files);
	return getLibrary();
}

/**
 * Brings published modules up to date with the database, at most once a second per process:
 * one small query of ids and versions, and a fetch only of what changed.
 */
export function refreshPublishedModules(force = false): Promise<void> {
	if (!force && Date.now() - lastRefresh < REFRESH_INTERVAL_MS) return Promise.resolve();
	refreshing ??= (async () => {
		try {
			const { db } = await getDatabase();
			const versions = await listPublishedVersions(db);
			const current = new Set(versions.map((version) => version.id));
			for (const id of published.keys()) if (!current.has(id)) published.delete(id);
			for (const version of versions) {
				if (published.get(version.id)?.updatedAt === version.updatedAt) continue;
				const stored = await findPublishedModule(db, version.id);
				if (!stored) continue;
				const result = parseModule({
					id: stored.id,
					articlePath: `published:${stored.id}/article.md`,
					factsPath: `published:${stored.id}/facts.yaml`,
					articleText: stored.articleText,
					factsText: stored.factsText
				});
				// Publishing validates first, so this only fails if the parser became stricter.
				if (result.ok)
					published.set(stored.id, {
						updatedAt: stored.updatedAt,
						versionId: stored.versionId,
						module: result.module
					});
				else
					console.warn(
						`factquiz: published module "${stored.id}" refused: ${result.errors.map(formatContentError).join('; ')}`
					);
			}
			lastRefresh = Date.now();
		} finally {
			refreshing = null;
		}
	})();
	return refreshing;
}

/**
 * A module the app serves now, with the published version it is (null for a module file): what
 * a new assignment is made from, taken together so that the two always agree.
 */
export function findServedModule(
	id: string
): { module: QuizModule; versionId: string | null } | undefined {
	const module = getLibrary().modules.find((candidate) => candidate.id === id);
	if (!module) return undefined;
	const entry = published.get(id);
	return { module, versionId: entry?.module === module ? entry.versionId : null };
}

/** Versions never change: each is read and parsed once per process. Bounded, oldest out first. */
const versions = new Map<string, QuizModule>();
const VERSIONS_KEPT = 200;

/**
 * One version of a published module, published now or not (undefined when there is no such
 * version, or it no longer parses).
 */
export async function loadModuleVersion(versionId: string): Promise<QuizModule | undefined> {
	const kept = versions.get(versionId);
	if (kept) return kept;
	for (const entry of published.values()) if (entry.versionId === versionId) return entry.module;
	const { db } = await getDatabase();
	const stored = await findModuleVersion(db, versionId);
	if (!stored) return undefined;
	const result = parseModule({
		id: stored.moduleId,
		articlePath: `published:${stored.moduleId}@${stored.id}/article.md`,
		factsPath: `published:${stored.moduleId}@${stored.id}/facts.yaml`,
		articleText: stored.articleText,
		factsText: stored.factsText
	});
	if (!result.ok) {
		console.warn(
			`factquiz: version ${stored.id} of module "${stored.moduleId}" refused: ${result.errors.map(formatContentError).join('; ')}`
		);
		return undefined;
	}
	if (versions.size >= VERSIONS_KEPT) {
		const oldest = versions.keys().next().value;
		if (oldest !== undefined) versions.delete(oldest);
	}
	versions.set(versionId, result.module);
	return result.module;
}

function reportRefused(library: ContentLibrary) {
	for (const refused of library.refused) {
		console.warn(
			`factquiz: module "${refused.id}" refused:\n` +
				refused.errors.map((error) => `  ${formatContentError(error)}`).join('\n')
		);
	}
}
