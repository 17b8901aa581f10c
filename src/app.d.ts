import type { Language } from '$lib/quiz/content';
import type { Teacher } from '$lib/server/db/teachers';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			locale: Language;
			/** The anonymous learner of this browser (cookie). */
			learnerId: string;
			/** The signed-in teacher, from the session cookie. */
			teacher: Teacher | null;
			/** Cookies get `Secure` when the app is served over HTTPS (plain HTTP on a school LAN works too). */
			secureCookies: boolean;
		}
	}
}

export {};
