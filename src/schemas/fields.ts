/**
 * What the standard knows about a field besides its shape, declared once with the schema it belongs to (a zod
 * registry): which collection an ID field refers to, whether a text field is prose (free to differ between Swedish
 * and English), and whether a field is normative and how big a change to it is. src/schemas/collections.ts reads
 * these facts from each collection's schema to list an entry's references and its prose fields, and
 * src/lib/releases/normative.ts reads the normative ones for the release lock and the diff, so a new field needs no
 * list of its own. Kept out of the JSON Schema of the open data (a registry of our own, not zod's global one).
 */
import { z } from 'astro/zod';

/** A collection that an ID can point at; "requirements" are the requirements inside steps. */
export type Target = 'sources' | 'principles' | 'roles' | 'phases' | 'accessibility' | 'glossary' | 'steps' | 'checklists' | 'conformance' | 'releases' | 'requirements';

/**
 * How big a change to a normative field is: always major or minor; "by-level", major when the item is (or becomes) a
 * "ska" and minor for a "bör"; "level-change", major when raised to "ska" and minor when lowered to "bör".
 */
export type ChangeRule = 'major' | 'minor' | 'by-level' | 'level-change';

export interface FieldFacts {
	/** The field holds the ID (or IDs) of an entry of this collection. */
	ref?: Target;
	/** The field is prose: its text is translated, so Swedish and English may differ. */
	prose?: true;
	/** The field is normative: the release lock hashes it, and a change to it is classed by this rule. */
	change?: ChangeRule;
	/**
	 * The field became normative after a release: left out of an item's hash while it is empty, so adding it kept
	 * every released hash valid and only the IDs that fill it in count as changed.
	 */
	addedLater?: true;
}

export const fieldFacts = z.registry<FieldFacts>();

/** An ID schema that refers to entries of `target`: a copy of `schema` with the fact attached. */
export function refersTo<T extends z.ZodType>(schema: T, target: Target): T {
	const copy = schema.clone() as T;
	fieldFacts.add(copy, { ref: target });
	return copy;
}

/** A normative field: a copy of `schema` with its change rule (and the facts it already had) attached. */
export function normative<T extends z.ZodType>(schema: T, change: ChangeRule, options: { addedLater?: true } = {}): T {
	const copy = schema.clone() as T;
	fieldFacts.add(copy, { ...fieldFacts.get(schema), change, ...options });
	return copy;
}

/** The facts of a field, gathered through optional, default and array wrappers (an outer fact wins). */
export function factsOf(schema: z.ZodType): FieldFacts & { many: boolean } {
	let node: z.ZodType = schema;
	let many = false;
	let facts: FieldFacts = {};
	for (;;) {
		facts = { ...fieldFacts.get(node), ...facts };
		if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
		else if (node instanceof z.ZodArray && !many) {
			many = true;
			node = node.element as z.ZodType;
		} else return { ...facts, many };
	}
}

/** The object schema inside a field (a list of objects, e.g. a step's requirements), if there is one. */
export function objectOf(schema: z.ZodType): z.ZodObject | undefined {
	let node: z.ZodType = schema;
	for (;;) {
		if (node instanceof z.ZodObject) return node;
		if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
		else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
		else if (node instanceof z.ZodPipe) node = node.out as z.ZodType;
		else return undefined;
	}
}
