import { collections } from '../../schemas/collections.ts';
import { allEntries, knownIds } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';
import { didYouMean } from '../../lib/content/suggest.ts';

const singular: Record<string, string> = {
	sources: 'source',
	principles: 'principle',
	roles: 'role',
	phases: 'phase',
	accessibility: 'accessibility item',
	glossary: 'glossary term',
	steps: 'step',
	checklists: 'checklist',
	requirements: 'requirement',
};

/** A Set of the IDs, made once per list: a lookup per reference, not a scan (2,000 requirements at N = 200). */
const sets = new WeakMap<readonly string[], Set<string>>();
const known = (ids: readonly string[]) => sets.get(ids) ?? sets.set(ids, new Set(ids)).get(ids)!;

/** Every ID that an entry refers to exists in the same language (Astro only logs a dangling reference). */
export const references: Rule = {
	id: 'references',
	description: 'Every reference (owner, participants, principles, accessibility, sources, …) points at an entry that exists.',
	check(standard) {
		const problems: Problem[] = [];
		const ids = { sv: knownIds(standard, 'sv'), en: knownIds(standard, 'en') };
		// A step that fails its schema is reported on its own; references to its requirements are not judged meanwhile.
		const brokenSteps = new Set(standard.invalid.filter((e) => e.collection === 'steps').map((e) => `${e.lang}:${e.data.id}`));
		for (const entry of [...allEntries(standard), ...standard.invalid]) {
			for (const ref of collections[entry.collection].references(entry.data)) {
				const candidates = ids[entry.lang][ref.target];
				// A missing or malformed field is a schema problem, already reported for an invalid entry.
				if (typeof ref.id !== 'string' || known(candidates).has(ref.id)) continue;
				if (ref.target === 'requirements' && brokenSteps.has(`${entry.lang}:${ref.id.split('.')[0]}`)) continue;
				problems.push({
					file: entry.file,
					field: ref.field,
					message: `${singular[ref.target]} "${ref.id}" does not exist`,
					hint: didYouMean(ref.id, candidates) ?? `use an ID from content/${ref.target === 'requirements' ? 'steps' : collections[ref.target].folder}/${entry.lang}/`,
				});
			}
		}
		return problems;
	},
};
