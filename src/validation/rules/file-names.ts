import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/** The file-name stem an entry's ID calls for: `s07-…` and `p15-…` start with the ID, other files are named after it. */
export function expectedStem(collection: string, id: string): RegExp {
	const lower = id.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return collection === 'steps' || collection === 'principles' ? new RegExp(`^${lower}-[a-z0-9-]+$`) : new RegExp(`^${lower}$`);
}

/**
 * A file is named after the ID it holds (s07-andra-motet.mdx holds S07, bank.md holds bank), so a reader of a pull
 * request knows which entry a file is, and a renamed file cannot pretend to be another entry.
 */
export const fileNames: Rule = {
	id: 'file-names',
	description: 'Each file is named after its ID (steps and principles: the ID, a hyphen and a slug).',
	check(standard) {
		const problems: Problem[] = [];
		for (const e of allEntries(standard)) {
			const id = String(e.data[e.collection === 'releases' ? 'version' : 'id']);
			const stem = e.file.split('/').pop()!.replace(/\.(mdx?|ya?ml)$/, '');
			if (!expectedStem(e.collection, id).test(stem)) {
				const sample = e.collection === 'steps' || e.collection === 'principles' ? `${id.toLowerCase()}-${stem.replace(/^[a-z]\d{2}-/, '')}` : id;
				problems.push({ file: e.file, field: '(file)', message: `holds "${id}" but is named "${stem}"`, hint: `rename it to ${sample}${e.file.slice(e.file.lastIndexOf('.'))} (the ID stays "${id}")` });
			}
		}
		return problems;
	},
};
