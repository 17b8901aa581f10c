// Drag and drop for ordering and matching questions, on top of their selects, which stay the
// keyboard and no-JavaScript way to answer. Pointer events serve mouse, pen and touch alike.
// Every drop sets the selects and fires `change`, so the autosave (quiz-question.js) saves it.
(() => {
	const form = document.getElementById('answer-form');
	if (!(form instanceof HTMLFormElement) || form.querySelector('select:disabled')) return;

	/** @param {HTMLSelectElement} select @param {string} value */
	const choose = (select, value) => {
		if (select.value === value) return;
		select.value = value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	};

	// Ordering: drag a row by its handle; the rows' order becomes the positions.
	const ordering = form.querySelector('ul.options:not(.matching)');
	const rows = ordering ? [...ordering.querySelectorAll(':scope > li.pair')] : [];
	if (ordering && rows.length > 1 && rows.every((row) => row.querySelector('select'))) {
		ordering.classList.add('draggable-list');
		const positions = () =>
			[...ordering.querySelectorAll(':scope > li.pair select')].forEach((select, index) =>
				choose(/** @type {HTMLSelectElement} */ (select), String(index + 1))
			);
		// Rows already given positions start in that order.
		const placed = rows
			.map((row) => ({ row, at: Number(row.querySelector('select')?.value || 0) }))
			.sort((a, b) => (a.at || 99) - (b.at || 99));
		if (placed.some(({ at }) => at > 0)) placed.forEach(({ row }) => ordering.append(row));
		for (const row of rows) {
			const handle = document.createElement('span');
			handle.className = 'drag-handle';
			handle.textContent = '⠿';
			handle.setAttribute('aria-hidden', 'true');
			row.prepend(handle);
			handle.addEventListener('pointerdown', (down) => {
				down.preventDefault();
				row.classList.add('dragging');
				/** @param {PointerEvent} move */
				const onMove = (move) => {
					const siblings = [...ordering.querySelectorAll(':scope > li.pair:not(.dragging)')];
					const before = siblings.find((sibling) => {
						const box = sibling.getBoundingClientRect();
						return move.clientY < box.top + box.height / 2;
					});
					if (before) ordering.insertBefore(row, before);
					else ordering.append(row);
				};
				const onUp = () => {
					row.classList.remove('dragging');
					document.removeEventListener('pointermove', onMove);
					document.removeEventListener('pointerup', onUp);
					document.removeEventListener('pointercancel', onUp);
					positions();
				};
				// On the document, not the handle: moving the row in the page ends a pointer capture.
				document.addEventListener('pointermove', onMove);
				document.addEventListener('pointerup', onUp);
				document.addEventListener('pointercancel', onUp);
			});
		}
	}

	// Matching: drag a figure from the tray onto a row; the row's select takes it.
	const matching = form.querySelector('ul.options.matching');
	const firstSelect = matching?.querySelector('li.pair select');
	if (matching && firstSelect instanceof HTMLSelectElement) {
		const tray = document.createElement('div');
		tray.className = 'drag-tray';
		tray.setAttribute('aria-hidden', 'true');
		for (const option of firstSelect.options) {
			if (option.value === '') continue;
			const chip = document.createElement('span');
			chip.className = 'drag-chip';
			chip.textContent = option.text;
			chip.dataset.value = option.value;
			tray.append(chip);
			chip.addEventListener('pointerdown', (down) => {
				down.preventDefault();
				const ghost = /** @type {HTMLElement} */ (chip.cloneNode(true));
				ghost.classList.add('drag-ghost');
				document.body.append(ghost);
				/** @param {PointerEvent} event */
				const place = (event) => {
					ghost.style.left = `${event.clientX + 8}px`;
					ghost.style.top = `${event.clientY + 8}px`;
				};
				place(down);
				/** @param {PointerEvent} up */
				const onUp = (up) => {
					onCancel();
					const target = document.elementFromPoint(up.clientX, up.clientY)?.closest('li.pair');
					const select =
						target && matching.contains(target) ? target.querySelector('select') : null;
					if (select instanceof HTMLSelectElement) choose(select, chip.dataset.value ?? '');
				};
				const onCancel = () => {
					ghost.remove();
					document.removeEventListener('pointermove', place);
					document.removeEventListener('pointerup', onUp);
					document.removeEventListener('pointercancel', onCancel);
				};
				document.addEventListener('pointermove', place);
				document.addEventListener('pointerup', onUp);
				document.addEventListener('pointercancel', onCancel);
			});
		}
		matching.before(tray);
	}
})();
