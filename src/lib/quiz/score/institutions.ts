import type { Language } from '../content';
import { words } from '../language/normalize';
import { stem } from '../language/stem';

/**
 * Acronyms of well-known state and public institutions, with their full names as the
 * institutions write them (their own sites on gov.pl, gov.uk, europa.eu and the like; general
 * knowledge, not taken from any article). A student who writes "ZUS" for the Zakład
 * Ubezpieczeń Społecznych of an article that never spells it out, or "the Office for National
 * Statistics" for an article's ONS, names the same institution. Acronyms that fold to a common
 * word ("WHO", "NICE", "PAN", "UN") are left out: they would name the institution in any
 * sentence.
 */
const INSTITUTIONS: Record<Language, readonly (readonly [acronym: string, full: string])[]> = {
	pl: [
		['ABW', 'Agencja Bezpieczeństwa Wewnętrznego'],
		['ARiMR', 'Agencja Restrukturyzacji i Modernizacji Rolnictwa'],
		['BGK', 'Bank Gospodarstwa Krajowego'],
		['CBA', 'Centralne Biuro Antykorupcyjne'],
		['CBŚP', 'Centralne Biuro Śledcze Policji'],
		['GDDKiA', 'Generalna Dyrekcja Dróg Krajowych i Autostrad'],
		['GDOŚ', 'Generalna Dyrekcja Ochrony Środowiska'],
		['GIF', 'Główny Inspektorat Farmaceutyczny'],
		['GIOŚ', 'Główny Inspektorat Ochrony Środowiska'],
		['GIS', 'Główny Inspektorat Sanitarny'],
		['GUS', 'Główny Urząd Statystyczny'],
		['IMGW', 'Instytut Meteorologii i Gospodarki Wodnej'],
		['IPN', 'Instytut Pamięci Narodowej'],
		['ITD', 'Inspekcja Transportu Drogowego'],
		['KAS', 'Krajowa Administracja Skarbowa'],
		['KE', 'Komisja Europejska'],
		['KGP', 'Komenda Główna Policji'],
		['KNF', 'Komisja Nadzoru Finansowego'],
		['KOWR', 'Krajowy Ośrodek Wsparcia Rolnictwa'],
		['KRRiT', 'Krajowa Rada Radiofonii i Telewizji'],
		['KRS', 'Krajowa Rada Sądownictwa'],
		['KRUS', 'Kasa Rolniczego Ubezpieczenia Społecznego'],
		['MEN', 'Ministerstwo Edukacji Narodowej'],
		['MF', 'Ministerstwo Finansów'],
		['MKOl', 'Międzynarodowy Komitet Olimpijski'],
		['MNiSW', 'Ministerstwo Nauki i Szkolnictwa Wyższego'],
		['MON', 'Ministerstwo Obrony Narodowej'],
		['MRiRW', 'Ministerstwo Rolnictwa i Rozwoju Wsi'],
		['MSWiA', 'Ministerstwo Spraw Wewnętrznych i Administracji'],
		['MSZ', 'Ministerstwo Spraw Zagranicznych'],
		['MZ', 'Ministerstwo Zdrowia'],
		['NBP', 'Narodowy Bank Polski'],
		['NCBR', 'Narodowe Centrum Badań i Rozwoju'],
		['NCN', 'Narodowe Centrum Nauki'],
		['NFZ', 'Narodowy Fundusz Zdrowia'],
		['NIK', 'Najwyższa Izba Kontroli'],
		['NSA', 'Naczelny Sąd Administracyjny'],
		['ONZ', 'Organizacja Narodów Zjednoczonych'],
		['OPZZ', 'Ogólnopolskie Porozumienie Związków Zawodowych'],
		['OSP', 'Ochotnicza Straż Pożarna'],
		['PAP', 'Polska Agencja Prasowa'],
		['PE', 'Parlament Europejski'],
		['PFR', 'Polski Fundusz Rozwoju'],
		['PIP', 'Państwowa Inspekcja Pracy'],
		['PKP', 'Polskie Koleje Państwowe'],
		['PKW', 'Państwowa Komisja Wyborcza'],
		['PSP', 'Państwowa Straż Pożarna'],
		['PZPN', 'Polski Związek Piłki Nożnej'],
		['RDOŚ', 'Regionalna Dyrekcja Ochrony Środowiska'],
		['RPD', 'Rzecznik Praw Dziecka'],
		['RPO', 'Rzecznik Praw Obywatelskich'],
		['SG', 'Straż Graniczna'],
		['SKW', 'Służba Kontrwywiadu Wojskowego'],
		['SN', 'Sąd Najwyższy'],
		['SOP', 'Służba Ochrony Państwa'],
		['TK', 'Trybunał Konstytucyjny'],
		['TVP', 'Telewizja Polska'],
		['UE', 'Unia Europejska'],
		['UKE', 'Urząd Komunikacji Elektronicznej'],
		['UODO', 'Urząd Ochrony Danych Osobowych'],
		['UOKiK', 'Urząd Ochrony Konkurencji i Konsumentów'],
		['URE', 'Urząd Regulacji Energetyki'],
		['WIOŚ', 'Wojewódzki Inspektorat Ochrony Środowiska'],
		['WOT', 'Wojska Obrony Terytorialnej'],
		['ZNP', 'Związek Nauczycielstwa Polskiego'],
		['ZUS', 'Zakład Ubezpieczeń Społecznych'],
		['ŻW', 'Żandarmeria Wojskowa']
	],
	en: [
		['BBC', 'British Broadcasting Corporation'],
		['BMA', 'British Medical Association'],
		['BoE', 'Bank of England'],
		['CBI', 'Confederation of British Industry'],
		['CDC', 'Centers for Disease Control and Prevention'],
		['CIA', 'Central Intelligence Agency'],
		['CMA', 'Competition and Markets Authority'],
		['CPS', 'Crown Prosecution Service'],
		['CQC', 'Care Quality Commission'],
		['DBT', 'Department for Business and Trade'],
		['DCMS', 'Department for Culture, Media and Sport'],
		['DEFRA', 'Department for Environment, Food and Rural Affairs'],
		['DESNZ', 'Department for Energy Security and Net Zero'],
		['DfE', 'Department for Education'],
		['DfT', 'Department for Transport'],
		['DHSC', 'Department of Health and Social Care'],
		['DSIT', 'Department for Science, Innovation and Technology'],
		['DVLA', 'Driver and Vehicle Licensing Agency'],
		['DWP', 'Department for Work and Pensions'],
		['ECB', 'European Central Bank'],
		['ECHR', 'European Court of Human Rights'],
		['EPA', 'Environmental Protection Agency'],
		['ESA', 'European Space Agency'],
		['FBI', 'Federal Bureau of Investigation'],
		['FCA', 'Financial Conduct Authority'],
		['FCDO', 'Foreign, Commonwealth and Development Office'],
		['FDA', 'Food and Drug Administration'],
		['FEMA', 'Federal Emergency Management Agency'],
		['HMCTS', 'HM Courts and Tribunals Service'],
		['HMRC', 'HM Revenue and Customs'],
		['HSE', 'Health and Safety Executive'],
		['IAEA', 'International Atomic Energy Agency'],
		['ICC', 'International Criminal Court'],
		['IFS', 'Institute for Fiscal Studies'],
		['IMF', 'International Monetary Fund'],
		['IOPC', 'Independent Office for Police Conduct'],
		['MHCLG', 'Ministry of Housing, Communities and Local Government'],
		['MHRA', 'Medicines and Healthcare products Regulatory Agency'],
		['MoD', 'Ministry of Defence'],
		['MoJ', 'Ministry of Justice'],
		['NASA', 'National Aeronautics and Space Administration'],
		['NATO', 'North Atlantic Treaty Organization'],
		['NCA', 'National Crime Agency'],
		['NFU', "National Farmers' Union"],
		['NHS', 'National Health Service'],
		['NOAA', 'National Oceanic and Atmospheric Administration'],
		['NUJ', 'National Union of Journalists'],
		['OBR', 'Office for Budget Responsibility'],
		['OECD', 'Organisation for Economic Co-operation and Development'],
		['Ofcom', 'Office of Communications'],
		['Ofgem', 'Office of Gas and Electricity Markets'],
		['Ofsted', "Office for Standards in Education, Children's Services and Skills"],
		['Ofwat', 'Water Services Regulation Authority'],
		['ONS', 'Office for National Statistics'],
		['RCN', 'Royal College of Nursing'],
		['RNLI', 'Royal National Lifeboat Institution'],
		['RSPCA', 'Royal Society for the Prevention of Cruelty to Animals'],
		['SEC', 'Securities and Exchange Commission'],
		['SFO', 'Serious Fraud Office'],
		['TfL', 'Transport for London'],
		['TUC', 'Trades Union Congress'],
		['UKHSA', 'UK Health Security Agency'],
		['USGS', 'United States Geological Survey'],
		['WTO', 'World Trade Organization']
	]
};

