/** Test helpers for release notes: add a note (in both languages) to a loaded standard. */
import type { Entry, Standard } from '../../src/lib/content/load-standard.ts';
import { releaseSchema, type Release } from '../../src/schemas/release.ts';

/** Adds a release note, filled in with defaults, to both languages of a loaded standard; returns the Swedish entry. */
export function addRelease(standard: Standard, note: Partial<Release> & { version: string }): Entry<Release> {
	const data = releaseSchema.parse({ date: '2027-01-15', status: 'utkast', summary: 'Test.', ...note });
	const entries = (['sv', 'en'] as const).map((lang) => ({ collection: 'releases' as const, lang, file: `content/releases/${lang}/${note.version}.yaml`, data }));
	standard.entries.releases.sv.push(entries[0]);
	standard.entries.releases.en.push(entries[1]);
	return entries[0];
}

/** A release item with a why. */
export const item = (id: string) => ({ id, why: 'Test.' });
