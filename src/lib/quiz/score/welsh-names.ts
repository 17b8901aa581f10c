import type { EntityType } from '../content';
import { words } from '../language/normalize';

/**
 * The Welsh names of Welsh bodies, rivers and towns, which Welsh-medium pupils may type for the
 * English names of an article: "Cyngor Sir Powys" is Powys County Council, "Afon Gwy" the River
 * Wye. Bodies follow the patterns their bilingual names follow; rivers and towns are a short
 * list of well-known pairs (general knowledge, as on the road signs), which must never hold a
 * Welsh name that is another place's English one.
 */

/** English pattern → Welsh pattern of a body's name, as written; `$1` is the territory. */
const BODIES: readonly (readonly [RegExp, string])[] = [
	[/^(.+?)\s+county\s+borough\s+council$/iu, 'Cyngor Bwrdeistref Sirol $1'],
	[/^(.+?)\s+county\s+council$/iu, 'Cyngor Sir $1'],
	[/^(.+?)\s+police$/iu, 'Heddlu $1'],
	[/^welsh\s+government$/iu, 'Llywodraeth Cymru'],
	[/^welsh\s+parliament$/iu, 'Senedd Cymru']
];

/** Rivers: English name, Welsh name. */
const RIVERS: readonly (readonly [string, string])[] = [
	['wye', 'Gwy'],
	['severn', 'Hafren'],
	['usk', 'Wysg'],
	['dee', 'Dyfrdwy'],
	['taff', 'Taf'],
	['towy', 'Tywi'],
	['conwy', 'Conwy'],
	['teifi', 'Teifi'],
	['clwyd', 'Clwyd'],
	['ely', 'Elái']
];

/** Towns whose Welsh name is not their English one. */
const TOWNS: readonly (readonly [string, string])[] = [
	['cardiff', 'Caerdydd'],
	['swansea', 'Abertawe'],
	['newport', 'Casnewydd'],
	['carmarthen', 'Caerfyrddin'],
	['brecon', 'Aberhonddu'],
	['builth wells', 'Llanfair-ym-Muallt'],
	['rhayader', 'Rhaeadr Gwy'],
	['welshpool', 'Y Trallwng'],
	['newtown', 'Y Drenewydd'],
	['holyhead', 'Caergybi'],
	['cardigan', 'Aberteifi'],
	['monmouth', 'Trefynwy'],
	['abergavenny', 'Y Fenni'],
	['bridgend', 'Pen-y-bont ar Ogwr'],
	['haverfordwest', 'Hwlffordd'],
	['chepstow', 'Cas-gwent'],
	['hay on wye', 'Y Gelli Gandryll'],
	['knighton', 'Tref-y-clawdd'],
	['presteigne', 'Llanandras']
];

/** The Welsh names of an English name of a Welsh body, river or town, if it has them. */
export function welshNames(name: string, type: EntityType | null): string[] {
	if (type === null || type === 'person') return [];
	const folded = words(name).join(' ');
	if (type === 'organisation' || type === 'group') {
		const written = name.trim();
		return BODIES.filter(([english]) => english.test(written)).map(([english, welsh]) =>
			written.replace(english, welsh)
		);
	}
	const river = /^river (.+)$/u.exec(folded)?.[1];
	const rivers = RIVERS.filter(([english]) => english === river).map(
		([, welsh]) => `Afon ${welsh}`
	);
	const towns = TOWNS.filter(([english]) => english === folded).map(([, welsh]) => welsh);
	return [...rivers, ...towns];
}
