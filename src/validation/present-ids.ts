/**
 * Which tracked IDs are still in content/, even when their file is broken. A file that fails its schema, or whose YAML
 * cannot be read at all, still holds its IDs: the release rules must not then tell the editor to list them as removed
 * (following that hint would retire valid IDs for ever). One mistake gives one message: the broken file's own.
 */
import type { Standard } from '../lib/content/load-standard.ts';
import { collections } from '../schemas/collections.ts';
import { knownIds } from './lookup.ts';

/** The collections that hold tracked IDs, with the file-name prefix an ID has (s07-…, p15-…, bank.md, tk02.yaml). */
const tracked = ['principles', 'roles', 'steps', 'accessibility'] as const;

/** Swedish files of the tracked collections that were read but yielded no entry, valid or invalid. */
export function unreadableFiles(standard: Standard): string[] {
	const loaded = new Set([...tracked.flatMap((c) => standard.entries[c].sv.map((e) => e.file)), ...standard.invalid.map((e) => e.file)]);
	return standard.files.filter((f) => tracked.some((c) => f.startsWith(`content/${collections[c].folder}/sv/`)) && !loaded.has(f));
}

/** True if the ID is in a Swedish entry (valid or not), or may be in a Swedish file that could not be read. */
export function mayStillExist(standard: Standard, id: string, ids = knownIds(standard, 'sv'), unreadable = unreadableFiles(standard)): boolean {
	if ([...ids.principles, ...ids.roles, ...ids.steps, ...ids.accessibility, ...ids.requirements].includes(id)) return true;
	const owner = id.split('.')[0];
	// The requirements of a step that fails its schema are not judged until the step is fixed.
	if (standard.invalid.some((e) => e.lang === 'sv' && e.collection === 'steps' && e.data.id === owner)) return true;
	// A file named after the ID is still there (e.g. it now holds another ID by mistake): that is the problem to report.
	const named = standard.files.filter((f) => tracked.some((c) => f.startsWith(`content/${collections[c].folder}/sv/`)));
	return [...unreadable, ...named].some((f) => {
		const name = f.split('/').pop()!;
		const lower = owner.toLowerCase();
		return (unreadable.includes(f) || id === owner) && (name.startsWith(`${lower}-`) || name.startsWith(`${lower}.`));
	});
}

/** True when a Swedish release note or standard.yaml failed to load: the release history is then not known. */
export function releaseHistoryBroken(standard: Standard): boolean {
	const loaded = new Set(standard.entries.releases.sv.map((e) => e.file));
	const notes = standard.files.filter((f) => f.startsWith('content/releases/sv/'));
	return standard.meta === undefined || notes.some((f) => !loaded.has(f));
}
