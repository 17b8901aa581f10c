/** A piece of article text, marked when it is one of the evidence sentences. */
export interface Segment {
	text: string;
	/** Index into the evidence list when this piece is an evidence sentence. */
	evidence?: number;
}

/**
 * Splits `text` around every occurrence of the given evidence sentences (which never
 * overlap: each is a whole sentence), so the reader can highlight and link to them.
 */
export function highlightSegments(text: string, evidence: readonly string[]): Segment[] {
	const hits: { start: number; end: number; evidence: number }[] = [];
	evidence.forEach((sentence, index) => {
		if (!sentence) return;
		const start = text.indexOf(sentence);
		if (start >= 0 && !hits.some((hit) => start < hit.end && start + sentence.length > hit.start)) {
			hits.push({ start, end: start + sentence.length, evidence: index });
		}
	});
	hits.sort((a, b) => a.start - b.start);
	const segments: Segment[] = [];
	let at = 0;
	for (const hit of hits) {
		if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
		segments.push({ text: text.slice(hit.start, hit.end), evidence: hit.evidence });
		at = hit.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}
