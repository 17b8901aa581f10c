import QRCode from 'qrcode';

/**
 * A QR code of one of the app's own URLs (the join link, a student's resume link), drawn here as
 * SVG (the page needs no script and no outside service for it) and kept: the live refresh asks
 * for the same drawing every few seconds.
 */
const qrDrawings = new Map<string, string>();

export async function qrSvgOf(url: string): Promise<string> {
	let svg = qrDrawings.get(url);
	if (svg === undefined) {
		svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		if (qrDrawings.size >= 500) qrDrawings.clear();
		qrDrawings.set(url, svg);
	}
	return svg;
}
