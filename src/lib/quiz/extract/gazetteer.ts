import type { EntityType, Language } from '../content';
import { foldText } from '../language/normalize';
import { stem } from '../language/stem';

/**
 * Places and organisations news articles name most, in Polish and English with the forms
 * the stemmer does not bring together ("Niemiec" for "Niemcy", "Łodzi" for "Łódź"). People
 * are not listed: any two capitalised words that are not a known place or organisation are
 * read as a person's name.
 */
export interface GazetteerEntry {
	id: string;
	type: EntityType;
	/** What sort of place or organisation: "city", "river", "party", "institution". */
	kind: string;
	name: Record<Language, string>;
	/** Other names, in either language, that mean the same: "USA", "Stany Zjednoczone", "U.S.". */
	aliases: readonly string[];
}

type Row = readonly [id: string, pl: string, en: string, ...aliases: string[]];

const COUNTRIES: readonly Row[] = [
	['poland', 'Polska', 'Poland', 'Polski', 'Polsce', 'RP', 'Rzeczpospolita Polska'],
	['russia', 'Rosja', 'Russia', 'Federacja Rosyjska', 'Russian Federation'],
	['ukraine', 'Ukraina', 'Ukraine'],
	['north-korea', 'Korea Północna', 'North Korea', 'KRLD', 'DPRK', 'Korea Płn.'],
	['south-korea', 'Korea Południowa', 'South Korea', 'Republika Korei', 'Korea Płd.'],
	[
		'usa',
		'USA',
		'United States',
		'Stany Zjednoczone',
		'US',
		'U.S.',
		'U.S.A.',
		'Ameryka',
		'America',
		'United States of America',
		'Stany'
	],
	['china', 'Chiny', 'China', 'ChRL', 'Chińska Republika Ludowa'],
	['germany', 'Niemcy', 'Germany', 'Niemiec', 'Niemczech', 'Niemcom', 'RFN'],
	['france', 'Francja', 'France'],
	['united-kingdom', 'Wielka Brytania', 'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
	['japan', 'Japonia', 'Japan'],
	['iran', 'Iran', 'Iran'],
	['israel', 'Izrael', 'Israel'],
	['belarus', 'Białoruś', 'Belarus'],
	['lithuania', 'Litwa', 'Lithuania'],
	['latvia', 'Łotwa', 'Latvia'],
	['estonia', 'Estonia', 'Estonia'],
	['czechia', 'Czechy', 'Czech Republic', 'Czechia', 'Czech'],
	['slovakia', 'Słowacja', 'Slovakia'],
	['hungary', 'Węgry', 'Hungary', 'Węgier', 'Węgrzech'],
	['romania', 'Rumunia', 'Romania'],
	['turkey', 'Turcja', 'Turkey', 'Türkiye'],
	['india', 'Indie', 'India'],
	['canada', 'Kanada', 'Canada'],
	['italy', 'Włochy', 'Italy', 'Włoch', 'Włoszech'],
	['spain', 'Hiszpania', 'Spain'],
	['sweden', 'Szwecja', 'Sweden'],
	['finland', 'Finlandia', 'Finland'],
	['norway', 'Norwegia', 'Norway'],
	['denmark', 'Dania', 'Denmark'],
	['netherlands', 'Holandia', 'Netherlands', 'Niderlandy', 'Holland'],
	['belgium', 'Belgia', 'Belgium'],
	['austria', 'Austria', 'Austria'],
	['switzerland', 'Szwajcaria', 'Switzerland'],
	['georgia', 'Gruzja', 'Georgia'],
	['moldova', 'Mołdawia', 'Moldova'],
	['syria', 'Syria', 'Syria'],
	['egypt', 'Egipt', 'Egypt'],
	['brazil', 'Brazylia', 'Brazil'],
	['mexico', 'Meksyk', 'Mexico'],
	['australia', 'Australia', 'Australia'],
	['taiwan', 'Tajwan', 'Taiwan'],
	['vietnam', 'Wietnam', 'Vietnam'],
	['palestine', 'Palestyna', 'Palestine'],
	['afghanistan', 'Afganistan', 'Afghanistan'],
	['iraq', 'Irak', 'Iraq'],
	['saudi-arabia', 'Arabia Saudyjska', 'Saudi Arabia'],
	['pakistan', 'Pakistan', 'Pakistan'],
	['greece', 'Grecja', 'Greece'],
	['portugal', 'Portugalia', 'Portugal'],
	['ireland', 'Irlandia', 'Ireland'],
	['serbia', 'Serbia', 'Serbia'],
	['croatia', 'Chorwacja', 'Croatia'],
	['bulgaria', 'Bułgaria', 'Bulgaria'],
	['kazakhstan', 'Kazachstan', 'Kazakhstan'],
	['armenia', 'Armenia', 'Armenia'],
	['azerbaijan', 'Azerbejdżan', 'Azerbaijan'],
	['cuba', 'Kuba', 'Cuba'],
	['argentina', 'Argentyna', 'Argentina'],
	['nigeria', 'Nigeria', 'Nigeria'],
	['south-africa', 'Republika Południowej Afryki', 'South Africa', 'RPA'],
	['iceland', 'Islandia', 'Iceland'],
	['slovenia', 'Słowenia', 'Slovenia'],
	['venezuela', 'Wenezuela', 'Venezuela'],
	['chile', 'Chile', 'Chile'],
	['kenya', 'Kenia', 'Kenya'],
	['ethiopia', 'Etiopia', 'Ethiopia'],
	['indonesia', 'Indonezja', 'Indonesia'],
	['philippines', 'Filipiny', 'Philippines'],
	['thailand', 'Tajlandia', 'Thailand'],
	['new-zealand', 'Nowa Zelandia', 'New Zealand'],
	['qatar', 'Katar', 'Qatar'],
	['lebanon', 'Liban', 'Lebanon'],
	['jordan', 'Jordania', 'Jordan'],
	['yemen', 'Jemen', 'Yemen'],
	['libya', 'Libia', 'Libya'],
	['sudan', 'Sudan', 'Sudan'],
	['morocco', 'Maroko', 'Morocco'],
	['colombia', 'Kolumbia', 'Colombia'],
	['peru', 'Peru', 'Peru']
];

const CITIES: readonly Row[] = [
	['warsaw', 'Warszawa', 'Warsaw'],
	['krakow', 'Kraków', 'Krakow', 'Cracow'],
	['gdansk', 'Gdańsk', 'Gdansk', 'Danzig'],
	['wroclaw', 'Wrocław', 'Wroclaw', 'Breslau'],
	['poznan', 'Poznań', 'Poznan'],
	['lodz', 'Łódź', 'Lodz', 'Łodzi'],
	['szczecin', 'Szczecin', 'Szczecin', 'Stettin'],
	['lublin', 'Lublin', 'Lublin'],
	// Towns one typo away from a larger one: the scorer never reads them as a typo of it.
	['lubin', 'Lubin', 'Lubin'],
	['plock', 'Płock', 'Plock'],
	['radom', 'Radom', 'Radom'],
	['kalisz', 'Kalisz', 'Kalisz'],
	['legnica', 'Legnica', 'Legnica'],
	['katowice', 'Katowice', 'Katowice', 'Katowic', 'Katowicach'],
	['bialystok', 'Białystok', 'Bialystok', 'Białegostoku', 'Białymstoku'],
	['gdynia', 'Gdynia', 'Gdynia'],
	['rzeszow', 'Rzeszów', 'Rzeszow'],
	['torun', 'Toruń', 'Torun'],
	['bydgoszcz', 'Bydgoszcz', 'Bydgoszcz'],
	['opole', 'Opole', 'Opole', 'Opolu'],
	['kielce', 'Kielce', 'Kielce', 'Kielcach'],
	['olsztyn', 'Olsztyn', 'Olsztyn'],
	['klodzko', 'Kłodzko', 'Klodzko', 'Kłodzku'],
	['nysa', 'Nysa', 'Nysa'],
	['moscow', 'Moskwa', 'Moscow'],
	['kyiv', 'Kijów', 'Kyiv', 'Kiev', 'Kijiw'],
	['pyongyang', 'Pjongjang', 'Pyongyang', 'Phenian'],
	['seoul', 'Seul', 'Seoul'],
	['beijing', 'Pekin', 'Beijing'],
	['tokyo', 'Tokio', 'Tokyo'],
	['washington', 'Waszyngton', 'Washington'],
	['new-york', 'Nowy Jork', 'New York'],
	['london', 'Londyn', 'London'],
	['paris', 'Paryż', 'Paris'],
	['berlin', 'Berlin', 'Berlin'],
	['brussels', 'Bruksela', 'Brussels'],
	['vilnius', 'Wilno', 'Vilnius', 'Vilna'],
	['minsk', 'Mińsk', 'Minsk'],
	['kharkiv', 'Charków', 'Kharkiv'],
	['odesa', 'Odessa', 'Odesa', 'Odessa'],
	['lviv', 'Lwów', 'Lviv', 'Lvov', 'Lwiw', 'Lemberg'],
	['kursk', 'Kursk', 'Kursk'],
	// Historic and foreign names of a city readers use either way (exonyms).
	['kaliningrad', 'Królewiec', 'Kaliningrad', 'Königsberg', 'Koenigsberg'],
	['grodno', 'Grodno', 'Hrodna', 'Hrodno'],
	['tehran', 'Teheran', 'Tehran'],
	['jerusalem', 'Jerozolima', 'Jerusalem'],
	['rome', 'Rzym', 'Rome'],
	['madrid', 'Madryt', 'Madrid'],
	['vienna', 'Wiedeń', 'Vienna'],
	['prague', 'Praga', 'Prague'],
	['budapest', 'Budapeszt', 'Budapest'],
	['riga', 'Ryga', 'Riga'],
	['tallinn', 'Tallin', 'Tallinn'],
	['helsinki', 'Helsinki', 'Helsinki'],
	['stockholm', 'Sztokholm', 'Stockholm'],
	['oslo', 'Oslo', 'Oslo'],
	['copenhagen', 'Kopenhaga', 'Copenhagen'],
	['amsterdam', 'Amsterdam', 'Amsterdam'],
	['the-hague', 'Haga', 'The Hague'],
	['geneva', 'Genewa', 'Geneva'],
	['istanbul', 'Stambuł', 'Istanbul'],
	['ankara', 'Ankara', 'Ankara'],
	['kherson', 'Chersoń', 'Kherson'],
	['zaporizhzhia', 'Zaporoże', 'Zaporizhzhia'],
	['donetsk', 'Donieck', 'Donetsk'],
	['mariupol', 'Mariupol', 'Mariupol'],
	['sevastopol', 'Sewastopol', 'Sevastopol'],
	['st-petersburg', 'Petersburg', 'St Petersburg', 'Sankt Petersburg', 'Saint Petersburg'],
	['gaza', 'Gaza', 'Gaza'],
	['rotterdam', 'Rotterdam', 'Rotterdam'],
	['hamburg', 'Hamburg', 'Hamburg'],
	['munich', 'Monachium', 'Munich'],
	['chicago', 'Chicago', 'Chicago'],
	['los-angeles', 'Los Angeles', 'Los Angeles'],
	['manchester', 'Manchester', 'Manchester'],
	['edinburgh', 'Edynburg', 'Edinburgh'],
	['dublin', 'Dublin', 'Dublin'],
	['lisbon', 'Lizbona', 'Lisbon'],
	['athens', 'Ateny', 'Athens', 'Aten'],
	['bucharest', 'Bukareszt', 'Bucharest'],
	['sofia', 'Sofia', 'Sofia'],
	['belgrade', 'Belgrad', 'Belgrade'],
	// Polish towns of some size, so that a student's "Lubin" is never Lublin and a town in
	// the genitive ("prezydent Gorzowa Wielkopolskiego Jacek …") is not read into a name.
	['gorzow-wielkopolski', 'Gorzów Wielkopolski', 'Gorzów Wielkopolski', 'Gorzów'],
	['zielona-gora', 'Zielona Góra', 'Zielona Góra'],
	['lubin', 'Lubin', 'Lubin'],
	['legnica', 'Legnica', 'Legnica'],
	['glogow', 'Głogów', 'Głogów'],
	['walbrzych', 'Wałbrzych', 'Wałbrzych'],
	['jelenia-gora', 'Jelenia Góra', 'Jelenia Góra'],
	['czestochowa', 'Częstochowa', 'Częstochowa'],
	['radom', 'Radom', 'Radom'],
	['sosnowiec', 'Sosnowiec', 'Sosnowiec'],
	['gliwice', 'Gliwice', 'Gliwice', 'Gliwic', 'Gliwicach'],
	['zabrze', 'Zabrze', 'Zabrze'],
	['bytom', 'Bytom', 'Bytom'],
	['rybnik', 'Rybnik', 'Rybnik'],
	['tychy', 'Tychy', 'Tychy', 'Tychach'],
	['bielsko-biala', 'Bielsko-Biała', 'Bielsko-Biała'],
	['plock', 'Płock', 'Płock'],
	['elblag', 'Elbląg', 'Elbląg'],
	['tarnow', 'Tarnów', 'Tarnów'],
	['koszalin', 'Koszalin', 'Koszalin'],
	['kalisz', 'Kalisz', 'Kalisz'],
	['slupsk', 'Słupsk', 'Słupsk'],
	['grudziadz', 'Grudziądz', 'Grudziądz'],
	['nowy-sacz', 'Nowy Sącz', 'Nowy Sącz'],
	['siedlce', 'Siedlce', 'Siedlce'],
	['konin', 'Konin', 'Konin'],
	['pila', 'Piła', 'Piła'],
	['leszno', 'Leszno', 'Leszno'],
	['gniezno', 'Gniezno', 'Gniezno'],
	['ostroleka', 'Ostrołęka', 'Ostrołęka'],
	['przemysl', 'Przemyśl', 'Przemyśl'],
	['zamosc', 'Zamość', 'Zamość'],
	['chelm', 'Chełm', 'Chełm'],
	['suwalki', 'Suwałki', 'Suwałki'],
	['lomza', 'Łomża', 'Łomża'],
	['stargard', 'Stargard', 'Stargard'],
	['kolobrzeg', 'Kołobrzeg', 'Kołobrzeg'],
	['swinoujscie', 'Świnoujście', 'Świnoujście'],
	['sopot', 'Sopot', 'Sopot'],
	['kostrzyn', 'Kostrzyn nad Odrą', 'Kostrzyn'],
	['malatya', 'Malatya', 'Malatya'],
	['coventry', 'Coventry', 'Coventry'],
	['sunderland', 'Sunderland', 'Sunderland'],
	['leeds', 'Leeds', 'Leeds'],
	['birmingham', 'Birmingham', 'Birmingham'],
	['liverpool', 'Liverpool', 'Liverpool'],
	['glasgow', 'Glasgow', 'Glasgow'],
	['austin', 'Austin', 'Austin'],
	['oxford', 'Oksford', 'Oxford'],
	['cambridge', 'Cambridge', 'Cambridge']
];

/** Rivers and regions: places that are no country or city. */
const PLACES: readonly (readonly [kind: string, ...row: Row])[] = [
	['river', 'vistula', 'Wisła', 'Vistula'],
	['river', 'oder', 'Odra', 'Oder'],
	['river', 'warta', 'Warta', 'Warta'],
	['river', 'bug', 'Bug', 'Bug'],
	['river', 'narew', 'Narew', 'Narew'],
	['river', 'notec', 'Noteć', 'Noteć'],
	['river', 'san', 'San', 'San'],
	['river', 'nysa-klodzka', 'Nysa Kłodzka', 'Nysa Kłodzka'],
	['river', 'dnipro', 'Dniepr', 'Dnipro', 'Dnieper'],
	['river', 'danube', 'Dunaj', 'Danube'],
	['river', 'rhine', 'Ren', 'Rhine'],
	['river', 'thames', 'Tamiza', 'Thames'],
	['region', 'silesia', 'Śląsk', 'Silesia'],
	['region', 'pomerania', 'Pomorze', 'Pomerania'],
	['region', 'masuria', 'Mazury', 'Masuria'],
	['region', 'podhale', 'Podhale', 'Podhale'],
	['region', 'kashubia', 'Kaszuby', 'Kashubia'],
	['region', 'kociewie', 'Kociewie', 'Kociewie'],
	['region', 'kuyavia', 'Kujawy', 'Kuyavia'],
	['region', 'warmia', 'Warmia', 'Warmia'],
	['region', 'podlasie', 'Podlasie', 'Podlasie'],
	['region', 'mazovia', 'Mazowsze', 'Mazovia'],
	['region', 'greater-poland', 'Wielkopolska', 'Greater Poland'],
	['region', 'lesser-poland', 'Małopolska', 'Lesser Poland'],
	['region', 'scandinavia', 'Skandynawia', 'Scandinavia'],
	['region', 'balkans', 'Bałkany', 'Balkans'],
	['region', 'donbas', 'Donbas', 'Donbas', 'Donbass'],
	['region', 'crimea', 'Krym', 'Crimea'],
	['region', 'texas', 'Teksas', 'Texas'],
	['region', 'california', 'Kalifornia', 'California'],
	['region', 'scotland', 'Szkocja', 'Scotland'],
	['region', 'wales', 'Walia', 'Wales'],
	['region', 'england', 'Anglia', 'England'],
	['region', 'northern-ireland', 'Irlandia Północna', 'Northern Ireland'],
	['region', 'west-midlands', 'West Midlands', 'West Midlands'],
	['region', 'shropshire', 'Shropshire', 'Shropshire'],
	['region', 'staffordshire', 'Staffordshire', 'Staffordshire'],
	['continent', 'europe', 'Europa', 'Europe'],
	['continent', 'asia', 'Azja', 'Asia'],
	['continent', 'africa', 'Afryka', 'Africa'],
	['continent', 'antarctica', 'Antarktyda', 'Antarctica'],
	['region', 'middle-east', 'Bliski Wschód', 'Middle East'],
	['region', 'far-east', 'Daleki Wschód', 'Far East']
];

/** Parties, named in full with their acronyms, which students use as often. */
const PARTIES: readonly Row[] = [
	['pis', 'Prawo i Sprawiedliwość', 'Law and Justice', 'PiS'],
	['ko', 'Koalicja Obywatelska', 'Civic Coalition', 'KO'],
	['po', 'Platforma Obywatelska', 'Civic Platform', 'PO'],
	['psl', 'Polskie Stronnictwo Ludowe', 'Polish People’s Party', 'PSL'],
	['lewica', 'Lewica', 'The Left', 'Nowa Lewica'],
	['konfederacja', 'Konfederacja', 'Confederation'],
	['polska-2050', 'Polska 2050', 'Poland 2050'],
	['trzecia-droga', 'Trzecia Droga', 'Third Way'],
	['razem', 'Razem', 'Razem', 'Partia Razem'],
	['labour', 'Partia Pracy', 'Labour', 'Labour Party'],
	['conservatives', 'Partia Konserwatywna', 'Conservative Party', 'Conservatives', 'Tories'],
	['lib-dems', 'Liberalni Demokraci', 'Liberal Democrats', 'Lib Dems']
];

const ORGANISATIONS: readonly Row[] = [
	['nato', 'NATO', 'NATO', 'Sojusz Północnoatlantycki', 'North Atlantic Treaty Organization'],
	['united-nations', 'ONZ', 'United Nations', 'UN', 'U.N.', 'Organizacja Narodów Zjednoczonych'],
	['european-union', 'Unia Europejska', 'European Union', 'UE', 'EU', 'E.U.'],
	['european-commission', 'Komisja Europejska', 'European Commission', 'KE'],
	['kremlin', 'Kreml', 'Kremlin'],
	['white-house', 'Biały Dom', 'White House'],
	['pentagon', 'Pentagon', 'Pentagon'],
	['who', 'WHO', 'World Health Organization', 'Światowa Organizacja Zdrowia'],
	['imf', 'MFW', 'IMF', 'International Monetary Fund', 'Międzynarodowy Fundusz Walutowy'],
	['red-cross', 'Czerwony Krzyż', 'Red Cross'],
	['unesco', 'UNESCO', 'UNESCO'],
	['unicef', 'UNICEF', 'UNICEF'],
	['sejm', 'Sejm', 'Sejm'],
	['senate-pl', 'Senat', 'Senate'],
	['congress', 'Kongres', 'Congress'],
	['gus', 'Główny Urząd Statystyczny', 'Statistics Poland', 'GUS'],
	['nbp', 'Narodowy Bank Polski', 'National Bank of Poland', 'NBP'],
	['rpp', 'Rada Polityki Pieniężnej', 'Monetary Policy Council', 'RPP'],
	['pap', 'Polska Agencja Prasowa', 'Polish Press Agency', 'PAP'],
	[
		'imgw',
		'Instytut Meteorologii i Gospodarki Wodnej',
		'Institute of Meteorology and Water Management',
		'IMGW'
	],
	['reuters', 'Reuters', 'Reuters'],
	['amnesty-international', 'Amnesty International', 'Amnesty International'],
	['greenpeace', 'Greenpeace', 'Greenpeace'],
	['osce', 'OBWE', 'OSCE'],
	['icc', 'MTK', 'ICC', 'Międzynarodowy Trybunał Karny', 'International Criminal Court'],
	['gazprom', 'Gazprom', 'Gazprom'],
	['wody-polskie', 'Wody Polskie', 'Polish Waters', 'PGW Wody Polskie'],
	['fifa', 'FIFA', 'FIFA'],
	['uefa', 'UEFA', 'UEFA']
];

/**
 * Clubs of the Polish leagues, by their full names (a city in the nominative after the club's
 * own word, which declines: "Legii Warszawa"). A one-word name is listed only where it is no
 * given name, common word or place ("Legia", not "Lech", "Pogoń" or "Wisła"); other clubs
 * are read by the shape of their names (entities.ts).
 */
const CLUBS: readonly Row[] = [
	['legia-warszawa', 'Legia Warszawa', 'Legia Warsaw', 'Legia'],
	['lech-poznan', 'Lech Poznań', 'Lech Poznań'],
	['jagiellonia-bialystok', 'Jagiellonia Białystok', 'Jagiellonia Białystok', 'Jagiellonia'],
	['pogon-szczecin', 'Pogoń Szczecin', 'Pogoń Szczecin'],
	['rakow-czestochowa', 'Raków Częstochowa', 'Raków Częstochowa'],
	['lechia-gdansk', 'Lechia Gdańsk', 'Lechia Gdańsk', 'Lechia'],
	['cracovia', 'Cracovia', 'Cracovia', 'KS Cracovia'],
	['wisla-krakow', 'Wisła Kraków', 'Wisła Kraków'],
	['slask-wroclaw', 'Śląsk Wrocław', 'Śląsk Wrocław'],
	['gornik-zabrze', 'Górnik Zabrze', 'Górnik Zabrze'],
	['widzew-lodz', 'Widzew Łódź', 'Widzew Łódź', 'Widzew'],
	['zaksa', 'ZAKSA Kędzierzyn-Koźle', 'ZAKSA Kędzierzyn-Koźle', 'ZAKSA'],
	['jastrzebski-wegiel', 'Jastrzębski Węgiel', 'Jastrzębski Węgiel'],
	['resovia', 'Asseco Resovia', 'Asseco Resovia', 'Resovia']
];

/** Trade unions readers know by name alone ("Unite, which represents…", "według ZNP"). */
const UNIONS: readonly Row[] = [
	['unison', 'Unison', 'Unison', 'UNISON'],
	['unite', 'Unite', 'Unite', 'Unite the Union'],
	['gmb', 'GMB', 'GMB'],
	['rmt', 'RMT', 'RMT', 'National Union of Rail, Maritime and Transport Workers'],
	['rcn', 'Royal College of Nursing', 'Royal College of Nursing', 'RCN'],
	['bma', 'British Medical Association', 'British Medical Association', 'BMA'],
	['neu', 'National Education Union', 'National Education Union', 'NEU'],
	['pcs', 'PCS', 'PCS', 'Public and Commercial Services Union'],
	['usdaw', 'Usdaw', 'Usdaw', 'USDAW'],
	['cwu', 'Communication Workers Union', 'Communication Workers Union', 'CWU'],
	['aslef', 'Aslef', 'Aslef', 'ASLEF'],
	['tuc', 'Trades Union Congress', 'Trades Union Congress', 'TUC'],
	['solidarnosc', 'NSZZ „Solidarność”', 'Solidarity', 'Solidarność', 'NSZZ Solidarność'],
	['opzz', 'OPZZ', 'OPZZ', 'Ogólnopolskie Porozumienie Związków Zawodowych'],
	['znp', 'Związek Nauczycielstwa Polskiego', 'Polish Teachers’ Union', 'ZNP']
];

function entries(rows: readonly Row[], type: EntityType, kind: string): GazetteerEntry[] {
	return rows.map(([id, pl, en, ...aliases]) => ({ id, type, kind, name: { pl, en }, aliases }));
}

export const GAZETTEER: readonly GazetteerEntry[] = [
	...entries(COUNTRIES, 'country', 'country'),
	...entries(CITIES, 'city', 'city'),
	...PLACES.flatMap(([kind, ...row]) => entries([row], 'place', kind)),
	...entries(PARTIES, 'organisation', 'party'),
	...entries(CLUBS, 'organisation', 'club'),
	...entries(UNIONS, 'organisation', 'union'),
	...entries(ORGANISATIONS, 'organisation', 'organisation')
];

/** The stems of a name's words, joined: how mentions and gazetteer names are compared. */
export function nameKey(name: string, language: Language): string {
	const folded = foldText(name);
	if (folded === '') return '';
	return folded
		.split(' ')
		.map((word) => stem(word, language))
		.join(' ');
}

/** Longest gazetteer name, in words: how far a lookup needs to reach. */
export const LONGEST_NAME = 5;

export interface GazetteerMatch {
	entry: GazetteerEntry;
	/** The name is an acronym ("WHO", "US"): only capitals match it, never "who" or "us". */
	capitalsOnly: boolean;
}

function isAcronym(name: string): boolean {
	const letters = name.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && letters === letters.toUpperCase();
}

const indexes: Partial<Record<Language, Map<string, GazetteerMatch>>> = {};

/** Gazetteer entries by the key of each of their names, built once per language. */
export function gazetteerIndex(language: Language): ReadonlyMap<string, GazetteerMatch> {
	let index = indexes[language];
	if (!index) {
		index = new Map();
		for (const entry of GAZETTEER) {
			for (const name of [entry.name.pl, entry.name.en, ...entry.aliases]) {
				// A one-word name that ends like a case ending ("Radom": -om) stems shorter than its
				// other cases do ("Radomiu" → radom): those are found by the name itself.
				const folded = foldText(name);
				const keys = [nameKey(name, language)];
				if (!folded.includes(' ') && !isAcronym(name)) keys.push(folded);
				for (const key of keys) {
					if (key === '') continue;
					const known = index.get(key);
					if (!known) index.set(key, { entry, capitalsOnly: isAcronym(name) });
					else if (known.entry === entry && !isAcronym(name)) known.capitalsOnly = false;
				}
			}
		}
		indexes[language] = index;
	}
	return index;
}

const firstStems: Partial<Record<Language, Set<string>>> = {};

/** The first stem of every gazetteer name: whether a word may start one, in one lookup. */
export function gazetteerFirstStems(language: Language): ReadonlySet<string> {
	let stems = firstStems[language];
	if (!stems) {
		stems = new Set([...gazetteerIndex(language).keys()].map((key) => key.split(' ')[0] ?? ''));
		firstStems[language] = stems;
	}
	return stems;
}
