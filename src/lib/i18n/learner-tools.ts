import type { Language } from '$lib/quiz/content';

/** Words of the learner's live countdown. */
const pl = {
	timeLeftLive: 'Pozostały czas: {time}',
	announceMinutes: 'Pozostało minut: {minutes}.',
	announceSeconds: 'Pozostało sekund: {seconds}.',
	timeUp: 'Czas minął. Odpowiedzi zapisane do tej chwili zostaną oddane.'
};

type LearnerToolsWords = typeof pl;

const en: LearnerToolsWords = {
	timeLeftLive: 'Time left: {time}',
	announceMinutes: 'Minutes left: {minutes}.',
	announceSeconds: 'Seconds left: {seconds}.',
	timeUp: 'Time is up. The answers saved until now will be handed in.'
};

export const LEARNER_TOOLS: Record<Language, LearnerToolsWords> = { pl, en };
