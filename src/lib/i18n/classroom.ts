import type { Language } from '$lib/quiz/content';
import type { DraftNote } from '$lib/quiz/extract/draft';

/** The classroom's words (teachers' pages, joining, class assignments) in Polish and English. */
const pl = {
	teacherArea: 'Dla nauczycieli',
	signUpHeading: 'Załóż konto nauczyciela',
	signInHeading: 'Zaloguj się jako nauczyciel',
	email: 'E-mail',
	password: 'Hasło',
	passwordHint: (min: number) =>
		`Co najmniej ${min} znaków i trudne do odgadnięcia: najlepiej kilka słów.`,
	displayName: 'Imię i nazwisko (widoczne dla uczniów)',
	signUp: 'Załóż konto',
	signIn: 'Zaloguj się',
	signOut: 'Wyloguj się',
	signOutEverywhere: 'Wyloguj się na wszystkich urządzeniach',
	haveAccount: 'Masz już konto?',
	noAccount: 'Nie masz konta?',
	errors: {
		'email:invalid': 'Wpisz poprawny adres e-mail, np. anna@szkola.pl.',
		'form:not-created':
			'Nie udało się założyć konta z tym adresem. Jeśli masz już konto, zaloguj się; jeśli nie, użyj innego adresu.',
		'password:too-short': 'Hasło jest za krótkie: musi mieć co najmniej 10 znaków.',
		'password:repeats': 'Powtórzone znaki (np. aaaa) są łatwe do odgadnięcia. Użyj kilku słów.',
		'password:common':
			'To jedno z najpopularniejszych haseł albo bardzo do niego podobne. Użyj kilku słów, których nikt by nie zgadł.',
		'password:keyboard': 'Rzędy klawiatury (np. qwerty) są łatwe do odgadnięcia. Użyj kilku słów.',
		'password:sequence': 'Ciągi (np. abcd, 1234) są łatwe do odgadnięcia. Użyj kilku słów.',
		'password:date': 'Daty i lata są łatwe do odgadnięcia. Użyj kilku słów.',
		'password:word':
			'Jedno słowo, imię albo Twój adres są łatwe do odgadnięcia. Dodaj kolejne słowa.',
		'password:guessable': 'To hasło jest łatwe do odgadnięcia. Dodaj kolejne słowa lub znaki.',
		'password:too-long': 'Hasło jest za długie.',
		'displayName:missing': 'Wpisz imię i nazwisko.',
		'displayName:too-long': 'Imię i nazwisko jest za długie.',
		'title:too-long': 'Tytuł jest za długi.',
		'types:unknown': 'Wybierz typy pytań z listy.',
		'facts:unknown': 'Wybierz fakty z listy.',
		'opensAt:invalid-date': 'Podaj datę i godzinę.',
		'dueAt:invalid-date': 'Podaj datę i godzinę.',
		'dueAt:before-open': 'Termin musi być późniejszy niż otwarcie.'
	} as Record<string, string>,
	range: (min: number, max: number) => `Podaj liczbę całkowitą od ${min} do ${max}.`,
	wrongCredentials: 'Nieprawidłowy e-mail lub hasło.',
	rateLimited: (seconds: number) =>
		`Zbyt wiele prób. Spróbuj ponownie za ${Math.ceil(seconds / 60)} min.`,
	dashboardHeading: (name: string) => `Zadania — ${name}`,
	noAssignments: 'Nie masz jeszcze żadnego zadania.',
	newAssignment: 'Nowe zadanie',
	newAssignmentFrom: (title: string) => `Nowe zadanie z modułu „${title}”`,
	assignmentTitle: 'Tytuł zadania',
	questionCount: 'Liczba pytań',
	quizCapacity: (most: number) =>
		`Ten moduł daje najwyżej ${most} różnych pytań (każdy fakt raz, żadne pytanie nie zdradza odpowiedzi innego): o więcej nie ma sensu prosić.`,
	quizShorter: (asked: number, most: number) =>
		`Zadanie prosi o ${asked} pytań, a moduł daje przy wybranych typach i faktach najwyżej ${most} bez powtarzania faktu i zdradzania odpowiedzi: uczniowie dostaną krótszy quiz.`,
	questionTypes: 'Typy pytań (żaden zaznaczony = wszystkie)',
	factsToInclude: 'Fakty (żaden zaznaczony = wszystkie)',
	timeLimit: 'Limit czasu w minutach (puste = bez limitu)',
	maxAttempts: 'Liczba podejść',
	opensAt: 'Otwarte od (puste = od razu)',
	dueAt: 'Termin (puste = bez terminu)',
	openBook: 'Z otwartą książką (artykuł widoczny podczas quizu)',
	feedbackWhen: 'Kiedy uczniowie widzą poprawne odpowiedzi',
	feedback: {
		immediate: 'Od razu po każdym pytaniu (sprawdzona odpowiedź jest ostateczna)',
		'after-submit': 'Zaraz po oddaniu',
		'after-due': 'Po terminie',
		never: 'Nigdy (tylko wynik)'
	} as Record<string, string>,
	shuffle: 'Każdy uczeń ma pytania w innej kolejności',
	seedMode: 'Pytania',
	seedShared: 'Ten sam zestaw dla całej klasy',
	seedPerStudent: 'Inny zestaw dla każdego ucznia',
	create: 'Utwórz zadanie',
	questionTypeNames: {
		numeric: 'liczba do wpisania',
		'single-choice': 'jednokrotny wybór',
		'multiple-response': 'wielokrotny wybór',
		'true-false': 'prawda/fałsz',
		cloze: 'luka w zdaniu',
		ordering: 'kolejność',
		matching: 'dopasowanie',
		'short-answer': 'krótka odpowiedź'
	} as Record<string, string>,
	joinCode: 'Kod dołączenia',
	joinLink: 'Link dla uczniów',
	qrCode: (code: string) => `Kod QR z linkiem do dołączenia z kodem ${code}`,
	students: 'Uczniowie',
	noStudents: 'Nikt jeszcze nie dołączył.',
	liveNote: 'Lista odświeża się sama co kilka sekund.',
	studentCounts: (joined: number, working: number, submitted: number) =>
		`Dołączyło: ${joined}. W trakcie: ${working}. Oddało: ${submitted}.`,
	studentPages: 'Strony listy uczniów',
	studentPage: (page: number, pages: number) => `Strona ${page} z ${pages}`,
	previousPage: 'Poprzednia strona',
	nextPage: 'Następna strona',
	studentName: 'Uczeń',
	joined: 'Dołączył(a)',
	progress: 'Postęp',
	score: 'Wynik',
	status: 'Stan',
	statusNotStarted: 'nie rozpoczął(a)',
	statusOpen: 'w trakcie',
	statusSubmitted: 'oddane',
	itemsHeading: 'Pytania',
	itemsIntro:
		'Łatwość: średni wynik za pytanie. Moc różnicująca: korelacja wyniku za pytanie z resztą testu (poniżej 0,2 — pytanie słabo odróżnia lepiej i gorzej przygotowanych).',
	item: 'Pytanie',
	facility: 'Łatwość',
	discrimination: 'Moc różnicująca',
	commonWrong: 'Częste błędne odpowiedzi',
	unanswered: 'bez odpowiedzi',
	distribution: 'Rozkład wyników',
	distributionLabel: (from: number, to: number, count: number) =>
		`${from}–${to}%: ${count} ${count === 1 ? 'uczeń' : 'uczniów'}`,
	summary: (count: number, mean: string) => `Oddane prace: ${count}. Średni wynik: ${mean}.`,
	exportGrades: 'Pobierz oceny (CSV)',
	exportAnswers: 'Pobierz wszystkie odpowiedzi (CSV)',
	regradeHeading: 'Przelicz ponownie',
	regradeIntro:
		'Po poprawieniu klucza lub synonimów faktu w module przelicz wszystkie oddane odpowiedzi.',
	regrade: 'Przelicz wyniki',
	regradeDone: (count: number) =>
		count === 0
			? 'Przeliczono: żaden wynik się nie zmienił.'
			: `Przeliczono: zmieniło się wyników: ${count}.`,
	regradeHistory: 'Historia przeliczeń',
	regradeChange: (name: string, before: string, after: string) => `${name}: ${before} → ${after}`,
	newerVersion: (when: string) =>
		`Autor modułu opublikował jego nowszą wersję (${when}). To zadanie nadal ocenia według wersji, z której je utworzono; przeliczenie z nowszą wersją zmieni klucz tej klasy.`,
	regradeWithNewer: 'Przelicz z nowszą wersją',
	versionNotNewer: 'To nie jest nowsza wersja modułu tego zadania.',
	accommodations: 'Dostosowania',
	extraMinutes: 'Dodatkowe minuty',
	extraAttempts: 'Dodatkowe podejścia',
	save: 'Zapisz',
	saved: 'Zapisano.',
	deleteStudent: 'Usuń dane ucznia',
	deleteStudentConfirm: (name: string) => `Tak, usuń wszystkie odpowiedzi i wyniki ucznia ${name}`,
	deleteAssignment: 'Usuń zadanie',
	deleteAssignmentConfirm: 'Tak, usuń zadanie ze wszystkimi odpowiedziami uczniów',
	confirmRequired: 'Zaznacz potwierdzenie, aby usunąć.',
	dangerZone: 'Usuwanie',
	assignmentNotFound: 'Nie ma takiego zadania albo nie należy do ciebie.',
	studentNotFound: 'Nie ma takiego ucznia w tym zadaniu.',
	answersOf: (name: string) => `Odpowiedzi: ${name}`,
	answer: 'Odpowiedź',
	credit: 'Punkty',
	savedAt: 'Zapisano',
	attemptNumber: (n: number) => `Podejście ${n}`,
	joinHeading: 'Dołącz do zadania',
	joinIntro: 'Wpisz kod od nauczyciela i swoje imię. Konto nie jest potrzebne.',
	yourName: 'Twoje imię (tak zobaczy je nauczyciel)',
	join: 'Dołącz',
	unknownCode: 'Nie ma zadania z takim kodem. Sprawdź kod na tablicy.',
	nameMissing: 'Wpisz swoje imię.',
	nameTaken: (name: string) =>
		`Ktoś już dołączył jako „${name}”. Jeśli to ty, otwórz link do zadania, który pokazał się po dołączeniu, albo poproś nauczyciela: pokaże ci twój link lub kod QR albo pozwoli ci dołączyć ponownie. Jeśli to ktoś inny, dopisz np. pierwszą literę nazwiska.`,
	resumeHeading: 'Link ucznia do zadania',
	resumeForTeacher: (name: string) =>
		`Ten link i kod QR otwierają zadanie jako ${name} na dowolnym urządzeniu. Pokaż je tylko temu uczniowi.`,
	resumeQr: (name: string) => `Kod QR z linkiem do zadania ucznia ${name}`,
	newResumeLink: 'Utwórz nowy link (poprzedni przestanie działać)',
	allowRejoin: 'Pozwól dołączyć ponownie',
	allowRejoinIntro: (name: string) =>
		`Uczeń wpisze kod i imię „${name}” na nowym urządzeniu i wróci na swoje miejsce, z dotychczasowymi podejściami. Stary link przestanie działać.`,
	rejoinAllowed: (name: string) =>
		`Czekamy, aż ${name} dołączy ponownie (tylko raz, pod tym samym imieniem).`,
	cancelRejoin: 'Anuluj',
	nameTooLong: (max: number) => `Imię może mieć najwyżej ${max} znaków.`,
	classHeading: (title: string) => `Zadanie: ${title}`,
	classTeacherNote: (name: string) => `Jesteś zapisany(-a) jako ${name}.`,
	resumeLinkIntro:
		'Zachowaj ten link: otworzysz nim swoje zadanie na innym urządzeniu albo po wyczyszczeniu przeglądarki.',
	resumeLink: 'Twój link do zadania',
	startAttempt: 'Rozpocznij',
	continueAttempt: 'Kontynuuj',
	attemptsLeft: (left: number) => `Pozostałe podejścia: ${left}.`,
	notOpen: (when: string) => `Zadanie otwiera się ${when}.`,
	pastDue: 'Termin minął.',
	noAttemptsLeft: 'Wykorzystano wszystkie podejścia.',
	dueNote: (when: string) => `Termin: ${when}.`,
	timeLimitNote: (minutes: number) => `Limit czasu: ${minutes} min od rozpoczęcia.`,
	yourAttempts: 'Twoje podejścia',
	seeResults: 'Zobacz wynik',
	resultsHidden: 'Twoje odpowiedzi zostały oddane. Nauczyciel pokaże poprawne odpowiedzi później.',
	resultsAfterDue: (when: string) => `Poprawne odpowiedzi zobaczysz po terminie (${when}).`,
	authoringHeading: 'Moduły z artykułów',
	authoringIntro:
		'Wklej artykuł po polsku lub po angielsku albo wgraj plik (.txt, .md, .html). factquiz znajdzie w nim fakty — liczby, daty, proporcje, osoby i państwa — i zaproponuje pytania. Wszystko działa na tym serwerze, bez usług zewnętrznych.',
	writeModule: 'Napisz moduł z artykułu',
	articleText: 'Tekst artykułu',
	articleFile: 'albo plik z artykułem (.txt, .md, .html)',
	startReview: 'Znajdź fakty',
	draftsHeading: 'Wersje robocze',
	publishedHeading: 'Opublikowane moduły',
	noDrafts: 'Brak wersji roboczych.',
	extractionErrors: {
		empty: 'Tekst jest pusty. Wklej artykuł albo wybierz plik.',
		binary: 'To nie wygląda na tekst. Wybierz plik .txt, .md albo .html.',
		'too-large': 'Artykuł jest za długi.',
		'unsupported-language': 'Obsługiwane są artykuły po polsku i po angielsku.',
		'no-facts': 'Nie znaleziono w tym tekście żadnych faktów do pytań.'
	} as Record<string, string>,
	unsupportedFile: 'Ten rodzaj pliku nie jest obsługiwany. Wybierz .txt, .md albo .html.',
	moduleFileTooLarge: (megabytes: number) => `Plik jest większy niż ${megabytes} MB.`,
	reviewHeading: (title: string) => `Przegląd: ${title}`,
	reviewIntro:
		'Zaznacz fakty, które mają trafić do modułu, popraw pytania, synonimy i tolerancję. Zmiany zapisują się same.',
	candidatesHeading: 'Znalezione fakty',
	candidateKinds: {
		number: 'liczba',
		proportion: 'proporcja',
		date: 'data',
		entity: 'nazwa',
		statement: 'kto co zrobił'
	} as Record<string, string>,
	acceptCandidate: 'Weź do modułu',
	questionWording: 'Pytanie',
	aliases: 'Inne poprawne odpowiedzi (po przecinku)',
	tolerancePercent: 'Tolerancja w %',
	keyValue: 'Poprawna odpowiedź (liczba)',
	rowLabel:
		'Co liczy ta liczba (wiersz w pytaniach na dopasowanie i kolejność; puste = nie pokazuj)',
	entityName: 'Nazwa w mianowniku (tak, jak ją zobaczą uczniowie)',
	notTickedBecause: 'Nie zaznaczono, bo:',
	candidateReasons: {
		'bare-name': 'to sama nazwa, bez faktu, o który można zapytać',
		'no-unit': 'artykuł nie mówi, co liczy ta liczba',
		'figure-unreadable': 'tej liczby nie da się odczytać z zapisu w artykule',
		'gap-cuts-word': 'luka w pytaniu przecina słowo albo liczbę'
	} as Record<string, string>,
	draftNote: (note: DraftNote): string => {
		switch (note.code) {
			case 'no-such-candidate':
				return `Nie ma kandydata „${note.candidateId}”.`;
			case 'no-unit':
				return `${note.candidateId}: artykuł nie mówi, co liczy ta liczba – uzupełnij jednostkę.`;
			case 'figure-unreadable':
				return `${note.candidateId}: zapisu „${note.text}” nie da się odczytać jako ${note.value} – bez pytania z luką.`;
			case 'no-year':
				return `${note.candidateId}: pominięto, bo artykuł nie podaje roku dla „${note.text}”.`;
			case 'year-from-article':
				return `${note.candidateId}: rok ${note.year} przyjęto z daty artykułu – sprawdź go.`;
			case 'date-missing':
				return 'Podaj datę publikacji jako RRRR, RRRR-MM albo RRRR-MM-DD.';
			case 'date-guess':
				return `Data ${note.date} jest przypuszczeniem – podaj datę publikacji.`;
			case 'source-missing':
				return 'Podaj, skąd pochodzi artykuł.';
			case 'no-facts':
				return 'Nie wybrano żadnego faktu: moduł potrzebuje co najmniej jednego.';
		}
	},
	evidenceLabel: 'W artykule',
	moduleDetails: 'Moduł',
	moduleId: 'Identyfikator modułu (małe litery, cyfry i myślniki)',
	moduleTitle: 'Tytuł',
	moduleSource: 'Źródło artykułu',
	moduleDate: 'Data publikacji (RRRR-MM-DD)',
	saveDraft: 'Zapisz',
	draftSaved: 'Zapisano wersję roboczą.',
	preview: 'Podgląd quizu',
	previewHeading: 'Podgląd quizu',
	publish: 'Opublikuj',
	publishErrorsHeading: 'Moduł ma błędy, popraw je przed publikacją:',
	warningsHeading: 'Do sprawdzenia:',
	moduleIdTaken: 'Ten identyfikator ma już inny moduł. Wybierz inny.',
	moduleIdInvalid:
		'Identyfikator: małe litery bez polskich znaków, cyfry i myślniki, np. kursk-2025.',
	deleteDraft: 'Usuń wersję roboczą',
	exportFiles: 'Pobierz pliki modułu',
	importHeading: 'Wczytaj moduł z plików',
	importIntro: 'Pliki article.md i facts.yaml w formacie katalogu questions/<moduł>/.',
	importArticle: 'article.md',
	importFacts: 'facts.yaml',
	importModule: 'Wczytaj i opublikuj',
	draftNotFound: 'Nie ma takiej wersji roboczej.',
	unpublish: 'Wycofaj publikację',
	classLink: 'Moje zadanie',
	resumeNotFound: 'Ten link do zadania jest nieprawidłowy albo zadanie zostało usunięte.',
	resumeConfirmHeading: 'Kontynuować jako ten uczeń?',
	resumeQuestion: (name: string, title: string) =>
		`Ten link prowadzi do pracy ucznia ${name} w zadaniu „${title}”. Po kontynuacji ta przeglądarka będzie pracować jako ${name}.`,
	resumeOwnHistory:
		'Twoje własne quizy i powtórki zostaną zapisane: wrócisz do nich na stronie „Mój identyfikator”.',
	resumeContinue: (name: string) => `Kontynuuj jako ${name}`,
	resumeCancel: 'Nie, wróć na stronę główną'
};

