import { describe, expect, it } from 'vitest';
import { compileHunspellDictionary, readHunspell } from './morphology';

/** A few entries and rules in the dictionary-pl format (single-character flags). */
const AFF = [
	'SET UTF-8',
	'SFX N Y 3',
	'SFX N   0     a      [^k]',
	'SFX N   ek    ka     ek',
	'SFX N   ek    kiem   ek',
	'SFX M Y 2',
	'SFX M   a     ą      a',
	'SFX M   a     y      a',
	'SFX U Y 1',
	'SFX U   o     a      o',
	'SFX P Y 1',
	'SFX P   e     0      ce'
].join('\n');
const DIC = ['6', 'Tomasz/N', 'Wojtaszek/N', 'Warta/M', 'prawo/U', 'Tomasz/N', 'Polkowice/P'].join(
	'\n'
);

describe('readHunspell', () => {
	const morphology = readHunspell(AFF, DIC);

	it('gives the lemmas of an inflected form, capitalised as their entries', () => {
		expect(morphology.lemmas('Tomasza')).toEqual(['Tomasz']);
		expect(morphology.lemmas('Wojtaszka')).toEqual(['Wojtaszek']);
		expect(morphology.lemmas('Wartą')).toEqual(['Warta']);
		expect(morphology.lemmas('Prawa')).toEqual(['prawo']);
		expect(morphology.lemmas('Wojtaszk')).toEqual([]);
		// A rule that only strips: the genitive plural "Polkowic".
		expect(morphology.lemmas('Polkowic')).toEqual(['Polkowice']);
	});

	it('gives the forms of a lemma, and knows its lemmas', () => {
		expect(morphology.forms('Wojtaszek')).toEqual(['Wojtaszek', 'Wojtaszka', 'Wojtaszkiem']);
		expect(morphology.isLemma('Tomasz')).toBe(true);
		expect(morphology.isLemma('Tomasza')).toBe(false);
	});

	it('reads a compiled table as it reads the dictionary', () => {
		const compiled = readHunspell(AFF, compileHunspellDictionary(DIC));
		for (const form of ['Tomasza', 'Wojtaszka', 'Wartą', 'Prawa', 'Nowak'])
			expect(compiled.lemmas(form)).toEqual(morphology.lemmas(form));
	});
});

describe('guessProperLemma', () => {
	const aff = [
		'SET UTF-8',
		'SFX M Y 3',
		'SFX M   a     ze     [^r]ra',
		'SFX M   a     y      a',
		'SFX M   a     o      a'
	].join('\n');
	const morphology = readHunspell(
		aff,
		['5', 'Elwira/M', 'Palmira/M', 'Almira/M', 'Kalina/M', 'Otiena/M'].join('\n')
	);

	it('reads a name it lacks by the names that decline alike', () => {
		expect(morphology.guessProperLemma('Pereirze')).toBe('Pereira');
		expect(morphology.guessProperLemma('Pereiry')).toBe('Pereira');
	});

	it('keeps a base form, a vocative reading and a common word out', () => {
		expect(morphology.guessProperLemma('Sørgaard')).toBeUndefined();
		expect(morphology.guessProperLemma('Otieno')).toBeUndefined();
		expect(morphology.guessProperLemma('pereirze')).toBeUndefined();
	});
});
