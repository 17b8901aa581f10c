import { doubleMetaphone } from 'double-metaphone';

/**
 * Whether a name typed is the key as a student writes it by ear, even when the typed form is
 * a real name of its own: it sounds the same (a Double Metaphone code in common: "Osbourne"
 * for Osborne, "Gardner" for Gardiner, "Kesler" for Kessler), or it is the key with one
 * letter left out ("Davison" for Davidson). Another name that sounds different ("Carver" for
 * Carter) or adds letters ("Kalkman" for Kalkan) is someone else. Both are folded words.
 */
export function spelledByEar(typed: string, key: string): boolean {
	if (typed.length === key.length - 1) {
		for (let index = 0; index < key.length; index++) {
			if (key.slice(0, index) + key.slice(index + 1) === typed) return true;
		}
	}
	const [typedPrimary, typedSecondary] = doubleMetaphone(typed);
	const [keyPrimary, keySecondary] = doubleMetaphone(key);
	return (
		typedPrimary !== '' &&
		(typedPrimary === keyPrimary ||
			typedPrimary === keySecondary ||
			typedSecondary === keyPrimary ||
			typedSecondary === keySecondary)
	);
}
