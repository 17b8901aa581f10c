import type { ItemAnalysis } from '$lib/quiz/analysis';
import { roundCredit } from '$lib/quiz/score/attempt';
import type { AssignmentOverview } from './assignments';
import { answerGridSvg, givenAnswersSvg } from './charts';
import type { AnswerState } from './results';

/**
 * The results page's items, charts and grid, ready to show. With a quiz per student, items are
 * the same question type about the same facts, and they are listed grouped by fact, then type, so
 * that the questions about one fact stand together; with one quiz for the class, in its order.
 */

export interface ItemView {
	key: string;
	/** "P3" / "Q3": what the grid's columns and the chart's headings call the item. */
	label: string;
	/** The facts the item asks about, as the group it is listed under. */
	group: string;
	prompt: string;
	type: string | null;
	n: number;
	facilityPercent: number;
	discrimination: number | null;
	commonWrongAnswers: { value: string | null; count: number; share: number }[];
	given: { value: string | null; state: AnswerState; count: number }[];
	others: number;
	chartSvg: string;
}

export interface ResultsView {
	items: ItemView[];
	grid: { svg: string | null; rows: { student: string; cells: (AnswerState | null)[] }[] };
}

const VIEWS = new WeakMap<AssignmentOverview, Map<string, ResultsView>>();

export function resultsView(
	overview: AssignmentOverview,
	options: {
		perStudent: boolean;
		itemPrefix: string;
		words: { unanswered: string; students: string };
		factLabel: (factId: string) => string;
	}
): ResultsView {
	// The overview object is kept while nothing changed: so are its charts.
	const memo = `${options.perStudent}:${options.itemPrefix}:${options.words.students}`;
	const kept = VIEWS.get(overview)?.get(memo);
	if (kept) return kept;

	const about = (item: ItemAnalysis) => overview.items.get(item.questionKey);
	const analysed = [...overview.analysis.items];
	if (options.perStudent) {
		analysed.sort((a, b) => {
			const left = about(a);
			const right = about(b);
			return (
				(left?.factIds.join('+') ?? '').localeCompare(right?.factIds.join('+') ?? '') ||
				(left?.type ?? '').localeCompare(right?.type ?? '')
			);
		});
	}
	const items = analysed.map((item, index): ItemView => {
		const question = about(item);
		const given = overview.givenAnswers.get(item.questionKey) ?? { shown: [], others: 0 };
		return {
			key: item.questionKey,
			label: `${options.itemPrefix}${index + 1}`,
			group: (question?.factIds ?? []).map(options.factLabel).join(' + '),
			prompt: question?.prompt ?? item.questionKey,
			type: question?.type ?? null,
			n: item.n,
			facilityPercent: Math.round(item.facility * 100),
			discrimination: item.discrimination === null ? null : roundCredit(item.discrimination),
			commonWrongAnswers: item.commonWrongAnswers.map((group) => ({
				value: group.value,
				count: group.count,
				share: roundCredit(group.share)
			})),
			given: given.shown,
			others: given.others,
			chartSvg: givenAnswersSvg(given.shown, options.words)
		};
	});
	const rows = overview.grid.map((row) => ({
		student: row.studentLabel,
		cells: items.map((item) => row.cells.get(item.key) ?? null)
	}));
	const cells = rows.flatMap((row) =>
		row.cells.flatMap((state, index) =>
			state === null ? [] : [{ student: row.student, item: items[index]?.label ?? '', state }]
		)
	);
	const view: ResultsView = {
		items,
		grid: {
			svg:
				rows.length === 0
					? null
					: answerGridSvg(
							rows.map((row) => row.student),
							items.map((item) => item.label),
							cells
						),
			rows
		}
	};
	const views = VIEWS.get(overview) ?? new Map<string, ResultsView>();
	views.set(memo, view);
	VIEWS.set(overview, views);
	return view;
}
