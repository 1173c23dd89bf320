/**
 * Compares two versions of the standard ID by ID: which principles, roles, steps, requirements and accessibility items
 * were added, removed or changed in their normative fields, how big each change is (src/lib/releases/normative.ts), and which
 * version bump the whole implies. Files that changed without any normative change are editorial (a patch).
 * Pure: `npm run diff` (scripts/diff.ts) does the reading from git and disk.
 */
import type { Standard } from '../content/load-standard.ts';
import { addedClass, fieldClasses, kindNames, normativeItems, removedClass, byKindAndId, type Kind, type NormativeItem } from './normative.ts';
import { bumpVersion, largerClass, type ChangeClass } from './semver.ts';
import { isDeepStrictEqual } from 'node:util';

/** One normative field of an ID that changed. */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
	change: ChangeClass;
}

/** One ID that was added, removed or changed. */
export interface IdChange {
	id: string;
	kind: Kind;
	type: 'added' | 'removed' | 'changed';
	/** Its title, name or requirement text (after the change; before, for a removed ID). */
	label: string;
	/** The class of the change: the largest of its fields' for a changed ID. */
	change: ChangeClass;
	/** The fields that changed (for a changed ID). */
	fields: FieldChange[];
}

/** The comparison of two versions of the standard. */
export interface StandardDiff {
	changes: IdChange[];
	/** Files under content/ that differ, whatever the reason. */
	files: string[];
	/** The class of the whole change: the largest of the IDs', or patch when only prose changed; undefined when nothing did. */
	change: ChangeClass | undefined;
	/** The version compared against, and the version the change leads to. */
	from?: string;
	next?: string;
}

/** The changes between two sets of normative items, in reading order. */
export function diffItems(before: Map<string, NormativeItem>, after: Map<string, NormativeItem>): IdChange[] {
	const ids = [...new Set([...before.keys(), ...after.keys()])].sort(byKindAndId);
	return ids.flatMap((id): IdChange[] => {
		const [b, a] = [before.get(id), after.get(id)];
		if (!b) return [{ id, kind: a!.kind, type: 'added', label: a!.label, change: addedClass, fields: [] }];
		if (!a) return [{ id, kind: b.kind, type: 'removed', label: b.label, change: removedClass, fields: [] }];
		const fields = Object.entries(fieldClasses[a.kind])
			.filter(([field]) => !isDeepStrictEqual(b.content[field], a.content[field]))
			.map(([field, rule]) => ({ field, before: b.content[field], after: a.content[field], change: rule(b.content, a.content) }));
		if (fields.length === 0) return [];
		const change = fields.reduce<ChangeClass | undefined>((max, f) => largerClass(max, f.change), undefined)!;
		return [{ id, kind: a.kind, type: 'changed', label: a.label, change, fields }];
	});
}

/** Compares the standard `before` with `after`; `files` are the content files that differ between the two. */
export function diffStandards(before: Standard, after: Standard, files: string[] = []): StandardDiff {
	const changes = diffItems(normativeItems(before), normativeItems(after));
	const largest = changes.reduce<ChangeClass | undefined>((max, c) => largerClass(max, c.change), undefined);
	const change = largest ?? (files.length > 0 ? 'patch' : undefined);
	const from = before.meta?.version;
	return { changes, files, change, from, next: from && change ? bumpVersion(from, change) : from };
}

/**
 * Content text made inert in Markdown: one line (no newline can start a fake heading or list), and every character
 * that Markdown or HTML could act on backslash-escaped (`<!--` cannot hide what follows, `|` cannot split a table
 * cell, `*`/`_`/`[` cannot format or link). GitHub shows the text exactly as written.
 */
export function inertMarkdown(text: string): string {
	return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\\`*_[\]<>|#~&!{}]/g, (c) => `\\${c}`);
}

const show = (value: unknown): string => {
	if (value === null || value === undefined) return '–';
	if (typeof value === 'string') return `“${inertMarkdown(value)}”`;
	if (Array.isArray(value)) return value.map(show).join(', ');
	return inertMarkdown(JSON.stringify(value));
};

/** A changed field in words: before → after, or for a list what came and what went. */
export function describeField(f: FieldChange): string {
	const list = (v: unknown) => (v === null ? [] : v);
	const [b, a] = [list(f.before), list(f.after)];
	if (Array.isArray(b) && Array.isArray(a)) {
		const gone = b.filter((x) => !a.some((y) => isDeepStrictEqual(x, y)));
		const came = a.filter((x) => !b.some((y) => isDeepStrictEqual(x, y)));
		return [...came.map((x) => `+ ${show(x)}`), ...gone.map((x) => `− ${show(x)}`)].join('; ') || `${show(f.before)} → ${show(f.after)}`;
	}
	return `${show(f.before)} → ${show(f.after)}`;
}

const bumpWord: Record<ChangeClass, string> = { major: 'major', minor: 'minor', patch: 'patch (editorial)' };

/** The comparison as Markdown, for a terminal or a pull request description; every content text in it is inert. */
export function diffMarkdown(diff: StandardDiff, fromLabel: string): string {
	const lines = [`## Changes to the standard since ${fromLabel}`, ''];
	if (!diff.change) return [...lines, 'No changes.', ''].join('\n');
	lines.push(`Change class: **${bumpWord[diff.change]}**${diff.from ? ` – version ${diff.from} → **${diff.next}**` : ''}.`, '');
	const section = (title: string, items: IdChange[], render: (c: IdChange) => string[]) => {
		if (items.length === 0) return;
		lines.push(`### ${title} (${items.length})`, '', ...items.flatMap(render), '');
	};
	const head = (c: IdChange) => `- **${inertMarkdown(c.id)}** ${kindNames[c.kind]}: ${inertMarkdown(c.label)} – *${c.change}*`;
	section('Removed', diff.changes.filter((c) => c.type === 'removed'), (c) => [head(c)]);
	section('Changed', diff.changes.filter((c) => c.type === 'changed'), (c) => [
		head(c),
		...c.fields.map((f) => `  - ${f.field} (*${f.change}*): ${describeField(f)}`),
	]);
	section('Added', diff.changes.filter((c) => c.type === 'added'), (c) => [head(c)]);
	if (diff.files.length > 0) {
		lines.push(`### Files changed (${diff.files.length})`, '', 'Changes outside the normative fields above are editorial (patch).', '', ...diff.files.map((f) => `- ${inertMarkdown(f)}`), '');
	}
	return lines.join('\n');
}
