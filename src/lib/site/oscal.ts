/**
 * The standard as OSCAL 1.0.6 (NIST's Open Security Controls Assessment Language), so governance and compliance tools
 * can import it: a catalog (phases as groups, steps as controls, requirements as parts with their ID and level as
 * props) and one profile per role selecting what applies to the role (`roleView`). Pure: the same model gives the same
 * documents, UUIDs included (version 5 UUIDs from a fixed namespace). Validated against the official schemas in
 * tests/unit/lib/oscal.test.ts.
 */
import { createHash } from 'node:crypto';
import { t } from './i18n.ts';
import { requirements, roleView, stepsByPhase, type Model } from '../model/model.ts';
import { requirementUrl, pageUrl } from './urls.ts';

/** OSCAL version the documents follow (the schemas in tests/vendor/oscal-1.0.6/). */
export const oscalVersion = '1.0.6';

/** The fixed namespace of every UUID in the documents. Never change it: tools track controls by these UUIDs. */
export const uuidNamespace = '5b0f3a52-8c1e-4f57-9d8a-2f6c1b7e4a90';

/** Namespace of the props that OSCAL itself does not define (status, owner, level, applies-to): a URL on the site. */
export const propNamespace = (site: string) => new URL('oscal/', withSlash(site)).href;

const withSlash = (site: string) => site.replace(/\/?$/, '/');

/** A name-based UUID (RFC 4122 version 5, SHA-1): the same namespace and name always give the same UUID. */
export function uuidV5(name: string, namespace = uuidNamespace): string {
	const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
	hash[6] = (hash[6] & 0x0f) | 0x50;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Where the documents are published, relative to the site (the same paths under /en/). */
export const oscalPaths = { catalog: 'oscal/catalog.json', profile: (roleId: string) => `oscal/profiles/${roleId}.json` };

interface Prop {
	name: string;
	value: string;
	ns?: string;
}
interface Part {
	id?: string;
	name: string;
	ns?: string;
	props?: Prop[];
	links?: { href: string; rel: string }[];
	prose?: string;
	parts?: Part[];
}

/** The document's own UUID: a hash of its content, so it changes when (and only when) the content does. */
const documentUuid = (kind: string, body: unknown) => uuidV5(`${kind}:${JSON.stringify(body)}`);

/** Publication metadata: title, the standard's version, and its date as last-modified (midnight UTC, deterministic). */
function metadata(model: Model, title: string, ns: string) {
	return {
		title,
		'last-modified': `${model.meta.date}T00:00:00Z`,
		version: model.meta.version,
		'oscal-version': oscalVersion,
		props: [{ name: 'status', ns, value: model.meta.status }],
	};
}

/** The whole standard in one language as an OSCAL catalog. `site` is the absolute URL of the site (with its base). */
export function buildCatalog(model: Model, site: string) {
	const lang = model.lang;
	const absolute = (path: string) => new URL(path, withSlash(site)).href;
	const ns = propNamespace(site);
	const all = requirements(model);
	const body = {
		metadata: metadata(model, t(lang, 'smf.siteTitle'), ns),
		groups: stepsByPhase(model).map(({ phase, steps }) => ({
			id: phase.id,
			class: 'phase',
			title: phase.title,
			parts: [{ id: `${phase.id}_ovw`, name: 'overview', prose: phase.summary }],
			controls: steps.map((step) => ({
					id: step.id,
					class: 'step',
					title: step.title,
					props: [
						{ name: 'label', value: step.id },
						{ name: 'owner', ns: ns, value: step.owner },
						...step.participants.map((role) => ({ name: 'participant', ns: ns, value: role })),
					],
					links: [{ href: absolute(pageUrl(lang, 'steps', step.id)), rel: 'alternate' }],
					parts: [
						{ id: `${step.id}_ovw`, name: 'overview', prose: step.summary },
						{ id: `${step.id}_gdn`, name: 'guidance', prose: step.value },
						{
							id: `${step.id}_smt`,
							name: 'statement',
							parts: all.filter((r) => r.step.id === step.id).map(
								(r): Part => ({
									id: r.id,
									name: 'item',
									props: [
										{ name: 'label', value: r.id },
										{ name: 'level', ns: ns, value: r.level },
										...r.appliesTo.map((role) => ({ name: 'applies-to', ns: ns, value: role })),
									],
									links: [{ href: absolute(requirementUrl(lang, r.id)), rel: 'alternate' }],
									prose: r.text,
									parts: [{ id: `${r.id}_obj`, name: 'assessment-objective', prose: r.verify }],
								}),
							),
						},
					],
				})),
		})),
	};
	return { catalog: { uuid: documentUuid(`catalog:${lang}`, body), ...body } };
}

/**
 * A role's profile: it imports the catalog next to it (`../catalog.json`), includes every step with a requirement that
 * falls on the role, and removes from those steps the requirements that fall on other roles.
 */
/** The roles that get a profile: those with at least one requirement (OSCAL needs a profile to select something). */
export function profileRoles(model: Model) {
	return model.roles.filter((r) => roleView(model, r.id).requirements.length > 0);
}

export function buildProfile(model: Model, roleId: string, site: string) {
	const role = model.roles.find((r) => r.id === roleId);
	if (!role) throw new Error(`No role with id "${roleId}"`);
	const applies = new Set(roleView(model, roleId).requirements.map((r) => r.id));
	const steps = model.steps.filter((s) => s.requirements.some((r) => applies.has(r.id)));
	const alters = steps
		.map((s) => ({ 'control-id': s.id, removes: s.requirements.filter((r) => !applies.has(r.id)).map((r) => ({ 'by-id': r.id })) }))
		.filter((a) => a.removes.length > 0);
	const body = {
		metadata: metadata(model, `${t(model.lang, 'smf.siteTitle')}: ${role.name}`, propNamespace(site)),
		imports: [{ href: '../catalog.json', 'include-controls': [{ 'with-ids': steps.map((s) => s.id) }] }],
		merge: { 'as-is': true },
		...(alters.length > 0 ? { modify: { alters } } : {}),
	};
	return { profile: { uuid: documentUuid(`profile:${model.lang}:${roleId}`, body), ...body } };
}
