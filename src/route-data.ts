/**
 * Starlight route middleware: gives every page (Starlight's own and the ones built from content) an edit link to the
 * file or folder it comes from, and the date that source was last committed. A page built from one entry gets the
 * entry's file from its props; collection pages and Starlight pages are found from the URL (src/lib/site/source-links.ts).
 * It also escapes what Starlight writes with set:html from content: the page's <title>, a splash page's hero title and
 * tagline, and a page banner. So a title from content is shown as text here, whatever the validator let through.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDates } from './lib/content/git.ts';
import { escapeHtml } from './lib/site/escape-html.ts';
import { standardOnce } from './lib/content/standard-once.ts';
import { editUrl, lastChanged, repositoryOf, sourceOf } from './lib/site/source-links.ts';

/** Frontmatter objects already escaped (an entry can be rendered more than once). */
const escaped = new WeakSet<object>();
let dates: Map<string, Date> | undefined;

/** Sets `editUrl` and `lastUpdated` on the route data of every page, before Starlight renders it. */
export const onRequest = defineRouteMiddleware((context) => {
	const { standard } = standardOnce(process.cwd());
	dates ??= lastCommitDates(process.cwd());
	const route = context.locals.starlightRoute;
	// A page built from one entry names its file (entryPaths in lib/model/from-collections.ts); other pages are found by their URL.
	const file = (context.props as { file?: unknown }).file;
	const source = typeof file === 'string' ? file : sourceOf(context.url.pathname, standard, import.meta.env.BASE_URL);
	const repo = repositoryOf(standard.meta, process.env);
	route.editUrl = source && repo ? new URL(editUrl(repo, source)) : undefined;
	route.lastUpdated = source ? lastChanged(source, dates) : undefined;
	for (const tag of route.head) if (tag.tag === 'title' && tag.content) tag.content = escapeHtml(tag.content);
	const { hero, banner, title } = route.entry.data;
	if (hero && !escaped.has(hero)) {
		hero.title = escapeHtml(hero.title ?? title);
		if (hero.tagline) hero.tagline = escapeHtml(hero.tagline);
		escaped.add(hero);
	}
	if (banner && !escaped.has(banner)) {
		banner.content = escapeHtml(banner.content);
		escaped.add(banner);
	}
});
