/**
 * `Astro.locals.t` as the site uses it: Starlight's own translation system (what its middleware puts in `locals.t`),
 * built here from content/i18n as Starlight builds it, and wrapped by lib/site/locals-t.ts as src/middleware.ts does.
 * It must give exactly the text of lib/site/i18n.ts `t()` (the same files, filled the same way), with values not
 * escaped (Astro escapes what it prints), placeholders without a value left in (client-script templates), and a key
 * missing from en.json shown in Swedish.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en.json' with { type: 'json' };
import sv from '../../../content/i18n/sv.json' with { type: 'json' };
// Not in Starlight's package exports: the file its `locals.t` comes from (utils/translations.js calls it).
import { createTranslationSystem } from '../../../node_modules/@astrojs/starlight/dist/utils/createTranslationSystem.js';
import { t as fileT, type UiKey } from '../../../src/lib/site/i18n.ts';
import { siteTranslator } from '../../../src/lib/site/locals-t.ts';
import type { Lang } from '../../../src/schemas/common.ts';

/** The locales of astro.config.mjs, as Starlight's config holds them. */
const config = {
	defaultLocale: { label: 'Svenska', lang: 'sv', dir: 'ltr', locale: undefined },
	locales: { root: { label: 'Svenska', lang: 'sv', dir: 'ltr' }, en: { label: 'English', lang: 'en', dir: 'ltr' } },
} as const;
const starlight = async (files: Record<Lang, Record<string, string>>) => createTranslationSystem(config as never, files as never);
const useTranslations = await starlight({ sv, en });
const hostile = `A & <b>"c"</b> 'd' / e`;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
/** For a loop over every key: i18next's types do not take Starlight's pagefind keys (see the last test). */
const untyped = (t: App.Locals['t']) => t as unknown as (key: string, options?: object) => string;

describe("Starlight's t as Starlight sets it", () => {
	it('escapes interpolated values for HTML (so Astro, which escapes again, would show "&amp;")', () => {
		expect(useTranslations('sv')('smf.report.subject', { title: 'A & B' })).toBe('Problem på sidan ”A &amp; B”');
		expect(useTranslations('en')('smf.short.moved', { id: 'S07.1', step: 'a/b' })).toContain('a&#x2F;b');
	});
});

describe('locals.t as the site uses it (lib/site/locals-t.ts)', () => {
	it.each(['sv', 'en'] as Lang[])('gives the text of lib/site/i18n.ts for every key, values not escaped (%s)', (lang) => {
		const t = untyped(siteTranslator(useTranslations(lang)));
		for (const key of Object.keys(sv) as UiKey[]) {
			const vars = Object.fromEntries(placeholders(sv[key]).map((name, i) => [name, `${hostile} ${i}`]));
			expect(t(key, vars), key).toBe(fileT(lang, key, vars));
		}
	});

	it.each(['sv', 'en'] as Lang[])('gives i18next\'s own answer for every site key, read from the dictionary without i18next (%s)', (lang) => {
		const base = untyped(useTranslations(lang));
		const t = untyped(siteTranslator(useTranslations(lang)));
		for (const key of Object.keys(sv) as UiKey[]) {
			const vars = Object.fromEntries(placeholders(sv[key]).map((name, i) => [name, `${hostile} ${i}`]));
			expect(t(key, vars), key).toBe(base(key, { ...vars, interpolation: { escapeValue: false } }));
			if (placeholders(sv[key]).length > 1) expect(t(key, { [placeholders(sv[key])[0]]: 1 }), key).toBe(base(key, { [placeholders(sv[key])[0]]: 1 }));
		}
	});

	it.each(['sv', 'en'] as Lang[])('leaves a placeholder without a value in, as a template for a client script (%s)', (lang) => {
		const t = untyped(siteTranslator(useTranslations(lang)));
		const files = { sv, en } as Record<Lang, Record<string, string>>;
		for (const key of Object.keys(sv) as UiKey[]) expect(t(key), key).toBe(files[lang][key]);
		expect(t('smf.index.countSome', { total: 9 })).toBe(files[lang]['smf.index.countSome'].replace('{{total}}', '9'));
	});

	it('shows a key missing from en.json in Swedish', async () => {
		const { 'smf.nav.about': _, ...partial } = en;
		const t = siteTranslator((await starlight({ sv, en: partial }))('en'));
		expect(t('smf.nav.about')).toBe(sv['smf.nav.about']);
		expect(t('smf.nav.roles')).toBe(en['smf.nav.roles']);
	});

	it("keeps i18next's other forms and Starlight's helpers", () => {
		const base = useTranslations('en');
		const t = siteTranslator(base);
		const escaped = t('smf.report.subject', { title: 'A & B', interpolation: { escapeValue: true } });
		expect(escaped).toContain('A &amp; B');
		expect(escaped).toBe(base('smf.report.subject', { title: 'A & B' }));
		expect(t('smf.nonexistent' as UiKey, 'the default')).toBe('the default');
		expect(t('smf.nonexistent' as UiKey)).toBe('smf.nonexistent');
		expect(t.exists('smf.nav.about')).toBe(true);
		expect(t.exists('smf.nonexistent')).toBe(false);
		expect(t.all()['smf.nav.about']).toBe(en['smf.nav.about']);
		expect(t.dir()).toBe('ltr');
	});

	it('has no "_" in a site key: i18next\'s types read it as a plural or context suffix, and the key would not type-check', () => {
		expect(Object.keys(sv).filter((key) => key.startsWith('smf.') && key.includes('_'))).toEqual([]);
	});
});
