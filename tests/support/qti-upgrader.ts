import SaxonJS from 'saxon-js';

/**
 * 1EdTech's QTI 2.x → 3.0 upgrader (the XSLT `qti2xTo30`), as `@citolab/qti-convert` ships
 * it compiled for SaxonJS: the way a QTI 2.1 item reaches the QTI 3 player.
 */
export async function upgradeQti21Item(xml: string): Promise<string> {
	Object.assign(globalThis, { SaxonJS });
	const { convertQti2toQti3 } = await import('@citolab/qti-convert/qti-convert-node');
	return convertQti2toQti3(xml);
}
