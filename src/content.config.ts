/**
 * Astro content collections. Starlight's own pages (docs) and UI strings (i18n) live in content/docs and content/i18n
 * (src/content is a link to content/). The standard's collections come from the one reader of content/ through
 * src/lib/content/content-loader.ts, with the shared schemas in src/schemas; an entry's Astro ID is "<lang>/<id>", e.g. "sv/S07".
 *
 * The i18n schema is Starlight's, extended with the site's own keys ("smf.…") as content/i18n/sv.json has them, so
 * `Astro.locals.t('smf.…')` is typed: a key that is not in sv.json is a type error. The keys are optional in the schema,
 * as Starlight's are: the validator (src/validation/rules/twins.ts) is the one that reports a key missing from en.json.
 * A site key has no "_": i18next's types read it as a plural or context suffix (tests/unit/lib/locals-t.test.ts).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { standardLoader } from './lib/content/content-loader.ts';
import { collectionNames } from './schemas/collections.ts';
import sv from '../content/i18n/sv.json' with { type: 'json' };

type SiteKey = Extract<keyof typeof sv, `smf.${string}`>;
const siteKeys = Object.fromEntries(Object.keys(sv).filter((key) => key.startsWith('smf.')).map((key) => [key, z.string()])) as Record<SiteKey, z.ZodString>;

/**
 * Stands in for Astro's image helper in the docs schema, and refuses what it would read: a hero image file
 * (`hero.image.file`, `dark`, `light`). A hero image as raw `html` is the schema's own; the rule docs-no-images refuses
 * it too, so a Starlight page here has no hero image (the site's pages are text). See `docs` below for why the schema
 * is not given Astro's own helper. (`as never`: Astro types the helper by the image data it yields, not by the schema
 * it returns.)
 */
const noImages = () => z.never({ error: 'images are not used on this site: remove the hero image' }) as never;

const standard = Object.fromEntries(collectionNames.map((name) => [name, defineCollection({ loader: standardLoader(name) })]));

export const collections = {
	// Starlight's docs schema built once, as a plain schema. docsSchema() gives a function of Astro's image helper, and
	// <StarlightPage> (every step, role, principle … page) then builds the whole frontmatter schema again for each page
	// it renders: about 1.2 ms a page, 0.5 s of the build at 200 steps (npm run bench -- --scale 200).
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema()({ image: noImages }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: z.object(siteKeys).partial() }) }),
	...standard,
};
