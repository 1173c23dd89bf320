import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** The longest body a page may have, in characters: ten times the longest today, far below what slows the build. */
export const maxBodyLength = 50_000;

/** A body stays readable and small: a page, the print page and the open data all carry it. */
export const bodySize: Rule = {
	id: 'body-size',
	description: `A body is at most ${maxBodyLength.toLocaleString('en')} characters.`,
	check(standard) {
		const problems: Problem[] = [];
		for (const e of allEntries(standard)) {
			if ((e.body?.length ?? 0) > maxBodyLength) problems.push({ file: e.file, field: '(body)', message: `is ${e.body!.length.toLocaleString('en')} characters long, more than ${maxBodyLength.toLocaleString('en')}`, hint: 'shorten it, or split what belongs elsewhere into a docs page' });
		}
		return problems;
	},
};
