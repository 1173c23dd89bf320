/**
 * The Astro content loader of the standard's collections: Astro's content layer gets its entries from the one reader
 * of content/ (load-standard.ts, shared per process through standard-once.ts), so the site, the validator, the
 * sidebar, the edit links and the open data all see the same parse of every file. Entries that fail their schema or
 * YAML are left out here; the validator integration (src/integrations/validator.ts) prints their problems.
 * Bodies are Markdown (.md: the standard's collections take no .mdx, see collections.ts), rendered here with Astro's
 * Markdown renderer, given the file's path, so Starlight's asides apply (`markdown.processedDirs`). Rendered at load,
 * they are stored with the entry: no module per body for Vite to bundle, which is what made .mdx bodies cost (a
 * synthetic standard of 200 steps: 21 s as .md, 28 s as .mdx, in one run on this machine).
 * In `astro dev`, a change under the collection's folder reads content/ again (once for all collections).
 */
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collections, entryId, type CollectionName } from '../../schemas/collections.ts';
import { languages } from '../../schemas/common.ts';
import { changeTime, standardSince } from './standard-once.ts';

/** What Astro stores for a rendered body. */
type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** The part of Astro's (internal) entry type for .md files that renders a body. */
interface MarkdownEntryType {
	getRenderFunction?: (config: unknown) => Promise<(entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<RenderedContent>>;
}

export function standardLoader(collection: CollectionName): Loader {
	const def = collections[collection];
	return {
		name: `smf-standard:${collection}`,
		schema: def.schema,
		async load(context) {
			const { config, store, generateDigest, renderMarkdown, watcher, logger } = context;
			const root = fileURLToPath(config.root);
			// Astro's own Markdown renderer for .md files, as glob() uses it: it passes the file's path to the Markdown
			// processor, so Starlight's features (asides, heading anchors) apply in `markdown.processedDirs`.
			// `renderMarkdown` is the public fallback; it renders without them.
			const mdType = (context as typeof context & { entryTypes?: Map<string, MarkdownEntryType> }).entryTypes?.get('.md');
			const renderMd = await mdType?.getRenderFunction?.(config);
			const folder = join(root, 'content', def.folder) + sep;
			const sync = async (since = 0) => {
				const { standard } = standardSince(root, since);
				const seen = new Set<string>();
				for (const lang of languages) {
					for (const entry of standard.entries[collection][lang]) {
						const id = `${lang}/${entryId(collection, entry.data)}`;
						seen.add(id);
						const digest = generateDigest({ file: entry.file, data: entry.data as Record<string, unknown>, body: entry.body ?? '' });
						const existing = store.get(id);
						if (existing?.digest === digest && existing.filePath === entry.file) continue;
						store.set({
							id,
							data: entry.data as Record<string, unknown>,
							body: entry.body,
							filePath: entry.file,
							digest,
							...(def.hasBody
								? {
										rendered: renderMd
											? await renderMd({ id, data: entry.data as Record<string, unknown>, body: entry.body ?? '', filePath: join(root, entry.file), digest })
											: await renderMarkdown(entry.body ?? '', { fileURL: pathToFileURL(join(root, entry.file)) }),
									}
								: {}),
						});
					}
				}
				for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
			};
			await sync();
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(folder)) return;
				sync(changeTime(path)).catch((e) => logger.error(`could not read ${def.folder}: ${(e as Error).message}`));
			});
		},
	};
}
