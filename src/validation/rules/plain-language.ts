import type { Entry, Standard } from '../../lib/content/load-standard.ts';
import { lix } from '../../lib/editor/lix.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** The highest LIX a Swedish summary may have: 40 is "easy" text, as for a daily newspaper. */
export const maxLix = 40;

/** The Swedish summaries that must be in plain language: every principle and every step. */
export function swedishSummaries(standard: Standard): Entry[] {
	return [...standard.entries.principles.sv, ...standard.entries.steps.sv];
}

/** Every Swedish summary of a principle or step reads easily: LIX at most 40. */
export const plainLanguage: Rule = {
	id: 'plain-language',
	description: `Swedish summaries of principles and steps have a LIX of ${maxLix} or lower.`,
	check(standard) {
		const problems: Problem[] = [];
		for (const entry of swedishSummaries(standard)) {
			const score = lix(entry.data.summary);
			if (score.lix > maxLix) problems.push({ file: entry.file, field: 'summary', message: `LIX ${score.lix} is above ${maxLix}`, hint: 'use shorter sentences and fewer long words' });
		}
		return problems;
	},
};
