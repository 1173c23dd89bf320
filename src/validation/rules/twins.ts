import { isDeepStrictEqual } from 'node:util';
import { collectionNames, collections, entryId } from '../../schemas/collections.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

const other = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

/** The entry without its prose: what must be the same in Swedish and English. */
export function structure(data: unknown, prose: ReadonlySet<string>): unknown {
	if (Array.isArray(data)) return data.map((item) => structure(item, prose));
	if (data && typeof data === 'object') {
		return Object.fromEntries(
			Object.entries(data)
				.filter(([key]) => !prose.has(key))
				.map(([key, value]) => [key, structure(value, prose)]),
		);
	}
	return data;
}

/** The first path where two structures differ, e.g. "owner" or "requirements[S07.2].level". */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
	if (isDeepStrictEqual(a, b)) return undefined;
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length && !a.every((x) => x && typeof x === 'object')) return path || '(file)';
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			const key = (a[i] as any)?.id ?? (b[i] as any)?.id ?? i;
			const diff = firstDifference(a[i], b[i], `${path}[${key}]`);
			if (diff) return diff;
		}
		return path;
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
			const diff = firstDifference((a as any)[key], (b as any)[key], path ? `${path}.${key}` : key);
			if (diff) return diff;
		}
	}
	return path || '(file)';
}

/** Swedish and English twins both exist and agree on everything that is not prose. */
export const twins: Rule = {
	id: 'twins',
	description: 'Every entry, page and UI string exists in Swedish and English, and the twins agree on IDs, owners, references and levels.',
	check(standard) {
		const problems: Problem[] = [];
		for (const name of collectionNames) {
			const prose = new Set(collections[name].prose);
			for (const lang of ['sv', 'en'] as const) {
				const twinsById = new Map(standard.entries[name][other(lang)].map((e) => [entryId(name, e.data), e]));
				const brokenTwins = new Set(standard.invalid.filter((e) => e.collection === name && e.lang === other(lang)).map((e) => entryId(name, e.data)));
				for (const entry of standard.entries[name][lang]) {
					const id = entryId(name, entry.data);
					const twin = twinsById.get(id);
					if (!twin && brokenTwins.has(id)) continue; // the twin's own problems are reported already
					if (!twin) {
						problems.push({ file: entry.file, field: 'id', message: `has no ${other(lang) === 'en' ? 'English' : 'Swedish'} twin with id "${id}"`, hint: `add content/${collections[name].folder}/${other(lang)}/ with the same id` });
						continue;
					}
					if (lang === 'en') continue; // each pair is compared once, from the Swedish side
					const diff = firstDifference(structure(entry.data, prose), structure(twin.data, prose));
					if (diff) problems.push({ file: twin.file, field: diff, message: `differs from the Swedish twin ${entry.file}`, hint: 'IDs, owners, references and levels must be the same in both languages' });
				}
			}
		}
		for (const lang of ['sv', 'en'] as const) {
			for (const page of standard.docs[lang]) {
				if (!standard.docs[other(lang)].includes(page)) {
					const prefix = (l: Lang) => (l === 'en' ? 'content/docs/en/' : 'content/docs/');
					problems.push({ file: `${prefix(lang)}${page}`, field: '(file)', message: `has no ${other(lang) === 'en' ? 'English' : 'Swedish'} twin`, hint: `add ${prefix(other(lang))}${page}` });
				}
			}
			const mine = standard.ui[lang] ?? {};
			const theirs = standard.ui[other(lang)] ?? {};
			for (const key of Object.keys(mine)) {
				if (!(key in theirs)) problems.push({ file: `content/i18n/${other(lang)}.json`, field: key, message: `UI string is missing (it exists in ${lang}.json)`, hint: 'translate it' });
			}
		}
		return problems;
	},
};
