/**
 * The registry of the standard's collections: where each lives in content/, its schema, which fields are prose
 * (free to differ between Swedish and English) and which fields refer to other entries.
 * The Astro config, the validator, the JSON export and the tests all read this one table.
 */
import type { z } from 'astro/zod';
import { accessibilitySchema } from './accessibility.ts';
import { checklistSchema } from './checklist.ts';
import { conformanceSchema } from './conformance.ts';
import { termSchema } from './glossary.ts';
import { phaseSchema } from './phase.ts';
import { principleSchema } from './principle.ts';
import { releaseSchema } from './release.ts';
import { roleSchema } from './role.ts';
import { sourceSchema } from './source.ts';
import { stepSchema } from './step.ts';

/** The collections of the standard, in the order the validator reads them. */
export const collectionNames = ['sources', 'principles', 'roles', 'phases', 'accessibility', 'glossary', 'steps', 'checklists', 'conformance', 'releases'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** A collection that an ID can point at; "requirements" are the requirements inside steps. */
export type Target = CollectionName | 'requirements';

/** One reference from an entry to another entry, with the field it sits in (for error messages). */
export interface Reference {
	field: string;
	target: Target;
	id: string;
}

export interface CollectionDef {
	/** Folder under content/ (with sv/ and en/ inside). */
	folder: string;
	/** The field that holds the entry's ID, when it is not "id" (release notes are known by their version). */
	idField?: string;
	/** File endings the collection accepts. */
	extensions: readonly string[];
	/** The zod schema of the frontmatter or YAML file. */
	schema: z.ZodType;
	/** Whether the entry has a Markdown/MDX body. */
	hasBody: boolean;
	/** Field names whose text is prose and may differ between the languages. */
	prose: readonly string[];
	/** The entries this entry points at. */
	references: (data: any) => Reference[];
}

/** References from a list field; tolerant of malformed data, which the schema reports on its own. */
const many = (field: string, target: Target, ids: unknown): Reference[] =>
	(Array.isArray(ids) ? ids : []).map((id) => ({ field, target, id }));

/** The items of a list field that have an ID (requirements, checklist items). */
const items = (list: unknown): any[] => (Array.isArray(list) ? list.filter((i) => i && typeof i === 'object') : []);

export const collections: Record<CollectionName, CollectionDef> = {
	sources: {
		folder: 'sources',
		extensions: ['.yaml'],
		schema: sourceSchema,
		hasBody: false,
		prose: ['title', 'publisher', 'description', 'contributes'],
		references: () => [],
	},
	principles: {
		folder: 'principles',
		extensions: ['.md', '.mdx'],
		schema: principleSchema,
		hasBody: true,
		prose: ['title', 'statement', 'summary'],
		references: (d) => many('sources', 'sources', d.sources),
	},
	roles: {
		folder: 'roles',
		extensions: ['.md', '.mdx'],
		schema: roleSchema,
		hasBody: true,
		prose: ['name', 'summary', 'responsibilities', 'competences'],
		references: (d) => many('sources', 'sources', d.sources),
	},
	phases: {
		folder: 'phases',
		extensions: ['.yaml'],
		schema: phaseSchema,
		hasBody: false,
		prose: ['title', 'summary'],
		references: () => [],
	},
	accessibility: {
		folder: 'accessibility',
		extensions: ['.yaml'],
		schema: accessibilitySchema,
		hasBody: false,
		prose: ['title', 'text', 'verify'],
		references: (d) => many('sources', 'sources', d.sources),
	},
	glossary: {
		folder: 'glossary',
		extensions: ['.yaml'],
		schema: termSchema,
		hasBody: false,
		prose: ['term', 'definition'],
		references: (d) => [...many('related', 'glossary', d.related), ...many('sources', 'sources', d.sources)],
	},
	steps: {
		folder: 'steps',
		extensions: ['.md', '.mdx'],
		schema: stepSchema,
		hasBody: true,
		prose: ['title', 'summary', 'value', 'text', 'verify', 'notApplicableWhen'],
		references: (d) => [
			{ field: 'phase', target: 'phases', id: d.phase },
			{ field: 'owner', target: 'roles', id: d.owner },
			...many('participants', 'roles', d.participants),
			...many('accessibility', 'accessibility', d.accessibility),
			...many('principles', 'principles', d.principles),
			...many('terms', 'glossary', d.terms),
			...many('sources', 'sources', d.sources),
			...items(d.requirements).flatMap((r) => [
				...many(`requirements[${r.id}].roles`, 'roles', r.roles),
				...many(`requirements[${r.id}].accessibility`, 'accessibility', r.accessibility),
				...many(`requirements[${r.id}].sources`, 'sources', r.sources),
			]),
		],
	},
	checklists: {
		folder: 'checklists',
		extensions: ['.yaml'],
		schema: checklistSchema,
		hasBody: false,
		prose: ['title', 'summary', 'text'],
		references: (d) => [
			...many('audience', 'roles', d.audience),
			...items(d.items).flatMap((item) => [
				...many(`items[${item.id}].steps`, 'steps', item.steps),
				...many(`items[${item.id}].requirements`, 'requirements', item.requirements),
				...many(`items[${item.id}].accessibility`, 'accessibility', item.accessibility),
			]),
		],
	},
	conformance: {
		folder: 'conformance',
		extensions: ['.yaml'],
		schema: conformanceSchema,
		hasBody: false,
		prose: ['title', 'summary', 'rationale'],
		references: (d) => many('sources', 'sources', d.sources),
	},
	releases: {
		folder: 'releases',
		idField: 'version',
		extensions: ['.yaml'],
		schema: releaseSchema,
		hasBody: false,
		prose: ['summary', 'why'],
		references: () => [],
	},
};

/** The ID of an entry of a collection: its `id` field, or the collection's `idField` (a release note's version). */
export function entryId(collection: CollectionName, data: any): string {
	return String(data?.[collections[collection].idField ?? 'id']);
}
