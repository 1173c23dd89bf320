import { describe, expect, it } from 'vitest';
import { loadStandard } from '../../../src/lib/content/load-standard.ts';
import { requirements, roleView, stepsByPhase } from '../../../src/lib/model/model.ts';
import { buildCatalog, buildProfile, profileRoles, uuidV5 } from '../../../src/lib/site/oscal.ts';
import { modelFromStandard } from '../../../src/lib/model/from-disk.ts';
import { repoRoot } from '../../support/fixtures.ts';
import { officialValidator } from '../../support/oscal.ts';

const { standard } = loadStandard(repoRoot);
const site = 'https://example.org/';

const validCatalog = officialValidator('catalog');
const validProfile = officialValidator('profile');

/** Every part of a catalog, depth first. */
type Part = { id?: string; name: string; props?: { name: string; value: string }[]; parts?: Part[] };
const allParts = (parts: Part[] = []): Part[] => parts.flatMap((p) => [p, ...allParts(p.parts)]);

describe('uuidV5', () => {
	it('gives the RFC 4122 version 5 UUID ("www.example.com" in the DNS namespace)', () => {
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
	});
});

describe.each(['sv', 'en'] as const)('the OSCAL documents of the real standard (%s)', (lang) => {
	const model = modelFromStandard(standard, lang);
	const catalog = JSON.parse(JSON.stringify(buildCatalog(model, site)));

	it('the catalog passes the official OSCAL 1.0.6 catalog schema', () => {
		expect(validCatalog(catalog), JSON.stringify(validCatalog.errors?.slice(0, 5))).toBe(true);
	});

	it('has the version and date of content/standard.yaml, phases as groups, steps as controls, requirements as parts', () => {
		const { metadata, groups } = catalog.catalog;
		expect(metadata.version).toBe(standard.meta!.version);
		expect(metadata['last-modified']).toBe(`${standard.meta!.date}T00:00:00Z`);
		expect(metadata['oscal-version']).toBe('1.0.6');
		expect(groups.map((g: { id: string }) => g.id)).toEqual(stepsByPhase(model).map((g) => g.phase.id));
		const controls = groups.flatMap((g: { controls: { id: string; parts: Part[] }[] }) => g.controls);
		expect(controls.map((c: { id: string }) => c.id)).toEqual(model.steps.map((s) => s.id));
		const items = controls.flatMap((c: { parts: Part[] }) => allParts(c.parts)).filter((p: Part) => p.name === 'item');
		expect(items.map((p: Part) => p.id)).toEqual(requirements(model).map((r) => r.id));
		for (const [i, r] of requirements(model).entries()) {
			const props = Object.fromEntries(items[i].props!.map((p: { name: string; value: string }) => [p.name, p.value]));
			expect(props.label).toBe(r.id);
			expect(props.level).toBe(r.level);
		}
	});

	it('is deterministic: the same content gives the same document and UUIDs; other content another document UUID', () => {
		expect(buildCatalog(model, site)).toEqual(buildCatalog(modelFromStandard(standard, lang), site));
		const changed = structuredClone(model);
		changed.steps[0].requirements[0].text += ' Ändrad.';
		expect(buildCatalog(changed, site).catalog.uuid).not.toBe(catalog.catalog.uuid);
	});

	it('gives a profile to every role that has a requirement, and to no other', () => {
		const expected = model.roles.filter((r) => roleView(model, r.id).requirements.length > 0).map((r) => r.id);
		expect(profileRoles(model).map((r) => r.id)).toEqual(expected);
		expect(expected.length).toBeGreaterThanOrEqual(4);
	});

	it.for(profileRoles(model).map((r) => r.id))('the profile of %s passes the official profile schema and selects exactly what roleView gives', (roleId) => {
		const profile = JSON.parse(JSON.stringify(buildProfile(model, roleId, site)));
		expect(validProfile(profile), JSON.stringify(validProfile.errors?.slice(0, 5))).toBe(true);
		const included = new Set<string>(profile.profile.imports[0]['include-controls'][0]['with-ids']);
		const removed = new Set<string>((profile.profile.modify?.alters ?? []).flatMap((a: { removes: { 'by-id': string }[] }) => a.removes.map((r) => r['by-id'])));
		const selected = requirements(model).filter((r) => included.has(r.step.id) && !removed.has(r.id)).map((r) => r.id);
		expect(selected).toEqual(roleView(model, roleId).requirements.map((r) => r.id));
		expect(profile.profile.imports[0].href).toBe('../catalog.json');
	});
});

describe('the official schemas reject a broken document', () => {
	it('catalog without metadata, profile with a bad UUID', () => {
		const catalog = JSON.parse(JSON.stringify(buildCatalog(modelFromStandard(standard, 'sv'), site)));
		delete catalog.catalog.metadata;
		expect(validCatalog(catalog)).toBe(false);
		const profile = JSON.parse(JSON.stringify(buildProfile(modelFromStandard(standard, 'sv'), 'bank', site)));
		profile.profile.uuid = 'not-a-uuid';
		expect(validProfile(profile)).toBe(false);
	});
});
