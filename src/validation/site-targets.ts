/**
 * The pages and anchors the site builds, derived from content alone (no build needed): what a link in a body may
 * point at. Per page, the anchors that must exist for an ID-shaped fragment (`#S07.2`, `#TK02`, `#mikrokredit`).
 */
import type { Standard } from '../lib/content/load-standard.ts';
import { languages } from '../schemas/common.ts';
import { localePath, pageUrl, sections, type Section } from '../lib/site/urls.ts';

/** Every page path (with a trailing slash, no base) and, where content defines them, its checkable anchors. */
export function siteTargets(standard: Standard): Map<string, Set<string> | undefined> {
	const targets = new Map<string, Set<string> | undefined>();
	const page = (path: string, anchors?: Iterable<string>) => targets.set(path, anchors ? new Set(anchors) : undefined);
	for (const lang of languages) {
		const url = (section: Section, id?: string) => pageUrl(lang, section, id).replace(/^\/+/, '/');
		for (const section of Object.keys(sections) as Section[]) page(url(section));
		const e = standard.entries;
		for (const s of e.steps[lang]) page(url('steps', s.data.id), s.data.requirements.map((r: { id: string }) => r.id));
		for (const p of e.principles[lang]) page(url('principles', p.data.id));
		for (const r of e.roles[lang]) page(url('roles', r.data.id));
		for (const c of e.checklists[lang]) page(url('checklists', c.data.id));
		page(url('glossary'), e.glossary[lang].map((t) => t.data.id));
		page(url('accessibility'), e.accessibility[lang].map((a) => a.data.id));
		page(url('sources'), e.sources[lang].map((s) => s.data.id));
		for (const doc of standard.docs[lang]) {
			const slug = doc.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
			page(localePath(lang, slug, '/'));
		}
		for (const file of ['standard.json', 'krav.csv']) page(localePath(lang, file, '/'));
	}
	page('/standard.schema.json');
	return targets;
}

/** True for a fragment that names an ID (S07.2, TK02, P03) rather than a heading: such anchors must exist. */
export const idShaped = (fragment: string) => /^[A-Z]{1,2}\d{2}(\.\d{1,2})?$/.test(fragment);
