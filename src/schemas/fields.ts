/**
 * What the standard knows about a field besides its shape, declared once with the schema it belongs to (a zod
 * registry): which collection an ID field refers to, and whether a text field is prose (free to differ between
 * Swedish and English). src/schemas/collections.ts reads these facts from each collection's schema to list an entry's
 * references and its prose fields, so a new field needs no list of its own. Kept out of the JSON Schema of the open
 * data (a registry of our own, not zod's global one).
 */
import { z } from 'astro/zod';

/** A collection that an ID can point at; "requirements" are the requirements inside steps. */
export type Target = 'sources' | 'principles' | 'roles' | 'phases' | 'accessibility' | 'glossary' | 'steps' | 'checklists' | 'conformance' | 'releases' | 'requirements';

export interface FieldFacts {
	/** The field holds the ID (or IDs) of an entry of this collection. */
	ref?: Target;
	/** The field is prose: its text is translated, so Swedish and English may differ. */
	prose?: true;
}

export const fieldFacts = z.registry<FieldFacts>();

/** An ID schema that refers to entries of `target`: a copy of `schema` with the fact attached. */
export function refersTo<T extends z.ZodType>(schema: T, target: Target): T {
	const copy = schema.clone() as T;
	fieldFacts.add(copy, { ref: target });
	return copy;
}

/** The facts of a field, looking through optional, default and array wrappers. */
export function factsOf(schema: z.ZodType): FieldFacts & { many: boolean } {
	let node: z.ZodType = schema;
	let many = false;
	for (;;) {
		const facts = fieldFacts.get(node);
		if (facts) return { ...facts, many };
		if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
		else if (node instanceof z.ZodArray && !many) {
			many = true;
			node = node.element as z.ZodType;
		} else return { many };
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
