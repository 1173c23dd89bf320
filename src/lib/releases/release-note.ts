/**
 * Drafts a release note from the standard and the release lock: IDs that are new since the last release are added,
 * IDs whose normative hash differs are changed, IDs the lock has but the content lacks are removed. The first release
 * (no lock, or the lock's own version with no earlier note) lists every ID as added. Whys and summaries already written
 * in an existing note of the same version are kept; new ones get a placeholder the validator rejects until filled in.
 */
import { isSeq, parseDocument, stringify } from 'yaml';
import type { Lang } from '../../schemas/common.ts';
import type { Release, ReleaseItem, ReleaseLock } from '../../schemas/release.ts';
import type { Standard } from '../content/load-standard.ts';
import { compareVersions } from './semver.ts';
import { byKindAndId, hashContent, normativeItems } from './normative.ts';
import { placeholder } from '../content/placeholders.ts';

type List = 'added' | 'changed' | 'removed';

const firstWhy: Record<Lang, string> = { sv: 'Ingår i den första versionen av standarden.', en: 'Part of the first version of the standard.' };
const firstSummary: Record<Lang, string> = {
	sv: 'Den första versionen av Svensk mikrofinansstandard: principer, roller, processens steg med krav och krav på tillgänglighet.',
	en: 'The first version of the Swedish Microfinance Standard: principles, roles, the steps of the process with their requirements, and accessibility requirements.',
};
/** Today's date, YYYY-MM-DD. */
export const today = () => new Date().toISOString().slice(0, 10);

const askSummary: Record<Lang, string> = { sv: 'vad versionen innehåller, i ett kort stycke', en: 'what the version brings, in a short paragraph' };
const askWhy: Record<List, Record<Lang, string>> = {
	added: { sv: 'varför det läggs till', en: 'why it is added' },
	changed: { sv: 'vad som ändras och varför', en: 'what changes and why' },
	removed: { sv: 'varför det tas bort', en: 'why it is removed' },
};

/** What goes into a drafted note besides the lists. */
export interface DraftOptions {
	version: string;
	lang: Lang;
	/** Release date, YYYY-MM-DD; defaults to the existing note's date, then today. */
	date?: string;
	/** Status; defaults to the existing note's status, then content/standard.yaml's. */
	status?: Release['status'];
	/** The note of this version as it is now, if there is one, whose prose is kept. */
	existing?: Release;
}

/** The IDs a release note lists, and whether it is the first release (which lists every ID as added). */
export type ReleasePlan = Record<List, string[]> & { first: boolean };

/**
 * The IDs the note of `version` must list, compared with the lock. The first release may be redone (before it is
 * published, while its content still moves); any other version at or before the lock's throws.
 */
export function planRelease(standard: Standard, version: string, earlierNotes: number): ReleasePlan {
	const items = normativeItems(standard);
	const current = [...items.keys()].sort(byKindAndId);
	const lock = standard.lock;
	if (!lock && earlierNotes > 0) throw new Error('there are release notes but no release lock: run `npm run release -- <last version>` first');
	const first = earlierNotes === 0 && (!lock || lock.version === version);
	if (first) return { first, added: current, changed: [], removed: [] };
	if (!lock || compareVersions(version, lock.version) <= 0) {
		throw new Error(`version ${version} is not after the last release ${lock?.version}: released versions are never rewritten; choose a later version`);
	}
	return {
		first,
		added: current.filter((id) => !(id in lock.hashes)),
		changed: current.filter((id) => id in lock.hashes && lock.hashes[id] !== hashContent(items.get(id)!.content)),
		removed: Object.keys(lock.hashes).filter((id) => !items.has(id)).sort(byKindAndId),
	};
}

/** A drafted note in one language, from one plan, so both languages list the same IDs. */
export function draftRelease(standard: Standard, plan: ReleasePlan, options: DraftOptions): Release {
	const { version, lang, existing } = options;
	const current = normativeItems(standard);
	const items = (list: List): ReleaseItem[] => {
		const kept = new Map((existing?.[list] ?? []).map((item) => [item.id, item.why]));
		// An editor may announce a change the hashes do not see (e.g. a clearer English text): keep it while the ID exists.
		const extra = list === 'changed' ? [...kept.keys()].filter((id) => current.has(id) && !plan.changed.includes(id)) : [];
		return [...plan[list], ...extra]
			.sort(byKindAndId)
			.map((id) => ({ id, why: kept.get(id) ?? (plan.first && list === 'added' ? firstWhy[lang] : placeholder(lang, askWhy[list][lang])) }));
	};
	return {
		version,
		date: options.date ?? existing?.date ?? today(),
		status: options.status ?? existing?.status ?? standard.meta?.status ?? 'utkast',
		summary: existing?.summary ?? (plan.first ? firstSummary[lang] : placeholder(lang, askSummary[lang])),
		added: items('added'),
		changed: items('changed'),
		removed: items('removed'),
	};
}

/** The YAML text of a release note, with a comment that says how it is made. */
export function releaseYaml(release: Release): string {
	const header = `# Release note of version ${release.version}. Drafted by \`npm run release-note -- ${release.version}\`; editors write the whys.\n`;
	return header + stringify(release, { lineWidth: 0 });
}

/** The YAML text of the release lock (content/release-lock.yaml): the version and one hash per ID, with a header. */
export function lockYaml(lock: ReleaseLock): string {
	const header = `# Written by \`npm run release -- ${lock.version}\`: a hash of the normative content of every ID in release ${lock.version}.\n# \`npm run validate\` compares the content with it. Do not edit by hand.\n`;
	return header + stringify(lock, { lineWidth: 0 });
}

/**
 * The text of the release note being prepared with new IDs listed under `added`, each with a why to fill in. Keeps the
 * rest of an existing note as it is; starts a new note (dated today, summary to fill in) when there is none.
 */
export function addToNote(existing: string | undefined, ids: string[], options: { version: string; lang: Lang; status: Release['status'] }): string {
	const items = ids.map((id) => ({ id, why: placeholder(options.lang, askWhy.added[options.lang]) }));
	if (existing === undefined) {
		const summary = placeholder(options.lang, askSummary[options.lang]);
		return releaseYaml({ version: options.version, date: today(), status: options.status, summary, added: items, changed: [], removed: [] });
	}
	const doc = parseDocument(existing);
	const added = doc.get('added');
	if (!isSeq(added)) doc.set('added', doc.createNode(items));
	else {
		added.flow = false;
		for (const item of items) added.add(doc.createNode(item));
	}
	return String(doc);
}
