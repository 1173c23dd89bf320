/**
 * The normative content of the standard, ID by ID: what a release promises and what `npm run diff` compares.
 * One table (`fieldClasses`) says, for each kind of ID, which fields are normative and how big a change to each is;
 * the release lock hashes exactly those fields, so the lock, the diff and the validator never disagree.
 * The Swedish text is the normative one; the English text is its translation. Everything else is editorial.
 */
import { createHash } from 'node:crypto';
import type { Entry, Standard } from '../content/load-standard.ts';
import type { ChangeClass } from './semver.ts';
import type { AccessibilityItem } from '../../schemas/accessibility.ts';
import type { Principle } from '../../schemas/principle.ts';
import type { Role } from '../../schemas/role.ts';
import type { Requirement, Step } from '../../schemas/step.ts';
import { byKindAndId, type Kind } from '../../schemas/kinds.ts';

export { byKindAndId, kindNames, kindOf, type Kind } from '../../schemas/kinds.ts';

/** Normative fields of one ID, ready to compare and hash (string lists sorted, empty values null). */
export type Content = Record<string, unknown>;

/** How big a change of one field is, given the item before and after. */
type FieldRule = (before: Content, after: Content) => ChangeClass;

const major: FieldRule = () => 'major';
const minor: FieldRule = () => 'minor';
/** A "ska" (must) statement that changes binds everyone differently: major. A "bör" (should) statement: minor. */
const byLevel: FieldRule = (b, a) => (b.level === 'ska' || a.level === 'ska' ? 'major' : 'minor');
/** Raising "bör" to "ska" adds an obligation: major. Lowering "ska" to "bör" relaxes one: minor. */
const levelChange: FieldRule = (_b, a) => (a.level === 'ska' ? 'major' : 'minor');

/** Normative fields of one kind, named by the fields of its schema (so a renamed field fails the type check). */
type FieldsOf<T> = Partial<Record<keyof T, FieldRule>>;

/** For each kind: its normative fields and the class of a change to each. Fields not listed are editorial. */
export const fieldClasses: {
	requirement: FieldsOf<Requirement & { appliesTo: string[] }>;
	accessibility: FieldsOf<AccessibilityItem>;
	step: FieldsOf<Step>;
	principle: FieldsOf<Principle>;
	role: FieldsOf<Role>;
} = {
	requirement: { level: levelChange, text: byLevel, appliesTo: major, verify: minor, accessibility: minor, sources: minor, notApplicableWhen: minor },
	accessibility: { level: levelChange, text: byLevel, verify: minor, sources: minor },
	step: { owner: major, phase: minor, participants: minor, weeks: minor, accessibility: minor, principles: minor, sources: minor },
	principle: { statement: minor, sources: minor },
	role: { kind: minor, responsibilities: minor, sources: minor },
};

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

/**
 * Normative fields added to the table after a release: left out of an item's content (and so of its hash) while they
 * are empty, so that adding one keeps every released hash valid and only the IDs that fill it in count as changed.
 */
export const laterFields: ReadonlySet<string> = new Set(['notApplicableWhen']);

/** The normative fields of a kind, picked from the data. */
export function contentOf(kind: Kind, data: Record<string, unknown>): Content {
	return Object.fromEntries(
		Object.keys(fieldClasses[kind])
			.map((field) => [field, normalise(data[field])] as const)
			.filter(([field, value]) => !(value === null && laterFields.has(field))),
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
