import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { STATE_SYMBOLS } from '$lib/answer-states';
import type { AnswerState, GivenAnswer } from './results';

/**
 * The results page's charts, drawn by Observable Plot on the server into a document of its own
 * (linkedom): the page gets finished SVG, works without JavaScript and ships no charting code.
 * The SVG is decoration for sighted readers: the page gives the same data as a table.
 */

const STATES: readonly AnswerState[] = ['right', 'partly', 'wrong', 'unanswered'];
/** Light fills under dark marks: each state is told by its symbol as well as by its colour. */
const FILLS: Record<AnswerState, string> = {
	right: '#b7e4c7',
	partly: '#ffe8a3',
	wrong: '#f8c4c0',
	unanswered: '#e4e4e7'
};
const INK = '#1f2328';
const LABEL_MAX = 32;

function newDocument() {
	return parseHTML('<!doctype html><html><body></body></html>').document;
}

function shorten(text: string): string {
	return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

function finish(svg: Element): string {
	// The page's policy allows no inline style elements: the page's stylesheet gives the same rules.
	for (const style of svg.querySelectorAll('style')) style.remove();
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('focusable', 'false');
	return svg.outerHTML;
}

/** Horizontal bars: how many students gave each answer, coloured by how it went. */
export function givenAnswersSvg(
	given: readonly GivenAnswer[],
	words: { unanswered: string; students: string }
): string {
	const rows = given.map((answer, index) => ({
		// Two answers may shorten to one label: the index keeps their bars apart.
		label: `${index + 1}. ${shorten(answer.value ?? words.unanswered)}`,
		count: answer.count,
		state: answer.state
	}));
	const most = Math.max(1, ...rows.map((row) => row.count));
	const step = Math.ceil(most / 5);
	const ticks = Array.from({ length: Math.floor(most / step) + 1 }, (_, index) => index * step);
	const svg = Plot.plot({
		document: newDocument(),
		width: 560,
		height: 36 + rows.length * 26,
		marginLeft: 230,
		marginRight: 36,
		style: { color: INK, fontSize: '12px' },
		x: { label: words.students, grid: true, domain: [0, most], ticks, tickFormat: 'd' },
		y: { label: null, type: 'band', domain: rows.map((row) => row.label) },
		color: { domain: [...STATES], range: STATES.map((state) => FILLS[state]) },
		marks: [
			Plot.barX(rows, { x: 'count', y: 'label', fill: 'state', stroke: INK, strokeWidth: 0.5 }),
			Plot.text(rows, {
				x: 'count',
				y: 'label',
				text: (row: (typeof rows)[number]) => `${STATE_SYMBOLS[row.state]} ${row.count}`,
				dx: 4,
				textAnchor: 'start',
				fill: INK
			}),
			Plot.ruleX([0], { stroke: INK })
		]
	});
	return finish(svg);
}

/** Students down, questions across, each cell coloured and marked by how the answer went. */
export function answerGridSvg(
	students: readonly string[],
	items: readonly string[],
	cells: readonly { student: string; item: string; state: AnswerState }[]
): string {
	// Room for the longest name at about 7 px a letter of 12 px type.
	const marginLeft = Math.min(
		20 + 7 * Math.max(4, ...students.map((student) => shorten(student).length)),
		260
	);
	const svg = Plot.plot({
		document: newDocument(),
		width: Math.max(320, marginLeft + 20 + items.length * 36),
		height: 40 + students.length * 26,
		marginLeft,
		marginTop: 30,
		style: { color: INK, fontSize: '12px' },
		x: { label: null, type: 'band', domain: [...items], axis: 'top' },
		y: { label: null, type: 'band', domain: students.map(shorten) },
		color: { domain: [...STATES], range: STATES.map((state) => FILLS[state]) },
		marks: [
			Plot.cell(
				cells.map((cell) => ({ ...cell, student: shorten(cell.student) })),
				{ x: 'item', y: 'student', fill: 'state', stroke: 'white', inset: 1 }
			),
			Plot.text(
				cells.map((cell) => ({ ...cell, student: shorten(cell.student) })),
				{
					x: 'item',
					y: 'student',
					text: (cell: { state: AnswerState }) => STATE_SYMBOLS[cell.state],
					fill: INK
				}
			)
		]
	});
	return finish(svg);
}
