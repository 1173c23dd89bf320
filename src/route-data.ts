/**
 * Starlight route middleware: gives every page (Starlight's own and the ones built from content) an edit link to the
 * file or folder it comes from, and the date that source was last committed. A page built from one entry gets the
 * entry's file from its props; collection pages and Starlight pages are found from the URL (src/lib/source-links.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDates } from './lib/git.ts';
import { standardOnce } from './lib/standard-once.ts';
import { editUrl, lastChanged, repositoryOf, sourceOf } from './lib/source-links.ts';

let dates: Map<string, Date> | undefined;

/** Sets `editUrl` and `lastUpdated` on the route data of every page, before Starlight renders it. */
export const onRequest = defineRouteMiddleware((context) => {
	const { standard } = standardOnce(process.cwd());
	dates ??= lastCommitDates(process.cwd());
	const route = context.locals.starlightRoute;
	// A page built from one entry names its file (entryPaths in lib/site-model.ts); other pages are found by their URL.
	const file = (context.props as { file?: unknown }).file;
	const source = typeof file === 'string' ? file : sourceOf(context.url.pathname, standard, import.meta.env.BASE_URL);
	const repo = repositoryOf(standard.meta, process.env);
	route.editUrl = source && repo ? new URL(editUrl(repo, source)) : undefined;
	route.lastUpdated = source ? lastChanged(source, dates) : undefined;
});
