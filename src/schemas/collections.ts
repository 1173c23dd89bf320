/**
 * The registry of the standard's collections: where each lives in content/ and its schema. Which fields are prose
 * (free to differ between Swedish and English) and which fields refer to other entries are read from the schema's own
 * field facts (src/schemas/fields.ts: `text` is prose, `roleId` refers to roles, …), not listed here.
 * The Astro config, the validator, the JSON export and the tests all read this one table.
 */
import { z } from 'astro/zod';
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
import { factsOf, objectOf, type Target } from './fields.ts';

/** The collections of the standard, in the order the validator reads them. */
export const collectionNames = ['sources', 'principles', 'roles', 'phases', 'accessibility', 'glossary', 'steps', 'checklists', 'conformance', 'releases'] as const;
export type CollectionName = (typeof collectionNames)[number];

export type { Target } from './fields.ts';

/** One reference from an entry to another entry, with the field it sits in (for error messages). */
export interface Reference {
	field: string;
	target: Target;
	id: string;
}

export interface CollectionDef<S extends z.ZodObject = z.ZodObject> {
	/** Folder under content/ (with sv/ and en/ inside). */
	folder: string;
	/** The field that holds the entry's ID, when it is not "id" (release notes are known by their version). */
	idField?: string;
	/** File endings the collection accepts. */
	extensions: readonly string[];
	/** The zod schema of the frontmatter or YAML file. */
	schema: S;
	/** Whether the entry has a Markdown body (.md). */
	hasBody: boolean;
	/** Field names whose text is prose and may differ between the languages. */
	prose: readonly string[];
	/** The entries this entry points at. */
	references: (data: any) => Reference[];
}

/** Field names (at any depth) whose text is prose, from the schema's field facts. */
function proseFields(schema: z.ZodObject): string[] {
	const names = new Set<string>();
	const walk = (object: z.ZodObject) => {
		for (const [key, field] of Object.entries(object.shape)) {
			if (factsOf(field as z.ZodType).prose) names.add(key);
			const inner = objectOf(field as z.ZodType);
			if (inner) walk(inner);
		}
	};
	walk(schema);
	return [...names];
}

/** Where an object schema's references are: its ID fields, and lists of objects that have some (read once per schema). */
interface RefField {
	key: string;
	ref?: Target;
	many: boolean;
	inner?: RefPlan;
}
type RefPlan = RefField[];

function planOf(schema: z.ZodObject): RefPlan {
	return Object.entries(schema.shape).flatMap(([key, field]): RefField[] => {
		if (key === 'id') return []; // an entry's (or item's) own ID is not a reference
		const facts = factsOf(field as z.ZodType);
		if (facts.ref) return [{ key, ref: facts.ref, many: facts.many }];
		const inner = objectOf(field as z.ZodType);
		const plan = inner && planOf(inner);
		return plan && plan.length > 0 ? [{ key, many: true, inner: plan }] : [];
	});
}

/**
 * The references in an entry's data, from the schema's field facts: every field that holds IDs of another collection,
 * in lists of objects too (a step's requirements: "requirements[S07.2].roles").
 */
function referencesIn(plan: RefPlan, data: unknown, prefix = ''): Reference[] {
	if (!data || typeof data !== 'object') return [];
	return plan.flatMap(({ key, ref, many: isList, inner }) => {
		const value = (data as Record<string, unknown>)[key];
		if (inner) return items(value).flatMap((item) => referencesIn(inner, item, `${prefix}${key}[${item.id}].`));
		return isList ? many(prefix + key, ref!, value) : [{ field: prefix + key, target: ref!, id: value as string }];
	});
}

/** A collection's entry in the registry, with its prose fields and references read from its schema. */
function define<S extends z.ZodObject>(def: Omit<CollectionDef<S>, 'prose' | 'references'>): CollectionDef<S> {
	const plan = planOf(def.schema);
	return { ...def, prose: proseFields(def.schema), references: (data) => referencesIn(plan, data) };
}

/** References from a list field; tolerant of malformed data, which the schema reports on its own. */
const many = (field: string, target: Target, ids: unknown): Reference[] =>
	(Array.isArray(ids) ? ids : []).map((id) => ({ field, target, id }));

/** The items of a list field that have an ID (requirements, checklist items). */
const items = (list: unknown): any[] => (Array.isArray(list) ? list.filter((i) => i && typeof i === 'object') : []);

export const collections = {
	sources: define({
		folder: 'sources',
		extensions: ['.yaml'],
		schema: sourceSchema,
		hasBody: false,
	}),
	principles: define({
		folder: 'principles',
		extensions: ['.md'],
		schema: principleSchema,
		hasBody: true,
	}),
	roles: define({
		folder: 'roles',
		extensions: ['.md'],
		schema: roleSchema,
		hasBody: true,
	}),
	phases: define({
		folder: 'phases',
		extensions: ['.yaml'],
		schema: phaseSchema,
		hasBody: false,
	}),
	accessibility: define({
		folder: 'accessibility',
		extensions: ['.yaml'],
		schema: accessibilitySchema,
		hasBody: false,
	}),
	glossary: define({
		folder: 'glossary',
		extensions: ['.yaml'],
		schema: termSchema,
		hasBody: false,
	}),
	steps: define({
		folder: 'steps',
		extensions: ['.md'],
		schema: stepSchema,
		hasBody: true,
	}),
	checklists: define({
		folder: 'checklists',
		extensions: ['.yaml'],
		schema: checklistSchema,
		hasBody: false,
	}),
	conformance: define({
		folder: 'conformance',
		extensions: ['.yaml'],
		schema: conformanceSchema,
		hasBody: false,
	}),
	releases: define({
		folder: 'releases',
		idField: 'version',
		extensions: ['.yaml'],
		schema: releaseSchema,
		hasBody: false,
	}),
} satisfies Record<CollectionName, CollectionDef>;

/** The ID of an entry of a collection: its `id` field, or the collection's `idField` (a release note's version). */
export function entryId(collection: CollectionName, data: any): string {
	return String(data?.[collections[collection].idField ?? 'id']);
}
