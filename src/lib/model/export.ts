/**
 * The open data, built from the Model: the whole standard as one JSON object (validated by schemas/export.ts) and
 * every requirement as one CSV row. Pure, so the Astro endpoints, scripts and tests all produce the same files.
 */
import type { StandardExport } from '../../schemas/export.ts';
import { toCsv, type CsvSeparator } from './csv.ts';
import { find, requirements, type Model } from './model.ts';
import type { Bodies, BodyCollection } from './from-disk.ts';

/** The whole standard in the model's language, in reading order, with the Markdown bodies of principles, roles and steps. */
export function buildExport(model: Model, bodies: Bodies): StandardExport {
	const withBody = <T extends { id: string }>(collection: BodyCollection, items: T[]) =>
		items.map((item) => ({ ...item, body: (bodies[collection][item.id] ?? '').trim() }));
	return {
		standard: { ...model.meta, lang: model.lang },
		principles: withBody('principles', model.principles),
		roles: withBody('roles', model.roles),
		phases: model.phases,
		steps: withBody('steps', model.steps),
		accessibility: model.accessibility,
		checklists: model.checklists,
		glossary: model.glossary,
		sources: model.sources,
	};
}

/**
 * Column names of /en/krav.csv: machine names, IDs as values, comma-separated (RFC 4180), for scripts and
 * international tools. The same names as in 0.1.0, so existing scripts keep working.
 */
export const csvColumns = ['id', 'level', 'step', 'step_title', 'phase', 'owner', 'applies_to', 'accessibility', 'text', 'verify', 'sources'] as const;

/**
 * Column names of /krav.csv, for Swedish Excel: the same columns as `csvColumns`, in Swedish, separated by semicolons;
 * phases and roles by their Swedish names (IDs stay for requirements, steps, accessibility items and sources).
 */
export const csvColumnsSv = ['Krav-ID', 'Nivå', 'Steg', 'Stegets namn', 'Fas', 'Ägare', 'Gäller för', 'Tillgänglighet', 'Kravtext', 'Så kontrolleras kravet', 'Källor'] as const;

/** The separator of krav.csv in a language: ";" for Swedish Excel, "," (RFC 4180) for the English file. */
export const csvSeparatorOf = (lang: Model['lang']): CsvSeparator => (lang === 'sv' ? ';' : ',');

/**
 * Every requirement as one CSV row (krav.csv). In Swedish: Swedish headers, names of phases and roles, lists
 * separated by ", ", semicolons between fields. In English: the machine column names, IDs, lists separated by "; ".
 * Every cell is formula-safe (lib/model/csv.ts).
 */
export function requirementsCsv(model: Model): string {
	if (model.lang === 'sv') {
		const roleName = (id: string) => find(model.roles, id).name;
		const rows = requirements(model).map((r) => [
			r.id, r.level, r.step.id, r.step.title, r.phase.title, roleName(r.step.owner), r.appliesTo.map(roleName).join(', '),
			(r.accessibility ?? []).join(', '), r.text, r.verify, r.sources.join(', '),
		]);
		return toCsv([[...csvColumnsSv], ...rows], ';');
	}
	const list = (ids: string[] | undefined) => (ids ?? []).join('; ');
	const rows = requirements(model).map((r) => [
		r.id, r.level, r.step.id, r.step.title, r.phase.id, r.step.owner, list(r.appliesTo), list(r.accessibility), r.text, r.verify, list(r.sources),
	]);
	return toCsv([[...csvColumns], ...rows], ',');
}