interface Institution {
	acronym: string;
	full: string;
	/** The stems of the full name's words, in order. */
	stems: readonly string[];
}

const prepared: Partial<Record<Language, readonly Institution[]>> = {};

function institutions(language: Language): readonly Institution[] {
	let list = prepared[language];
	if (!list) {
		list = INSTITUTIONS[language].map(([acronym, full]) => ({
			acronym,
			full,
			stems: words(full).map((word) => stem(word, language))
		}));
		prepared[language] = list;
	}
	return list;
}

/** Whether `part` occurs in `whole` as consecutive items. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
	for (let start = 0; start + part.length <= whole.length; start++) {
		if (part.every((item, offset) => whole[start + offset] === item)) return true;
	}
	return false;
}

/**
 * The other name of a known institution that one of `names` is: the full name of an acronym
 * ("NIK"), or the acronym of a name that holds the full one in any case ("Komenda Miejska
 * Państwowej Straży Pożarnej" holds the PSP).
 */
export function institutionNames(names: readonly string[], language: Language): string[] {
	const found: string[] = [];
	const stemmed = names.map((name) => words(name).map((word) => stem(word, language)));
	for (const institution of institutions(language)) {
		if (names.some((name) => name.trim() === institution.acronym)) found.push(institution.full);
		else if (stemmed.some((name) => containsRun(name, institution.stems))) {
			found.push(institution.acronym);
		}
	}
	return found;
}

