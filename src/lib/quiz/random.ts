/**
 * Seeded randomness for generation. Quizzes must be the same in every process for the same
 * seed, so the domain never calls Math.random.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, below). */
	int(below: number): number;
	pick<T>(items: readonly T[]): T;
	shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit hash of a string (FNV-1a followed by a murmur3 finaliser for better avalanche). */
export function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough to shuffle options. A class rather than closures: a
 * quiz makes one per part, and methods on the prototype cost nothing to create.
 */
class Mulberry32 implements Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	int(below: number): number {
		return Math.floor(this.next() * below);
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new RangeError('cannot pick from an empty list');
		return items[this.int(items.length)] as T;
	}

	shuffle<T>(items: readonly T[]): T[] {
		const copy = items.slice();
		for (let index = copy.length - 1; index > 0; index--) {
			const other = this.int(index + 1);
			const item = copy[index] as T;
			copy[index] = copy[other] as T;
			copy[other] = item;
		}
		return copy;
	}
}

export function createRandom(seed: number | string): Random {
	return new Mulberry32(
		typeof seed === 'number' && Number.isInteger(seed) ? seed : hashText(String(seed))
	);
}

/** A generator for one part of a quiz that depends only on the quiz seed and that part's name. */
export function deriveRandom(seed: number | string, part: string): Random {
	return createRandom(hashText(`${seed}\u0000${part}`));
}
