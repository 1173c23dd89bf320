import type { Entry } from '../../lib/content/load-standard.ts';
import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';
import { walkStrings } from '../walk-strings.ts';

/** A value that names a URL scheme: `javascript:`, `data:`, `http://…`, `ftp://…`. */
const scheme = /^\s*(?:(javascript|data|vbscript|file|blob):|([a-z][a-z0-9+.-]*):\/\/)/i;

/** The problem with one URL-like value, if any: only `https:` (and `mailto:`) links leave the site. */
export function urlProblem(file: string, field: string, value: string): Problem | undefined {
	const m = scheme.exec(value);
	if (!m) return undefined;
	const name = (m[1] ?? m[2]).toLowerCase();
	if (name === 'https') return undefined;
	return { file, field, message: `uses a "${name}:" URL; only https: links are allowed`, hint: name === 'http' ? 'write https:// instead of http://' : 'link to an https:// page instead' };
}

/**
 * Every URL in a field is an https: URL (a `javascript:` repository became the edit link of every page in 0.1.0).
 * Links in Markdown bodies are checked by the body-content rule.
 */
export const safeUrls: Rule = {
	id: 'safe-urls',
	description: 'URLs in fields (and in content/standard.yaml) are https: URLs, never javascript:, data: or http:.',
	check(standard) {
		const problems: Problem[] = [];
		const add = (file: string) => (field: string, value: string) => {
			const p = urlProblem(file, field, value);
			if (p) problems.push(p);
		};
		const entries: Entry[] = [...allEntries(standard), ...standard.invalid];
		for (const e of entries) walkStrings(e.data, add(e.file));
		if (standard.meta) walkStrings(standard.meta, add('content/standard.yaml'));
		for (const page of standard.docPages ?? []) walkStrings(page.data, add(page.file));
		return problems;
	},
};
