/**
 * Astro content collections. Starlight's own pages (docs) and UI strings (i18n) live in content/docs and content/i18n
 * (src/content is a link to content/). The standard's collections use the shared schemas in src/schemas, and an entry's
 * Astro ID is "<lang>/<id>", e.g. "sv/S07".
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { collectionNames, collections as registry, entryId } from './schemas/collections.ts';

const standard = Object.fromEntries(
	collectionNames.map((name) => {
		const def = registry[name];
		return [
			name,
			defineCollection({
				loader: glob({
					pattern: def.extensions.map((ext) => `**/*${ext}`),
					base: `./content/${def.folder}`,
					generateId: ({ entry, data }) => `${entry.split('/')[0]}/${entryId(name, data)}`,
				}),
				schema: def.schema,
			}),
		];
	}),
);

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	...standard,
};
