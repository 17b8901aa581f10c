// The question page's only script (the page itself ships no framework code: it works as plain
// HTML forms). It saves the answer as it is given, so a closed tab loses nothing, and moves
// focus to the question heading when the learner arrives from another question of the quiz.
(() => {
	const form = document.getElementById('answer-form');
	const status = document.querySelector('#answer-form .autosave');
	const heading = document.getElementById('question-heading');
	if (!(form instanceof HTMLFormElement)) return;

	try {
		const from = new URL(document.referrer);
		const quiz = location.pathname.replace(/\/[^/]+$/, '/');
		if (from.origin === location.origin && from.pathname.startsWith(quiz)) heading?.focus();
	} catch {
		// No referrer (a typed address, a bookmark): focus stays where the browser puts it.
	}

	/**
	 * @param {'saving' | 'saved' | 'failed'} state
	 * @param {string} [message] why the server refused the answer, in the page's language
	 */
	const show = (state, message) => {
		if (!status) return;
		status.textContent =
			state === 'saving' ? '' : (message ?? status.getAttribute(`data-${state}`) ?? '');
	};

	// The autosave endpoint next to the question's page: it saves as the form does, answering JSON.
	const answerUrl = `${location.pathname.replace(/\/$/, '')}/answer`;
	// Urlencoded rather than multipart: the fields are short text, and the server reads it faster.
	const answerBody = () =>
		new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)]));

	let timer = 0;
	let waiting = false;
	/** One save at a time, in order: a slow earlier save must not land over a later one. */
	let saving = Promise.resolve();

	const save = () => {
		waiting = false;
		const body = answerBody();
		saving = saving.then(async () => {
			try {
				const response = await fetch(answerUrl, {
					method: 'POST',
					body,
					headers: { accept: 'application/json' }
				});
				const result = await response.json();
				// Another change may be waiting: "saved" only when nothing is.
				if (!response.ok || result.saved !== true) show('failed', result.message);
				else show(waiting ? 'saving' : 'saved');
			} catch {
				show('failed');
			}
		});
	};

	/** @param {Event} event */
	const schedule = (event) => {
		clearTimeout(timer);
		waiting = true;
		show('saving');
		timer = window.setTimeout(save, event.type === 'input' ? 800 : 0);
	};
	form.addEventListener('input', schedule);
	form.addEventListener('change', schedule);

	// Moving on saves too, but an autosave still in flight must land first, not after (and over)
	// the answer the form sends now.
	let released = false;
	form.addEventListener('submit', (event) => {
		clearTimeout(timer);
		waiting = false;
		if (released) return;
		event.preventDefault();
		const submitter = event.submitter;
		// A task, not a microtask: one would run while this submit event is still being fired, and
		// the browser ignores a submission requested then.
		saving.then(() =>
			setTimeout(() => {
				released = true;
				form.requestSubmit(submitter instanceof HTMLElement ? submitter : null);
			})
		);
	});

	// A tab closed or reloaded while a save waits: send it in a beacon that outlives the page.
	window.addEventListener('pagehide', () => {
		if (!waiting) return;
		clearTimeout(timer);
		waiting = false;
		navigator.sendBeacon(answerUrl, answerBody());
	});
	// Back from the browser's page cache: the form may be submitted again.
	window.addEventListener('pageshow', () => {
		released = false;
	});
})();
