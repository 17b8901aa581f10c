import QRCode from 'qrcode';

/**
 * The join QR code, drawn here as SVG (the page needs no script and no outside service for it)
 * and kept: the live refresh asks for the same drawing every few seconds.
 */
const qrDrawings = new Map<string, string>();

export async function joinQrSvg(url: string): Promise<string> {
	let svg = qrDrawings.get(url);
	if (svg === undefined) {
		svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		if (qrDrawings.size >= 500) qrDrawings.clear();
		qrDrawings.set(url, svg);
	}
	return svg;
}
