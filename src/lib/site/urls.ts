/**
 * Public URLs of the standard, built from stable IDs. Swedish is at the root, English under /en/, with the same slugs.
 * `base` is the site's base path (for GitHub Pages project sites), from astro.config.mjs.
 */
import type { Lang } from '../../schemas/common.ts';
import { kindOf } from '../../schemas/kinds.ts';

/** URL path segments of the pages built from content (the same in both languages). */
export const sections = {
	principles: 'principer',
	roles: 'roller',
	steps: 'steg',
	accessibility: 'tillganglighet',
	glossary: 'ordlista',
	checklists: 'checklistor',
	process: 'processen',
	matrix: 'ansvarsmatris',
	requirements: 'krav',
	print: 'skriv-ut',
	versions: 'versioner',
	sources: 'kallor',
	conformance: 'overensstammelse',
	assessment: 'sjalvvardering',
} as const;
export type Section = keyof typeof sections;

/** Joins the base path, the language prefix and the rest into a path with a trailing slash. */
export function localePath(lang: Lang, path = '', base = import.meta.env?.BASE_URL ?? '/'): string {
	const parts = [base, lang === 'en' ? 'en' : '', path].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean);
	const joined = '/' + parts.join('/');
	return /\.[a-z]+$/.test(joined) ? joined : joined.replace(/\/?$/, '/');
}

/**
 * The page of a section, or of one entry in it: `/steg/s07/`, `/en/roller/bank/`. `base` is for code outside Vite
 * (an integration), where `import.meta.env` does not say it.
 */
export function pageUrl(lang: Lang, section: Section, id?: string, base?: string): string {
	return localePath(lang, id ? `${sections[section]}/${id.toLowerCase()}` : sections[section], base);
}

/** The anchor of an entry shown on a shared page (accessibility items, glossary terms, requirements). */
export function anchorUrl(lang: Lang, section: Section, anchor: string): string {
	return `${pageUrl(lang, section)}#${anchor}`;
}

/** A requirement's URL: its step page with the requirement ID as anchor, e.g. `/steg/s07/#S07.2`. */
export function requirementUrl(lang: Lang, requirementId: string, base?: string): string {
	return `${pageUrl(lang, 'steps', requirementId.split('.')[0], base)}#${requirementId}`;
}

/** The page or anchor of any tracked ID (principle, role, step, requirement or accessibility item), from its shape. */
export function idUrl(lang: Lang, id: string): string {
	const kind = kindOf(id);
	if (kind === 'requirement') return requirementUrl(lang, id);
	if (kind === 'accessibility') return anchorUrl(lang, 'accessibility', id);
	return pageUrl(lang, kind === 'principle' ? 'principles' : kind === 'role' ? 'roles' : 'steps', id);
}