/** Where `part` occurs in `whole` as consecutive items, or -1. */
function runAt(whole: readonly string[], part: readonly string[]): number {
	for (let start = 0; start + part.length <= whole.length; start++) {
		if (part.every((item, offset) => whole[start + offset] === item)) return start;
	}
	return -1;
}

/**
 * A body's name with the known institution inside it written as its acronym, as its staff and
 * readers write it: "Komenda Powiatowa PSP w Rypinie" and "KP PSP Rypinie" for the Komenda
 * Powiatowa Państwowej Straży Pożarnej w Rypinie.
 */
export function abbreviatedNames(name: string, language: Language): string[] {
	const tokens = name.trim().split(/\s+/u);
	if (tokens.some((token) => words(token).length !== 1)) return [];
	const stems = tokens.map((token) => stem(words(token)[0] as string, language));
	const found: string[] = [];
	for (const institution of institutions(language)) {
		const start = runAt(stems, institution.stems);
		if (start < 0 || institution.stems.length === tokens.length) continue;
		const end = start + institution.stems.length;
		found.push([...tokens.slice(0, start), institution.acronym, ...tokens.slice(end)].join(' '));
		const seat = tokens.findIndex((token, index) => index >= end && /^we?$/u.test(token));
		if (start >= 1 && seat === end && seat < tokens.length - 1) {
			const initials = tokens
				.slice(0, start)
				.map((token) => token[0]?.toUpperCase() ?? '')
				.join('');
			found.push([initials, institution.acronym, ...tokens.slice(seat + 1)].join(' '));
		}
	}
	return found;
}

/**
 * Whether a name is a known institution ("PSP", "Państwowa Straż Pożarna") that the other,
 * longer name holds: "Komenda Powiatowa Państwowej Straży Pożarnej w Rypinie" is that service
 * where it sits, and a reader names it by the service.
 */
export function institutionWithin(inner: string, body: string, language: Language): boolean {
	const bodyStems = words(body).map((word) => stem(word, language));
	const innerStems = words(inner).map((word) => stem(word, language));
	return institutions(language).some(
		(institution) =>
			(inner.trim() === institution.acronym ||
				innerStems.join(' ') === institution.stems.join(' ')) &&
			bodyStems.length > institution.stems.length &&
			containsRun(bodyStems, institution.stems)
	);
}

/**
 * Offices named after who works in them, folded: "powiatowy lekarz weterynarii" heads the
 * Powiatowy Inspektorat Weterynarii, "strażnicy miejscy" are the Straż Miejska.
 */
const STAFF: Record<Language, readonly (readonly [office: RegExp, staff: string])[]> = {
	pl: [
		[/\binspektorat weterynarii\b/u, 'lekarz weterynarii'],
		[/\binspektorat nadzoru budowlanego\b/u, 'inspektor nadzoru budowlanego'],
		[/\bstraz miejska\b/u, 'straznicy miejscy'],
		[/\bstraz gminna\b/u, 'straznicy gminni']
	],
	en: []
};

/** The body's name with its office written as who works in it (see above), folded. */
export function staffNames(name: string, language: Language): string[] {
	const folded = words(name).join(' ');
	return STAFF[language]
		.filter(([office]) => office.test(folded))
		.map(([office, staff]) => folded.replace(office, staff));
}
