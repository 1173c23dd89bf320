/**
 * Checks on the honesty and coherence of the standard's text that a machine can make, as plain functions so that a
 * test can feed each one a deliberately broken input: Danish law kept Danish, and one claim (a week span) stated the
 * same way wherever it appears.
 */
import type { Standard } from '../../src/lib/content/load-standard.ts';

/** A piece of text and the file it comes from. */
export interface Text {
	file: string;
	text: string;
}

/** Danish legal terms: a section sign, the Danish acts and the Danish benefits the sources name. */
export const danishLegalTerm = /§|aktivlov|lov om|\bLAB\b|kontanthjælp|kontanthjälp|førtidspension|förtidspension|early-retirement pension|sygedagpenge|revalidend|jobcenter/i;
/** What marks a passage as Danish experience. */
export const danishMarker = /dansk|danish|danmark|denmark/i;

/**
 * The paragraphs (blank-line separated; in YAML every line) that name a Danish legal term without saying it is Danish,
 * as "file: start of the paragraph".
 */
export function unmarkedDanishLaw(texts: Text[]): string[] {
	return texts.flatMap(({ file, text }) => {
		const parts = text.split(/\n\s*\n/).flatMap((p) => (/\.ya?ml$/.test(file) ? p.split('\n') : [p]));
		return parts.filter((p) => danishLegalTerm.test(p) && !danishMarker.test(p)).map((p) => `${file}: ${p.trim().slice(0, 80)}`);
	});
}

/** A span of weeks; `to` undefined means "and onwards". */
export interface Span {
	from: number;
	to?: number;
}

/** The week span a phase summary states, e.g. "(vecka 8–20)", "(från vecka 32)", "(weeks 60–62 and after)". */
export function statedSpan(summary: string): Span | undefined {
	const m = summary.match(/\((?:från |from )?(?:vecka|weeks?) (\d+)(?:–(\d+))?( och senare| and after)?\)/);
	if (!m) return undefined;
	const open = !m[2] || m[3] !== undefined;
	return { from: Number(m[1]), to: open ? undefined : Number(m[2]) };
}

/** The span covered by a set of step spans: the earliest start and the latest end (open if any step is open). */
export function coveredSpan(spans: Span[]): Span | undefined {
	if (spans.length === 0) return undefined;
	const from = Math.min(...spans.map((s) => s.from));
	return spans.some((s) => s.to === undefined) ? { from } : { from, to: Math.max(...spans.map((s) => s.to!)) };
}

const show = (s?: Span) => (s ? `${s.from}–${s.to ?? '…'}` : 'none');

/** Phases whose summary states a week span other than the one its steps cover: one claim, when a phase happens, in two files. */
export function weekSpanMismatches(standard: Standard): string[] {
	const found: string[] = [];
	for (const lang of ['sv', 'en'] as const) {
		for (const phase of standard.entries.phases[lang]) {
			const stated = statedSpan(phase.data.summary);
			if (!stated) continue;
			const steps = standard.entries.steps[lang].filter((s) => s.data.phase === phase.data.id && s.data.weeks);
			const covered = coveredSpan(steps.map((s) => s.data.weeks!));
			if (show(stated) !== show(covered)) found.push(`${phase.file}: summary says weeks ${show(stated)}, its steps cover ${show(covered)}`);
		}
	}
	return found;
}

/**
 * The paragraphs that mention `subject` but not the figure the sources give for it, in Swedish ("250 000") or English
 * ("250,000") digit grouping: e.g. NEEM's Mikroföretagslån and its ceiling, stated in several files.
 */
export function figureMismatches(texts: Text[], subject: RegExp, figure: number): string[] {
	const grouped = (sep: string) => figure.toLocaleString('en').replaceAll(',', sep);
	const figures = new RegExp(`(?<!\\d[ ,\u00a0]?)(${grouped(' ')}|${grouped('\u00a0')}|${grouped(',')})(?![\\d])`);
	return texts.flatMap(({ file, text }) =>
		text.split(/\n\s*\n/).filter((p) => subject.test(p) && !figures.test(p)).map((p) => `${file}: ${p.trim().slice(0, 80)}`),
	);
}
