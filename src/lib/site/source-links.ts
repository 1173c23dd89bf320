/**
 * Where each page of the site comes from in the repository, for its edit link and its "last changed" date. A page
 * built from one entry (/steg/s07/) edits that entry's file; a page built from a whole collection (/ordlista/,
 * /processen/) links to the collection's folder; a Starlight page (/om-standarden/) edits its file in content/docs.
 * Pure: the route middleware (src/route-data.ts) feeds it the loaded standard and the git dates.
 */
import type { Standard } from '../content/load-standard.ts';
import type { StandardMeta } from '../../schemas/standard.ts';
import { collections, entryId, type CollectionName } from '../../schemas/collections.ts';
import type { Lang } from '../../schemas/common.ts';
import { sections, type Section } from './urls.ts';

/** The collection each section of the site is built from. */
export const sectionSources: Record<Section, CollectionName> = {
	principles: 'principles',
	roles: 'roles',
	steps: 'steps',
	accessibility: 'accessibility',
	glossary: 'glossary',
	checklists: 'checklists',
	process: 'steps',
	matrix: 'steps',
	requirements: 'steps',
	print: 'steps',
	versions: 'releases',
	sources: 'sources',
	conformance: 'conformance',
	assessment: 'conformance',
};

/**
 * The file (or, ending in "/", the folder) under content/ that the page at `pathname` is built from, or undefined
 * when the page comes from no content (a generated file, an unknown path).
 */
export function sourceOf(pathname: string, standard: Standard, base = '/'): string | undefined {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const parts = path.split('/').filter(Boolean);
	const lang: Lang = parts[0] === 'en' ? 'en' : 'sv';
	if (lang === 'en') parts.shift();
	const section = (Object.keys(sections) as Section[]).find((s) => sections[s] === parts[0]);
	if (section) {
		const name = sectionSources[section];
		if (parts.length === 1) return `content/${collections[name].folder}/${lang}/`;
		return standard.entries[name][lang].find((e) => entryId(name, e.data).toLowerCase() === parts[1])?.file;
	}
	const slug = parts.length === 0 ? 'index' : parts.join('/');
	const page = standard.docs[lang].find((p) => p.replace(/\.mdx?$/, '') === slug);
	return page && `content/docs/${lang === 'en' ? 'en/' : ''}${page}`;
}

/** Where the standard is edited: a GitHub repository URL and branch, if known. */
export interface Repository {
	url: string;
	branch: string;
}

/**
 * The repository, from the environment (SITE_REPOSITORY, SITE_BRANCH: set by the deploy workflow) or else from
 * content/standard.yaml `repository`; undefined when neither says (then pages have no edit link).
 */
export function repositoryOf(meta: StandardMeta | undefined, env: Record<string, string | undefined>): Repository | undefined {
	const url = env.SITE_REPOSITORY || meta?.repository;
	if (url && !/^https:\/\/[^\s"'<>]+$/.test(url)) throw new Error(`The repository URL "${url}" (SITE_REPOSITORY or repository in content/standard.yaml) must be an https:// URL`);
	return url ? { url: url.replace(/\/+$/, ''), branch: env.SITE_BRANCH || 'main' } : undefined;
}

/** The URL that opens a file in GitHub's editor, or a folder in its file browser. */
export function editUrl(repo: Repository, source: string): string {
	return `${repo.url}/${source.endsWith('/') ? 'tree' : 'edit'}/${repo.branch}/${source.replace(/\/$/, '')}`;
}

/** When the source was last committed: the file's date, or the newest date of any file in the folder. */
export function lastChanged(source: string, dates: Map<string, Date>): Date | undefined {
	if (!source.endsWith('/')) return dates.get(source);
	let newest: Date | undefined;
	for (const [file, date] of dates) if (file.startsWith(source) && (!newest || date > newest)) newest = date;
	return newest;
}
