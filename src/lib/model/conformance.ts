/**
 * The conformance verdict of a self-assessment, by the rule the standard defines in content/conformance/ (skaShare,
 * borShare, partialCountsAsMet, notApplicableNeedsReason): nothing here is a fact about the standard. Pure, small and free of zod and the model:
 * the self-assessment's client script recomputes it on every answer, and the unit tests pin it down.
 */
import type { AssessmentStatus, Conformance } from '../../schemas/conformance.ts';

/** The scope of an assessment: the whole partnership, or one role's ID (see scope.ts). */
export const partnershipScope = 'partnerskap';

/** The part of the rule the verdict needs. */
export type Rule = Pick<Conformance, 'skaShare' | 'borShare' | 'partialCountsAsMet' | 'notApplicableNeedsReason'>;

/** What the verdict needs to know of a requirement. */
export interface Assessed {
	id: string;
	level: 'ska' | 'bör';
	/** Whether the standard lets it be answered "ej tillämpligt" (the requirement has `notApplicableWhen`). */
	mayBeNotApplicable: boolean;
}

/** The reader's answer to one requirement (all optional: a requirement may be unanswered). */
export interface Answer {
	status?: AssessmentStatus;
	reason?: string;
}

/** Why a requirement counts against conformance. */
export type Gap = 'unanswered' | 'not-met' | 'partial' | 'reason-missing' | 'not-applicable-not-allowed';

export interface LevelCount {
	/** Requirements of the level that apply (all but those validly answered "ej tillämpligt"). */
	applicable: number;
	met: number;
	/** How many must be met: the rule's share of the applicable ones, rounded up. */
	needed: number;
}

export interface Verdict {
	conforms: boolean;
	/** Every requirement in the scope has an answer. */
	complete: boolean;
	ska: LevelCount;
	bor: LevelCount;
	/** The requirements not (yet) counted as met, in the order given, with why. */
	gaps: { id: string; level: 'ska' | 'bör'; gap: Gap }[];
}

/** How one answer counts: met, not applicable, or a gap. */
export function judge(rule: Rule, r: Assessed, answer: Answer | undefined): 'met' | 'not-applicable' | Gap {
	switch (answer?.status) {
		case undefined:
			return 'unanswered';
		case 'uppfyllt':
			return 'met';
		case 'delvis':
			return rule.partialCountsAsMet ? 'met' : 'partial';
		case 'ej-uppfyllt':
			return 'not-met';
		case 'ej-tillampligt':
			if (!r.mayBeNotApplicable) return 'not-applicable-not-allowed';
			return rule.notApplicableNeedsReason && !answer.reason?.trim() ? 'reason-missing' : 'not-applicable';
	}
}

/** The verdict on a set of answers. */
export function verdict(rule: Rule, reqs: readonly Assessed[], answers: Readonly<Record<string, Answer | undefined>>): Verdict {
	const count = { ska: { applicable: 0, met: 0, needed: 0 }, bor: { applicable: 0, met: 0, needed: 0 } };
	const gaps: Verdict['gaps'] = [];
	let complete = true;
	for (const r of reqs) {
		const result = judge(rule, r, answers[r.id]);
		if (result === 'unanswered') complete = false;
		if (result === 'not-applicable') continue;
		const c = r.level === 'ska' ? count.ska : count.bor;
		c.applicable++;
		if (result === 'met') c.met++;
		else gaps.push({ id: r.id, level: r.level, gap: result });
	}
	count.ska.needed = Math.ceil(rule.skaShare * count.ska.applicable - 1e-9);
	count.bor.needed = Math.ceil(rule.borShare * count.bor.applicable - 1e-9);
	const conforms = count.ska.met >= count.ska.needed && count.bor.met >= count.bor.needed;
	return { conforms, complete, ...count, gaps };
}

/** Answer counts of one group (a phase or a principle), for the progress chart and its table. */
export interface GroupProgress {
	id: string;
	total: number;
	/** Counted as met (uppfyllt, or delvis where the rule counts it). */
	met: number;
	/** Answered, but not met. */
	open: number;
	notApplicable: number;
	unanswered: number;
}

/** Progress per group; a requirement may be in several groups (a step realises several principles). */
export function progressBy(rule: Rule, reqs: readonly (Assessed & { groups: string[] })[], answers: Readonly<Record<string, Answer | undefined>>, groupIds: readonly string[]): GroupProgress[] {
	const rows = new Map(groupIds.map((id) => [id, { id, total: 0, met: 0, open: 0, notApplicable: 0, unanswered: 0 }]));
	for (const r of reqs) {
		const result = judge(rule, r, answers[r.id]);
		const field = result === 'met' ? 'met' : result === 'not-applicable' ? 'notApplicable' : result === 'unanswered' ? 'unanswered' : 'open';
		for (const g of r.groups) {
			const row = rows.get(g);
			if (!row) continue;
			row.total++;
			row[field]++;
		}
	}
	return [...rows.values()].filter((row) => row.total > 0);
}
