import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** The lists of plain values in an entry, with their field paths (`principles`, `requirements[S07.2].roles`). */
function lists(data: unknown, path = ''): { field: string; values: string[] }[] {
	if (Array.isArray(data)) {
		if (data.every((v) => typeof v === 'string' || typeof v === 'number')) return [{ field: path, values: data.map(String) }];
		return data.flatMap((item, i) => lists(item, `${path}[${item && typeof item === 'object' && 'id' in item ? (item as { id: string }).id : i}]`));
	}
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => lists(value, path ? `${path}.${key}` : key));
	return [];
}

/**
 * No list names the same thing twice, a step's owner is not also one of its participants, and a glossary term is not
 * "related" to itself: each would show twice (or point at itself) on the page and hide a slip in the content.
 */
export const distinctLists: Rule = {
	id: 'distinct-lists',
	description: 'No list repeats a value; a step owner is not also a participant; a term does not relate to itself.',
	check(standard) {
		const problems: Problem[] = [];
		for (const e of allEntries(standard)) {
			for (const { field, values } of lists(e.data)) {
				const twice = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
				for (const v of twice) problems.push({ file: e.file, field, message: `lists "${v}" more than once`, hint: `keep one "${v}"` });
			}
			if (e.collection === 'steps' && e.data.participants?.includes(e.data.owner)) {
				problems.push({ file: e.file, field: 'participants', message: `"${e.data.owner}" owns the step and is also listed as a participant`, hint: `remove "${e.data.owner}" from participants` });
			}
			if (e.collection === 'glossary' && e.data.related?.includes(e.data.id)) {
				problems.push({ file: e.file, field: 'related', message: `the term "${e.data.id}" is related to itself`, hint: `remove "${e.data.id}" from related` });
			}
		}
		return problems;
	},
};
