import type { Language } from '$lib/quiz/content';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: Language;
			/** The anonymous learner of this browser (cookie). */
			learnerId: string;
		}
	}
}

export {};
