/**
 * The site's own UI text, read straight from content/i18n/<lang>.json, for code that runs outside a request, where
 * there is no `locals.t`. Components, pages and endpoints do not use this: they call Starlight's `Astro.locals.t`
 * (`context.locals.t` in an endpoint), which reads the same files through Starlight's i18n collection, with the keys
 * typed in src/content.config.ts, and src/lib/site/page-lang.ts gives them the page's language.
 *
 * Who still calls `t()` here, and why:
 * - astro.config.mjs, through src/lib/site/sidebar.ts: the sidebar's labels in both languages, before any request.
 * - scripts/pdf.ts (a Node script after the build), and src/lib/site/pdf.ts, which it shares with the pages: the PDF's
 *   file name, header and footer, and the size text filled into the built pages.
 * - src/integrations/short-links.ts, through short-link-page.ts: the short-URL pages, written after the build.
 * - src/lib/site/oscal.ts, citation.ts and process-map-text.ts: plain functions of the model, called by the endpoints
 *   and components and also by the unit and browser tests, which have no request.
 * - the browser tests, to find the strings the pages show.
 * `UiKey` (the keys of sv.json) is also the type a component casts a key it builds (`smf.assess.status.${s}`) to.
 *
 * Both give the same text: the same file, with {{name}} placeholders filled in by src/lib/site/template.ts, which
 * leaves a placeholder without a value in (how a component hands a client script a template to fill in). The validator keeps the English file in step with the Swedish one.
 */
import en from '../../../content/i18n/en.json' with { type: 'json' };
import sv from '../../../content/i18n/sv.json' with { type: 'json' };
import type { Lang } from '../../schemas/common.ts';
import { fill } from './template.ts';

export type UiKey = keyof typeof sv;
const strings: Record<Lang, Record<string, string>> = { sv, en };

/** The UI string for a key, with its {{name}} placeholders filled in (one without a value is left in). */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
	return fill(strings[lang][key] ?? strings.sv[key] ?? key, vars);
}
