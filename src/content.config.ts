/**
 * Astro content collections. Starlight's own pages (docs) and UI strings (i18n) live in content/docs and content/i18n
 * (src/content is a link to content/). The standard's collections come from the one reader of content/ through
 * src/lib/content/content-loader.ts, with the shared schemas in src/schemas; an entry's Astro ID is "<lang>/<id>", e.g. "sv/S07".
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { standardLoader } from './lib/content/content-loader.ts';
import { collectionNames } from './schemas/collections.ts';

const standard = Object.fromEntries(collectionNames.map((name) => [name, defineCollection({ loader: standardLoader(name) })]));

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	...standard,
};
