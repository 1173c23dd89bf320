/**
 * The site's own UI text, read from content/i18n/<lang>.json (the same files Starlight reads for its overrides).
 * Keys are typed from the Swedish file; the validator keeps the English file in step.
 */
import en from '../../../content/i18n/en.json' with { type: 'json' };
import sv from '../../../content/i18n/sv.json' with { type: 'json' };
import type { Lang } from '../../schemas/common.ts';
import { fill } from './template.ts';

export type UiKey = keyof typeof sv;
const strings: Record<Lang, Record<string, string>> = { sv, en };

/** The UI string for a key, with {{name}} placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
	return fill(template(lang, key), vars);
}

/** The UI string for a key with its {{name}} placeholders left in, for client scripts to fill. */
export function template(lang: Lang, key: UiKey): string {
	return strings[lang][key] ?? strings.sv[key] ?? key;
}
