import { foldText } from '../language/normalize';

/** Longest id suggested, in characters: ids are typed in tests and exports. */
const MAX_SLUG = 48;

const slugs = new Map<string, string>();
const SLUG_CACHE_LIMIT = 10_000;

/** A kebab-case id from any text: "Korea Północna" → "korea-polnocna". */
export function slugOf(text: string, fallback = 'fact'): string {
	let slug = slugs.get(text);
	if (slug === undefined) {
		slug = computeSlug(text);
		if (slugs.size >= SLUG_CACHE_LIMIT) slugs.clear();
		slugs.set(text, slug);
	}
	return slug || fallback;
}

function computeSlug(text: string): string {
	// Letters of other scripts survive folding but not kebab-case ids.
	const words = foldText(text)
		.split(' ')
		.map((word) => word.replace(/[^a-z0-9]/g, ''))
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > MAX_SLUG) break;
		slug = next;
	}
	return slug;
}

/**
 * Hands out ids: `base`, then `base-2`, `base-3`… Remembers the last suffix of each base,
 * so a thousand candidates with one base cost a thousand steps, not half a million.
 */
export class IdAllocator {
	private readonly taken = new Set<string>();
	private readonly nextSuffix = new Map<string, number>();

	allocate(base: string): string {
		let suffix = this.nextSuffix.get(base) ?? 1;
		let id = suffix === 1 ? base : `${base}-${suffix}`;
		while (this.taken.has(id)) id = `${base}-${++suffix}`;
		this.nextSuffix.set(base, suffix + 1);
		this.taken.add(id);
		return id;
	}
}
