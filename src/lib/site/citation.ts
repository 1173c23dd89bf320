/**
 * Citing a requirement: its short permanent URL (`/k/s07.2/`, a static page that redirects to the requirement on its
 * step page) and the citation text ("Svensk mikrofinansstandard 0.2.0, krav S07.2: <text> <URL>") in the pattern of
 * content/i18n (`smf.cite.pattern`), with the version from content/standard.yaml.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Requirement } from '../../schemas/step.ts';
import { t } from './i18n.ts';
import type { Model } from '../model/model.ts';
import { localePath } from './urls.ts';

/** The folder of the short URLs (the same in both languages). */
export const shortSection = 'k';

/** A requirement's short permanent URL path: `/k/s07.2/`, `/en/k/s07.2/`. */
export function shortUrl(lang: Lang, requirementId: string): string {
	return localePath(lang, `${shortSection}/${requirementId.toLowerCase()}`);
}

/** The citation of a requirement with `{{url}}` left in, for the copy script to fill with the absolute short URL. */
export function citationTemplate(model: Model, requirement: Pick<Requirement, 'id' | 'text'>): string {
	return t(model.lang, 'smf.cite.pattern', { standard: t(model.lang, 'smf.siteTitle'), version: model.meta.version, id: requirement.id, text: requirement.text, url: '{{url}}' });
}

/** The whole citation with the given absolute URL. */
export function citation(model: Model, requirement: Pick<Requirement, 'id' | 'text'>, url: string): string {
	return citationTemplate(model, requirement).replace('{{url}}', url);
}
