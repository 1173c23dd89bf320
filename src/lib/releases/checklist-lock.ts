/**
 * Checklist items keep their IDs across releases, like every other ID: a reader's saved ticks and notes are keyed on
 * `<checklist>#<item>`. The release lock records a hash of each item's Swedish text, so the validator can tell an
 * item that was renumbered (its text now sits under another ID) from one whose wording was edited.
 */
import type { Entry, Standard } from '../content/load-standard.ts';
import type { Checklist } from '../../schemas/checklist.ts';
import { hashContent } from './normative.ts';

/** The key of a checklist item in the lock: `bank#03`. */
export const itemKey = (checklist: string, item: string) => `${checklist}#${item}`;

/** The hash of one item's text (whitespace-insensitive). */
export const itemHash = (text: string) => hashContent({ text: text.replace(/\s+/g, ' ').trim() });

/** The hash of every Swedish checklist item, by key, sorted: what `npm run release` writes into the lock. */
export function checklistItemHashes(standard: Standard): Record<string, string> {
	const out: Record<string, string> = {};
	for (const c of standard.entries.checklists.sv as Entry<Checklist>[]) {
		for (const item of c.data.items) out[itemKey(c.data.id, item.id)] = itemHash(item.text);
	}
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}
