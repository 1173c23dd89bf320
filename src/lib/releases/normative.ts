/**
 * The normative content of the standard, ID by ID: what a release promises and what `npm run diff` compares.
 * Each kind's schema says which of its fields are normative and how big a change to each is (`normative(…)`, read
 * into `fieldClasses` here); the release lock hashes exactly those fields, so the lock, the diff and the validator never disagree.
 * The Swedish text is the normative one; the English text is its translation. Everything else is editorial.
 */
import { createHash } from 'node:crypto';
import type { Entry, Standard } from '../content/load-standard.ts';
import type { ChangeClass } from './semver.ts';
import type { z } from 'astro/zod';
import { accessibilitySchema } from '../../schemas/accessibility.ts';
import { factsOf, type ChangeRule } from '../../schemas/fields.ts';
import { principleSchema } from '../../schemas/principle.ts';
import { roleSchema } from '../../schemas/role.ts';
import { requirementSchema, stepSchema, type Step } from '../../schemas/step.ts';
import { byKindAndId, type Kind } from '../../schemas/kinds.ts';

export { byKindAndId, kindNames, kindOf, type Kind } from '../../schemas/kinds.ts';

/** Normative fields of one ID, ready to compare and hash (string lists sorted, empty values null). */
export type Content = Record<string, unknown>;

/** How big a change of one field is, given the item before and after. */
type FieldRule = (before: Content, after: Content) => ChangeClass;

/** The class of a change, for each rule a schema field can name (src/schemas/fields.ts). */
const rules: Record<ChangeRule, FieldRule> = {
	major: () => 'major',
	minor: () => 'minor',
	/** A "ska" (must) statement that changes binds everyone differently: major. A "bör" (should) statement: minor. */
	'by-level': (b, a) => (b.level === 'ska' || a.level === 'ska' ? 'major' : 'minor'),
	/** Raising "bör" to "ska" adds an obligation: major. Lowering "ska" to "bör" relaxes one: minor. */
	'level-change': (_b, a) => (a.level === 'ska' ? 'major' : 'minor'),
};

/** The schema of each kind, whose fields say which of them are normative (`normative(…)` in src/schemas). */
const schemas: Record<Kind, z.ZodObject> = {
	requirement: requirementSchema,
	accessibility: accessibilitySchema,
	step: stepSchema,
	principle: principleSchema,
	role: roleSchema,
};

/**
 * Normative content that is no field of its own: who a requirement falls on, its `roles` or else its step's owner
 * (so a new owner moves the step's requirements with it). Set by `normativeItems`.
 */
const derived: Partial<Record<Kind, Record<string, ChangeRule>>> = { requirement: { appliesTo: 'major' } };

/** A value for each kind, made from its schema. */
function perKind<T>(make: (schema: z.ZodObject, kind: Kind) => T): Record<Kind, T> {
	return Object.fromEntries((Object.keys(schemas) as Kind[]).map((kind) => [kind, make(schemas[kind], kind)])) as Record<Kind, T>;
}

/** The facts of each field of a schema. */
const fieldsOf = (schema: z.ZodObject) => Object.entries(schema.shape).map(([field, type]) => ({ field, ...factsOf(type as z.ZodType) }));

/** For each kind: its normative fields and the class of a change to each, read from its schema. Others are editorial. */
export const fieldClasses: Record<Kind, Record<string, FieldRule>> = perKind((schema, kind) =>
	Object.fromEntries([
		...fieldsOf(schema).flatMap(({ field, change }) => (change ? [[field, rules[change]] as const] : [])),
		...Object.entries(derived[kind] ?? {}).map(([field, change]) => [field, rules[change]] as const),
	]),
);

/**
 * Normative fields added after a release (`addedLater` in the schema): left out of an item's content (and so of its
 * hash) while they are empty, so that adding one keeps every released hash valid.
 */
const addedLater: Record<Kind, ReadonlySet<string>> = perKind((schema) => new Set(fieldsOf(schema).filter((f) => f.addedLater).map((f) => f.field)));

/** Adding an ID is minor: what was there keeps its meaning. */
export const addedClass: ChangeClass = 'minor';
/** Removing an ID is major: citations of it break, and what it required no longer holds. */
export const removedClass: ChangeClass = 'major';

/** One tracked ID of the standard as it is now. */
export interface NormativeItem {
	id: string;
	kind: Kind;
	/** The Swedish file it lives in (a requirement lives in its step's file). */
	file: string;
	/** The field to name in messages: "id", or "requirements[S07.2]" for a requirement. */
	field: string;
	/** A short label: the title, name or requirement text. */
	label: string;
	content: Content;
}

function normalise(value: unknown): unknown {
	if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
	if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value].sort();
	return value;
}

/** The normative fields of a kind, picked from the data. */
export function contentOf(kind: Kind, data: Record<string, unknown>): Content {
	return Object.fromEntries(
		Object.keys(fieldClasses[kind])
			.map((field) => [field, normalise(data[field])] as const)
			.filter(([field, value]) => !(value === null && addedLater[kind].has(field))),
	);
}

/** Every tracked ID of the standard with its normative content, read from the Swedish entries. */
export function normativeItems(standard: Standard): Map<string, NormativeItem> {
	const items = new Map<string, NormativeItem>();
	const add = (kind: Kind, entry: Entry, data: any, label: string, field = 'id') =>
		items.set(data.id, { id: data.id, kind, file: entry.file, field, label, content: contentOf(kind, data) });
	for (const e of standard.entries.principles.sv) add('principle', e, e.data, e.data.title);
	for (const e of standard.entries.roles.sv) add('role', e, e.data, e.data.name);
	for (const e of standard.entries.accessibility.sv) add('accessibility', e, e.data, e.data.title);
	for (const e of standard.entries.steps.sv as Entry<Step>[]) {
		add('step', e, e.data, e.data.title);
		for (const r of e.data.requirements) add('requirement', e, { ...r, appliesTo: r.roles ?? [e.data.owner] }, r.text, `requirements[${r.id}]`);
	}
	return items;
}

/** A short, stable hash of normative content (12 hex digits of SHA-256 over canonical JSON). */
export function hashContent(content: Content): string {
	const canonical = JSON.stringify(content, Object.keys(content).sort());
	return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** The hash of every tracked ID, in reading order: what `npm run release` writes into the lock. */
export function hashAll(items: Map<string, NormativeItem>): Record<string, string> {
	const ids = [...items.keys()].sort(byKindAndId);
	return Object.fromEntries(ids.map((id) => [id, hashContent(items.get(id)!.content)]));
}
