/**
 * The open data, built from the Model: the whole standard as one JSON object (validated by schemas/export.ts) and
 * every requirement as one CSV row. Pure, so the Astro endpoints, scripts and tests all produce the same files.
 */
import type { StandardExport } from '../schemas/export.ts';
import { toCsv } from './csv.ts';
import { requirements, type Model } from './model.ts';
import type { Bodies, BodyCollection } from './standard-model.ts';

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

/** Column names of krav.csv (the same in both languages, so scripts can rely on them). */
export const csvColumns = ['id', 'level', 'step', 'step_title', 'phase', 'owner', 'applies_to', 'accessibility', 'text', 'verify', 'sources'] as const;

/** Every requirement as one CSV row; lists of IDs are separated by "; ". */
export function requirementsCsv(model: Model): string {
	const list = (ids: string[] | undefined) => (ids ?? []).join('; ');
	const rows = requirements(model).map((r) => [
		r.id, r.level, r.step.id, r.step.title, r.phase.id, r.step.owner, list(r.appliesTo), list(r.accessibility), r.text, r.verify, list(r.sources),
	]);
	return toCsv([[...csvColumns], ...rows]);
}
