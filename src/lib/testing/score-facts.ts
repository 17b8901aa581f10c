import {
	dateFactSchema,
	entityFactSchema,
	entitySchema,
	entitySetFactSchema,
	textFactSchema,
	type DateFact,
	type Entity,
	type EntityFact,
	type EntitySetFact,
	type TextFact
} from '../quiz/content';

/**
 * Test-data factories for the scorers' tests: facts and entities of the seed article about
 * North Korean troops in the Kursk oblast, built through the zod schemas of `content.ts` so
 * they have exactly the shape loaded modules have. Pass overrides for what a test varies.
 */

type Input<T> = Partial<T> & Record<string, unknown>;

export function makeEntity(overrides: Input<Entity> & Pick<Entity, 'id' | 'name'>): Entity {
	return entitySchema.parse({ type: 'country', ...overrides });
}

/** The entities of the Kursk module. */
export function kurskEntities(): Entity[] {
	return [
		makeEntity({
			id: 'kim-jong-un',
			name: 'Kim Dzong Un',
			type: 'person',
			aliases: ['Kim Jong Un', 'Kim Jong-un', 'Kim Dzong-un']
		}),
		makeEntity({
			id: 'putin',
			name: 'Władimir Putin',
			type: 'person',
			aliases: ['Putin', 'Vladimir Putin']
		}),
		makeEntity({
			id: 'north-korea',
			name: 'Korea Północna',
			aliases: ['KRLD', 'Korea Płn.', 'Pjongjang', 'North Korea']
		}),
		makeEntity({
			id: 'south-korea',
			name: 'Korea Południowa',
			aliases: ['Korea Płd.', 'Seul', 'South Korea']
		}),
		makeEntity({ id: 'ukraine', name: 'Ukraina', aliases: ['Kijów', 'Ukraine'] }),
		makeEntity({ id: 'russia', name: 'Rosja', aliases: ['Moskwa', 'Kreml', 'Russia'] }),
		makeEntity({ id: 'usa', name: 'USA', aliases: ['Stany Zjednoczone', 'Waszyngton'] })
	];
}

const factDefaults = {
	label: 'fakt',
	questions: ['Pytanie?'],
	evidence: 'Zdanie z artykułu.'
};

export function makeEntityFact(overrides: Input<EntityFact> = {}): EntityFact {
	return entityFactSchema.parse({
		...factDefaults,
		id: 'who-proposed-troops',
		kind: 'entity',
		label: 'pomysłodawca wysłania wojsk',
		questions: ['Kto wyszedł z propozycją wysłania wojsk do Rosji?'],
		evidence:
			'Według amerykańskich agencji wywiadowczych, to przywódca Korei Północnej Kim Dzong Un wyszedł z propozycją wysłania swoich wojsk do Rosji, a Władimir Putin szybko poparł ten pomysł.',
		value: 'kim-jong-un',
		...overrides
	});
}

export function makeEntitySetFact(overrides: Input<EntitySetFact> = {}): EntitySetFact {
	return entitySetFactSchema.parse({
		...factDefaults,
		id: 'accusers',
		kind: 'entity-set',
		label: 'oskarżyciele',
		questions: [
			'Politycy i urzędnicy z jakich państw oskarżyli Koreę Północną o wysłanie żołnierzy do Rosji?'
		],
		evidence:
			'Politycy i urzędnicy z Korei Południowej i Ukrainy oskarżyli Koreę Północną o wysłanie żołnierzy, których liczbę szacuje na tysiące, w celu wsparcia Rosji w wojnie na Ukrainie.',
		value: ['south-korea', 'ukraine'],
		...overrides
	});
}

/** "Zarówno Moskwa, jak i Pjongjang zaprzeczyły tym doniesieniom". */
export function makeDeniersFact(): EntitySetFact {
	return makeEntitySetFact({
		id: 'deniers',
		label: 'zaprzeczający',
		questions: ['Kto zaprzeczył doniesieniom o wysłaniu żołnierzy?'],
		evidence: 'Zarówno Moskwa, jak i Pjongjang zaprzeczyły tym doniesieniom.',
		value: ['russia', 'north-korea']
	});
}

export function makeTextFact(overrides: Input<TextFact> = {}): TextFact {
	return textFactSchema.parse({
		...factDefaults,
		id: 'why-not-surrender',
		kind: 'text',
		label: 'powód, by się nie poddawać',
		questions: ['Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?'],
		evidence:
			'Dzieje się tak na skutek obaw przed prześladowaniami członków rodziny, którzy pozostali w Korei Północnej.',
		value: 'obawa przed prześladowaniami członków rodziny',
		concepts: [
			['obawa', 'strach', 'lęk', 'bać się'],
			['prześladowania', 'represje', 'kara'],
			['rodzina', 'bliscy', 'krewni']
		],
		...overrides
	});
}

/** "W zamian za to Korea Północna miała otrzymać od Rosji pomocy w programie rakietowym." */
export function makeRewardFact(): TextFact {
	return makeTextFact({
		id: 'reward',
		label: 'zapłata dla Korei Północnej',
		questions: ['Co Korea Północna miała otrzymać od Rosji w zamian?'],
		evidence:
			'W zamian za to Korea Północna miała otrzymać od Rosji pomocy w programie rakietowym.',
		value: 'pomoc w programie rakietowym',
		concepts: [
			['pomoc', 'wsparcie'],
			['program rakietowy', 'rakiety', 'pociski balistyczne']
		]
	});
}

export function makeDateFact(overrides: Input<DateFact> = {}): DateFact {
	return dateFactSchema.parse({
		...factDefaults,
		id: 'first-reports',
		kind: 'date',
		label: 'pierwsze doniesienia',
		questions: ['Kiedy pojawiły się pierwsze doniesienia o wysłaniu żołnierzy Korei Północnej?'],
		evidence:
			'Pierwsze doniesienia o wysłaniu żołnierzy Korei Północnej w celu wsparcia armii rosyjskiej pojawiły się jesienią 2024 roku.',
		value: { year: 2024, season: 'autumn' },
		...overrides
	});
}
