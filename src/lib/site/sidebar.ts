/**
 * Builds Starlight's sidebar from the content, so a new principle, role, step or checklist appears without
 * touching the config. Labels come from the Swedish entry, with the English twin as translation.
 */
import { join } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { parseYaml, readText, type Entry, type Standard } from '../content/load-standard.ts';
import { t, type UiKey } from './i18n.ts';
import { sections, type Section } from './urls.ts';

type SidebarItem =
	| { label: string; translations?: Record<string, string>; link: string }
	| { label: string; translations?: Record<string, string>; collapsed?: boolean; items: SidebarItem[] }
	| { slug: string };

const labels = (key: UiKey) => ({ label: t('sv', key), translations: { en: t('en', key) } });

/** One link per entry, labelled with its ID and title (or name), in Swedish with an English translation. */
function entryLinks(standard: Standard, collection: 'principles' | 'roles' | 'checklists', section: Section, withId: boolean): SidebarItem[] {
	const english = new Map(standard.entries[collection].en.map((e) => [e.data.id, e]));
	const label = (e: Entry | undefined) => (e ? `${withId ? `${e.data.id} ` : ''}${e.data.title ?? e.data.name}` : '');
	return standard.entries[collection].sv.map((e) => ({
		label: label(e),
		translations: { en: label(english.get(e.data.id)) || label(e) },
		link: `/${sections[section]}/${String(e.data.id).toLowerCase()}/`,
	}));
}

/** Steps grouped by phase, in process order. */
function stepGroups(standard: Standard): SidebarItem[] {
	const en = (collection: 'phases' | 'steps', id: string) => standard.entries[collection].en.find((e) => e.data.id === id)?.data;
	return [...standard.entries.phases.sv]
		.sort((a, b) => a.data.order - b.data.order)
		.map((phase) => ({
			label: phase.data.title,
			translations: { en: en('phases', phase.data.id)?.title ?? phase.data.title },
			collapsed: true,
			items: standard.entries.steps.sv
				.filter((s) => s.data.phase === phase.data.id)
				.sort((a, b) => a.data.order - b.data.order)
				.map((s) => ({
					label: `${s.data.id} ${s.data.title}`,
					translations: { en: `${s.data.id} ${en('steps', s.data.id)?.title ?? s.data.title}` },
					link: `/${sections.steps}/${s.data.id.toLowerCase()}/`,
				})),
		}));
}

/** Starlight's `sidebar.order` from a page's frontmatter, read with the one YAML reader (pages without one go last). */
function sidebarOrder(root: string, page: string): number {
	const { yaml } = splitFrontmatter(readText(join(root, 'content/docs', page)));
	const data = parseYaml(yaml ?? '', page).data as { sidebar?: { order?: number } } | undefined;
	return Number(data?.sidebar?.order ?? 999);
}

export function buildSidebar(standard: Standard, root = process.cwd()): SidebarItem[] {
	const aboutPages: SidebarItem[] = standard.docs.sv
		.filter((p) => !/^index\.mdx?$|^404\.mdx?$/.test(p))
		.map((p) => ({ p, order: sidebarOrder(root, p) }))
		.sort((a, b) => a.order - b.order || a.p.localeCompare(b.p))
		.map(({ p }) => ({ slug: p.replace(/\.mdx?$/, '') }));
	aboutPages.push({ ...labels('smf.nav.conformance'), link: `/${sections.conformance}/` }, { ...labels('smf.sources.title'), link: `/${sections.sources}/` }, { ...labels('smf.nav.print'), link: `/${sections.print}/` });
	return [
		{ ...labels('smf.nav.about'), items: aboutPages },
		{ ...labels('smf.nav.principles'), collapsed: true, items: [{ ...labels('smf.principles.title'), link: `/${sections.principles}/` }, ...entryLinks(standard, 'principles', 'principles', true)] },
		{ ...labels('smf.nav.roles'), collapsed: true, items: [{ ...labels('smf.roles.title'), link: `/${sections.roles}/` }, { ...labels('smf.nav.matrix'), link: `/${sections.matrix}/` }, ...entryLinks(standard, 'roles', 'roles', false)] },
		{ ...labels('smf.nav.process'), items: [{ ...labels('smf.steps.title'), link: `/${sections.steps}/` }, { ...labels('smf.nav.map'), link: `/${sections.process}/` }, { ...labels('smf.nav.requirements'), link: `/${sections.requirements}/` }, ...stepGroups(standard)] },
		{ ...labels('smf.nav.accessibility'), link: `/${sections.accessibility}/` },
		{ ...labels('smf.nav.checklists'), collapsed: true, items: [{ ...labels('smf.checklists.title'), link: `/${sections.checklists}/` }, ...entryLinks(standard, 'checklists', 'checklists', false)] },
		{ ...labels('smf.nav.assessment'), link: `/${sections.assessment}/` },
		{ ...labels('smf.nav.glossary'), link: `/${sections.glossary}/` },
		{ ...labels('smf.nav.versions'), link: `/${sections.versions}/` },
	];
}
