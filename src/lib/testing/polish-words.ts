/** Spells integers in Polish words (nominative): a reference for tests, independent of the parser. */
const UNITS = [
	'',
	'jeden',
	'dwa',
	'trzy',
	'cztery',
	'pięć',
	'sześć',
	'siedem',
	'osiem',
	'dziewięć'
];
const TEENS = [
	'dziesięć',
	'jedenaście',
	'dwanaście',
	'trzynaście',
	'czternaście',
	'piętnaście',
	'szesnaście',
	'siedemnaście',
	'osiemnaście',
	'dziewiętnaście'
];
const TENS = [
	'',
	'',
	'dwadzieścia',
	'trzydzieści',
	'czterdzieści',
	'pięćdziesiąt',
	'sześćdziesiąt',
	'siedemdziesiąt',
	'osiemdziesiąt',
	'dziewięćdziesiąt'
];
const HUNDREDS = [
	'',
	'sto',
	'dwieście',
	'trzysta',
	'czterysta',
	'pięćset',
	'sześćset',
	'siedemset',
	'osiemset',
	'dziewięćset'
];
const SCALES: [number, [string, string, string]][] = [
	[1e9, ['miliard', 'miliardy', 'miliardów']],
	[1e6, ['milion', 'miliony', 'milionów']],
	[1e3, ['tysiąc', 'tysiące', 'tysięcy']]
];

function belowThousand(n: number): string[] {
	const words = [HUNDREDS[Math.floor(n / 100)] ?? ''];
	const rest = n % 100;
	if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
	else words.push(TENS[Math.floor(rest / 10)] ?? '', UNITS[rest % 10] ?? '');
	return words.filter(Boolean);
}

/** A reference speller, independent of the parser: nominative with the right plural of the scale word. */
export function polishWords(n: number): string {
	if (n === 0) return 'zero';
	const words: string[] = [];
	let rest = n;
	for (const [scale, [one, few, many]] of SCALES) {
		const count = Math.floor(rest / scale);
		rest %= scale;
		if (count === 0) continue;
		const lastTwo = count % 100;
		const last = count % 10;
		const form =
			count === 1 ? one : last >= 2 && last <= 4 && (lastTwo < 10 || lastTwo >= 20) ? few : many;
		if (count > 1) words.push(...belowThousand(count));
		words.push(form);
	}
	words.push(...belowThousand(rest));
	return words.join(' ');
}