type ClassroomMessages = typeof pl;

const en: ClassroomMessages = {
	teacherArea: 'For teachers',
	signUpHeading: 'Create a teacher account',
	signInHeading: 'Sign in as a teacher',
	email: 'Email',
	password: 'Password',
	passwordHint: (min) => `At least ${min} characters and hard to guess: a few words are best.`,
	displayName: 'Your name (students see it)',
	signUp: 'Create account',
	signIn: 'Sign in',
	signOut: 'Sign out',
	signOutEverywhere: 'Sign out on all devices',
	haveAccount: 'Already have an account?',
	noAccount: 'No account yet?',
	errors: {
		'email:invalid': 'Enter a valid email address, such as anna@school.org.',
		'form:not-created':
			'No account could be made with this address. If you have one, sign in; if not, use another address.',
		'password:too-short': 'The password is too short: at least 10 characters.',
		'password:repeats': 'Repeated characters (like aaaa) are easy to guess. Use a few words.',
		'password:common':
			'This is one of the most common passwords, or very like one. Use a few words nobody would guess.',
		'password:keyboard': 'Keyboard rows (like qwerty) are easy to guess. Use a few words.',
		'password:sequence': 'Sequences (like abcd or 1234) are easy to guess. Use a few words.',
		'password:date': 'Dates and years are easy to guess. Use a few words.',
		'password:word': 'A single word, a name or your address is easy to guess. Add more words.',
		'password:guessable': 'This password is easy to guess. Add more words or characters.',
		'password:too-long': 'The password is too long.',
		'displayName:missing': 'Enter your name.',
		'displayName:too-long': 'The name is too long.',
		'title:too-long': 'The title is too long.',
		'types:unknown': 'Choose question types from the list.',
		'facts:unknown': 'Choose facts from the list.',
		'opensAt:invalid-date': 'Give a date and time.',
		'dueAt:invalid-date': 'Give a date and time.',
		'dueAt:before-open': 'The due date must come after the opening.'
	},
	range: (min, max) => `Enter a whole number from ${min} to ${max}.`,
	wrongCredentials: 'Wrong email or password.',
	rateLimited: (seconds) => `Too many tries. Try again in ${Math.ceil(seconds / 60)} min.`,
	dashboardHeading: (name) => `Assignments — ${name}`,
	noAssignments: 'You have no assignments yet.',
	newAssignment: 'New assignment',
	newAssignmentFrom: (title) => `New assignment from “${title}”`,
	assignmentTitle: 'Assignment title',
	questionCount: 'Number of questions',
	quizCapacity: (most) =>
		`This module gives at most ${most} different questions (each fact once, no question giving away another's answer): asking for more gives no more.`,
	quizShorter: (asked, most) =>
		`The assignment asks for ${asked} questions, but with the chosen types and facts the module gives at most ${most} without repeating a fact or giving an answer away: students get a shorter quiz.`,
	questionTypes: 'Question types (none ticked = all)',
	factsToInclude: 'Facts (none ticked = all)',
	timeLimit: 'Time limit in minutes (empty = none)',
	maxAttempts: 'Attempts allowed',
	opensAt: 'Opens at (empty = now)',
	dueAt: 'Due (empty = no due date)',
	openBook: 'Open book (the article stays visible during the quiz)',
	feedbackWhen: 'When students see the right answers',
	feedback: {
		immediate: 'Immediately after each question (a checked answer is final)',
		'after-submit': 'Right after submitting',
		'after-due': 'After the due date',
		never: 'Never (score only)'
	},
	shuffle: 'Each student gets the questions in another order',
	seedMode: 'Questions',
	seedShared: 'The same set for the whole class',
	seedPerStudent: 'A different set for each student',
	create: 'Create assignment',
	questionTypeNames: {
		numeric: 'number entry',
		'single-choice': 'single choice',
		'multiple-response': 'multiple response',
		'true-false': 'true/false',
		cloze: 'cloze (gap in a sentence)',
		ordering: 'ordering',
		matching: 'matching',
		'short-answer': 'short answer'
	},
	joinCode: 'Join code',
	joinLink: 'Link for students',
	qrCode: (code) => `QR code with the link to join with code ${code}`,
	students: 'Students',
	noStudents: 'No one has joined yet.',
	liveNote: 'This list refreshes itself every few seconds.',
	studentCounts: (joined, working, submitted) =>
		`Joined: ${joined}. In progress: ${working}. Submitted: ${submitted}.`,
	studentPages: 'Pages of the student list',
	studentPage: (page, pages) => `Page ${page} of ${pages}`,
	previousPage: 'Previous page',
	nextPage: 'Next page',
	studentName: 'Student',
	joined: 'Joined',
	progress: 'Progress',
	score: 'Score',
	status: 'Status',
	statusNotStarted: 'not started',
	statusOpen: 'in progress',
	statusSubmitted: 'submitted',
	itemsHeading: 'Questions',
	itemsIntro:
		'Facility: the mean credit on the item. Discrimination: the correlation of the item with the rest of the test (below 0.2, the item barely separates well- and poorly-prepared students).',
	item: 'Question',
	facility: 'Facility',
	discrimination: 'Discrimination',
	commonWrong: 'Common wrong answers',
	unanswered: 'unanswered',
	distribution: 'Score distribution',
	distributionLabel: (from, to, count) =>
		`${from}–${to}%: ${count} ${count === 1 ? 'student' : 'students'}`,
	summary: (count, mean) => `Submitted: ${count}. Mean score: ${mean}.`,
	exportGrades: 'Download grades (CSV)',
	exportAnswers: 'Download all answers (CSV)',
	regradeHeading: 'Regrade',
	regradeIntro:
		'After fixing a fact’s key or aliases in the module, rescore every submitted answer.',
	regrade: 'Regrade',
	regradeDone: (count) =>
		count === 0 ? 'Regraded: no score changed.' : `Regraded: ${count} scores changed.`,
	regradeHistory: 'Regrade history',
	regradeChange: (name, before, after) => `${name}: ${before} → ${after}`,
	newerVersion: (when) =>
		`The module’s author has published a newer version of it (${when}). This assignment still scores against the version it was made from; regrading with the newer version changes this class’s key.`,
	regradeWithNewer: 'Regrade with the newer version',
	versionNotNewer: 'This is not a newer version of this assignment’s module.',
	accommodations: 'Accommodations',
	extraMinutes: 'Extra minutes',
	extraAttempts: 'Extra attempts',
	save: 'Save',
	saved: 'Saved.',
	deleteStudent: 'Delete student’s data',
	deleteStudentConfirm: (name) => `Yes, delete every answer and score of ${name}`,
	deleteAssignment: 'Delete assignment',
	deleteAssignmentConfirm: 'Yes, delete the assignment with all students’ answers',
	confirmRequired: 'Tick the confirmation to delete.',
	dangerZone: 'Deleting',
	assignmentNotFound: 'There is no such assignment, or it is not yours.',
	studentNotFound: 'There is no such student in this assignment.',
	answersOf: (name) => `Answers: ${name}`,
	answer: 'Answer',
	credit: 'Credit',
	savedAt: 'Saved',
	attemptNumber: (n) => `Attempt ${n}`,
	joinHeading: 'Join an assignment',
	joinIntro: 'Enter the code from your teacher and your name. No account needed.',
	yourName: 'Your name (as your teacher will see it)',
	join: 'Join',
	unknownCode: 'No assignment has this code. Check the code on the board.',
	nameMissing: 'Enter your name.',
	nameTaken: (name) =>
		`Someone has already joined as “${name}”. If that is you, open the assignment link shown when you joined, or ask your teacher: they can show you your link or QR code, or let you join again. If it is someone else, add, say, your surname’s first letter.`,
	resumeHeading: 'The student’s assignment link',
	resumeForTeacher: (name) =>
		`This link and QR code open the assignment as ${name} on any device. Show them to this student only.`,
	resumeQr: (name) => `QR code of ${name}’s assignment link`,
	newResumeLink: 'Make a new link (the previous one stops working)',
	allowRejoin: 'Allow joining again',
	allowRejoinIntro: (name) =>
		`The student types the code and the name “${name}” on a new device and is back in their seat, with their attempts. The old link stops working.`,
	rejoinAllowed: (name) => `Waiting for ${name} to join again (once, under the same name).`,
	cancelRejoin: 'Cancel',
	nameTooLong: (max) => `A name can have at most ${max} characters.`,
	classHeading: (title) => `Assignment: ${title}`,
	classTeacherNote: (name) => `You joined as ${name}.`,
	resumeLinkIntro:
		'Keep this link: it opens your assignment on another device or after the browser was cleared.',
	resumeLink: 'Your assignment link',
	startAttempt: 'Start',
	continueAttempt: 'Continue',
	attemptsLeft: (left) => `Attempts left: ${left}.`,
	notOpen: (when) => `The assignment opens ${when}.`,
	pastDue: 'The due date has passed.',
	noAttemptsLeft: 'All attempts are used.',
	dueNote: (when) => `Due: ${when}.`,
	timeLimitNote: (minutes) => `Time limit: ${minutes} min from the start.`,
	yourAttempts: 'Your attempts',
	seeResults: 'See the result',
	resultsHidden: 'Your answers are submitted. Your teacher will show the right answers later.',
	resultsAfterDue: (when) => `You will see the right answers after the due date (${when}).`,
	authoringHeading: 'Modules from articles',
	authoringIntro:
		'Paste a Polish or English article or upload a file (.txt, .md, .html). factquiz finds its facts — figures, dates, proportions, people and countries — and suggests questions. Everything runs on this server, with no outside service.',
	writeModule: 'Write a module from an article',
	articleText: 'Article text',
	articleFile: 'or a file with the article (.txt, .md, .html)',
	startReview: 'Find the facts',
	draftsHeading: 'Drafts',
	publishedHeading: 'Published modules',
	noDrafts: 'No drafts.',
	extractionErrors: {
		empty: 'The text is empty. Paste an article or choose a file.',
		binary: 'This does not look like text. Choose a .txt, .md or .html file.',
		'too-large': 'The article is too long.',
		'unsupported-language': 'Articles in Polish and English are supported.',
		'no-facts': 'No facts for questions were found in this text.'
	},
	unsupportedFile: 'This kind of file is not supported. Choose .txt, .md or .html.',
	moduleFileTooLarge: (megabytes) => `The file is larger than ${megabytes} MB.`,
	reviewHeading: (title) => `Review: ${title}`,
	reviewIntro:
		'Tick the facts the module should have, fix questions, other answers and tolerance. Changes save themselves.',
	candidatesHeading: 'Facts found',
	candidateKinds: {
		number: 'figure',
		proportion: 'proportion',
		date: 'date',
		entity: 'name',
		statement: 'who did what'
	},
	acceptCandidate: 'Use in the module',
	questionWording: 'Question',
	aliases: 'Other right answers (comma-separated)',
	tolerancePercent: 'Tolerance in %',
	keyValue: 'Right answer (the figure)',
	rowLabel:
		'What the figure counts (its row in matching and ordering questions; empty = not shown)',
	entityName: 'Name in its base form (as students will see it)',
	notTickedBecause: 'Not ticked because:',
	candidateReasons: {
		'bare-name': 'it is a name alone, with no fact to ask about',
		'no-unit': 'the article does not say what the figure counts',
		'figure-unreadable': 'the figure cannot be read back from how the article writes it',
		'gap-cuts-word': 'the gap in the question cuts a word or a figure in two'
	} as Record<string, string>,
	draftNote: (note) => {
		switch (note.code) {
			case 'no-such-candidate':
				return `There is no candidate "${note.candidateId}".`;
			case 'no-unit':
				return `${note.candidateId}: the article does not say what the figure counts: fill in the unit.`;
			case 'figure-unreadable':
				return `${note.candidateId}: "${note.text}" cannot be read as ${note.value}: no gap question.`;
			case 'no-year':
				return `${note.candidateId}: left out, the article gives no year for "${note.text}".`;
			case 'year-from-article':
				return `${note.candidateId}: the year ${note.year} comes from the article's date: check it.`;
			case 'date-missing':
				return 'Give the publication date as YYYY, YYYY-MM or YYYY-MM-DD.';
			case 'date-guess':
				return `The date ${note.date} is a guess: give the publication date.`;
			case 'source-missing':
				return 'Say where the article comes from.';
			case 'no-facts':
				return 'No fact is ticked: a module needs at least one.';
		}
	},
	evidenceLabel: 'In the article',
	moduleDetails: 'Module',
	moduleId: 'Module id (lower-case letters, digits and hyphens)',
	moduleTitle: 'Title',
	moduleSource: 'Source of the article',
	moduleDate: 'Publication date (YYYY-MM-DD)',
	saveDraft: 'Save',
	draftSaved: 'Draft saved.',
	preview: 'Preview the quiz',
	previewHeading: 'Quiz preview',
	publish: 'Publish',
	publishErrorsHeading: 'The module has errors; fix them before publishing:',
	warningsHeading: 'To check:',
	moduleIdTaken: 'Another module has this id. Choose another.',
	moduleIdInvalid: 'Id: lower-case letters, digits and hyphens, such as kursk-2025.',
	deleteDraft: 'Delete draft',
	exportFiles: 'Download the module’s files',
	importHeading: 'Import a module from files',
	importIntro: 'The files article.md and facts.yaml, as in a questions/<module>/ folder.',
	importArticle: 'article.md',
	importFacts: 'facts.yaml',
	importModule: 'Import and publish',
	draftNotFound: 'There is no such draft.',
	unpublish: 'Unpublish',
	classLink: 'My assignment',
	resumeNotFound: 'This assignment link is not valid, or the assignment was deleted.',
	resumeConfirmHeading: 'Continue as this student?',
	resumeQuestion: (name, title) =>
		`This link leads to the work of ${name} in the assignment “${title}”. If you continue, this browser works as ${name}.`,
	resumeOwnHistory:
		'Your own quizzes and practice stay saved: you can go back to them on the “My id” page.',
	resumeContinue: (name) => `Continue as ${name}`,
	resumeCancel: 'No, back to the home page'
};

export const CLASSROOM: Record<Language, ClassroomMessages> = { pl, en };
