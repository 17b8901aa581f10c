import type { Language } from '$lib/quiz/content';

/** Words of the learner's live countdown, practice sessions and history. */
const pl = {
	timeLeftLive: 'Pozostały czas: {time}',
	announceMinutes: 'Pozostało minut: {minutes}.',
	announceSeconds: 'Pozostało sekund: {seconds}.',
	timeUp: 'Czas minął. Odpowiedzi zapisane do tej chwili zostaną oddane.',
	sessionProgress: (done: number, total: number) => `${done} z ${total} faktów na dziś`,
	sessionDoneHeading: 'Na dziś wszystko',
	sessionSummary: (reviewed: number, right: number) =>
		`Dziś przećwiczone fakty: ${reviewed}, w tym dobrze: ${right}.`,
	sessionNothingToday: 'Dziś nie było nic do powtórki.',
	practiseAhead: 'Ćwicz dalej z wyprzedzeniem',
	backToModule: 'Wróć do modułu',
	emptyAnswer: 'Wpisz albo wybierz odpowiedź: pusta nie zużywa próby.',
	historyHeading: 'Twoja historia',
	pastQuizzes: 'Quizy',
	pastPractice: 'Ćwiczenia',
	noHistory: 'Nie ma tu jeszcze żadnych quizów ani ćwiczeń.',
	module: 'Moduł',
	when: 'Kiedy',
	score: 'Wynik',
	reviews: 'Powtórzone fakty',
	right: 'Dobrze',
	classQuiz: 'zadanie klasowe'
};

type LearnerToolsWords = typeof pl;

const en: LearnerToolsWords = {
	timeLeftLive: 'Time left: {time}',
	announceMinutes: 'Minutes left: {minutes}.',
	announceSeconds: 'Seconds left: {seconds}.',
	timeUp: 'Time is up. The answers saved until now will be handed in.',
	sessionProgress: (done, total) => `${done} of ${total} facts for today`,
	sessionDoneHeading: 'All done for today',
	sessionSummary: (reviewed, right) => `Facts practised today: ${reviewed}, right: ${right}.`,
	sessionNothingToday: 'Nothing was due today.',
	practiseAhead: 'Keep practising ahead of schedule',
	backToModule: 'Back to the module',
	emptyAnswer: 'Type or choose an answer: an empty one does not use up a try.',
	historyHeading: 'Your history',
	pastQuizzes: 'Quizzes',
	pastPractice: 'Practice',
	noHistory: 'No quizzes or practice here yet.',
	module: 'Module',
	when: 'When',
	score: 'Score',
	reviews: 'Facts practised',
	right: 'Right',
	classQuiz: 'class assignment'
};

export const LEARNER_TOOLS: Record<Language, LearnerToolsWords> = { pl, en };
