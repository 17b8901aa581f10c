// The live countdown of a timed quiz. The server's clock is the truth: the page says what time the
// server had when it was made, and the countdown runs from the difference to the deadline, so a
// learner's wrong clock neither gains nor loses time. The visible timer (role="timer") is not
// read out each second; a separate polite live region speaks every five minutes and, in the last
// minute, at 60, 30 and 10 seconds. Without JavaScript the static deadline line stays.
(() => {
	const timer = document.querySelector('[data-countdown-deadline]');
	const announcer = document.querySelector('.countdown-announcement');
	if (!(timer instanceof HTMLElement)) return;
	const deadline = Date.parse(timer.dataset.countdownDeadline ?? '');
	const serverNow = Date.parse(timer.dataset.countdownNow ?? '');
	if (!Number.isFinite(deadline) || !Number.isFinite(serverNow)) return;
	const remainingAtLoad = deadline - serverNow;
	const loadedAt = performance.now();
	const left = timer.dataset.left ?? '{time}';
	const minutes = timer.dataset.announceMinutes ?? '{minutes}';
	const seconds = timer.dataset.announceSeconds ?? '{seconds}';
	const up = timer.dataset.up ?? '';
	const output = timer.querySelector('.countdown-time') ?? timer;

	/** @param {number} ms */
	const clock = (ms) => {
		const total = Math.ceil(ms / 1000);
		const hours = Math.floor(total / 3600);
		const mm = String(Math.floor((total % 3600) / 60)).padStart(hours > 0 ? 2 : 1, '0');
		const ss = String(total % 60).padStart(2, '0');
		return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
	};
	/** @param {string} text */
	const announce = (text) => {
		if (announcer) announcer.textContent = text;
	};

	// Seconds left at which to speak, soonest last: each whole five minutes, then 60, 30 and 10.
	const marks = [];
	for (let at = Math.floor(remainingAtLoad / 300_000) * 300; at >= 300; at -= 300) marks.push(at);
	marks.push(...[60, 30, 10].filter((at) => at * 1000 < remainingAtLoad));

	const tick = () => {
		const remaining = remainingAtLoad - (performance.now() - loadedAt);
		if (remaining <= 0) {
			output.textContent = up;
			timer.classList.add('countdown-up');
			announce(up);
			return;
		}
		output.textContent = left.replace('{time}', clock(remaining));
		const secondsLeft = remaining / 1000;
		let crossed;
		while (marks.length > 0 && secondsLeft <= marks[0]) crossed = marks.shift();
		if (crossed !== undefined) {
			announce(
				crossed >= 60
					? minutes.replace('{minutes}', String(crossed / 60))
					: seconds.replace('{seconds}', String(crossed))
			);
		}
		if (remaining < 60_000) timer.classList.add('countdown-last-minute');
		// Wake just after the next whole second, so the display never skips one.
		setTimeout(tick, (remaining % 1000) + 20);
	};
	timer.hidden = false;
	tick();
})();
