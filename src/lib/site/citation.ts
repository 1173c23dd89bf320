/**
 * Citing a requirement: its short permanent URL (`/k/s07.2/`, a static page that redirects to the requirement on its
 * step page) and the citation text ("Svensk mikrofinansstandard 0.2.0, krav S07.2: <text> <URL>") in the pattern of
 * content/i18n (`smf.cite.pattern`), with the version from content/standard.yaml.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Requirement } from '../../schemas/step.ts';
import { t } from './i18n.ts';
import { fill } from './template.ts';
import type { Model } from '../model/model.ts';
import { localePath } from './urls.ts';

/** The folder of the short URLs (the same in both languages). */
export const shortSection = 'k';

/** A requirement's short permanent URL path: `/k/s07.2/`, `/en/k/s07.2/`. */
export function shortUrl(lang: Lang, requirementId: string, base?: string): string {
	return localePath(lang, `${shortSection}/${requirementId.toLowerCase()}`, base);
}

/**
 * The citation pattern with the standard's name and version filled in, and `{{id}}`, `{{text}}` and `{{url}}` left
 * for the copy script (scripts/copy-link.ts) to fill from the requirement it cites: one pattern for a whole list.
 */
export function citationPattern(model: Model): string {
	return t(model.lang, 'smf.cite.pattern', { standard: t(model.lang, 'smf.siteTitle'), version: model.meta.version });
}

/** The whole citation of a requirement with the given absolute URL. */
export function citation(model: Model, requirement: Pick<Requirement, 'id' | 'text'>, url: string): string {
	return fill(citationPattern(model), { id: requirement.id, text: requirement.text, url });
}
