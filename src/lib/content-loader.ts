/**
 * The Astro content loader of the standard's collections: Astro's content layer gets its entries from the one reader
 * of content/ (load-standard.ts, shared per process through standard-once.ts), so the site, the validator, the
 * sidebar, the edit links and the open data all see the same parse of every file. Entries that fail their schema or
 * YAML are left out here; the validator integration (src/integrations/validator.ts) prints their problems.
 * Bodies: an .mdx body is rendered by @astrojs/mdx from its file (`deferredRender`, as Astro's glob() loader does);
 * a .md body with Astro's `renderMarkdown`.
 * In `astro dev`, a change under the collection's folder reads content/ again (once for all collections).
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { collections, entryId, type CollectionName } from '../schemas/collections.ts';
import { languages } from '../schemas/common.ts';
import { changeTime, standardSince } from './standard-once.ts';

export function standardLoader(collection: CollectionName): Loader {
	const def = collections[collection];
	return {
		name: `smf-standard:${collection}`,
		schema: def.schema,
		async load({ config, store, generateDigest, renderMarkdown, watcher, logger }) {
			const root = fileURLToPath(config.root);
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
						if (existing?.digest === digest && existing.filePath === entry.file) {
							if (existing.deferredRender) store.addModuleImport(entry.file);
							continue;
						}
						const mdx = entry.file.endsWith('.mdx');
						store.set({
							id,
							data: entry.data as Record<string, unknown>,
							body: entry.body,
							filePath: entry.file,
							digest,
							...(def.hasBody && mdx ? { deferredRender: true } : {}),
							...(def.hasBody && !mdx ? { rendered: await renderMarkdown(entry.body ?? '') } : {}),
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
