/**
 * Snapshots of released versions (schemas/snapshot.ts): made from the loaded standard, and compared with the current
 * model (what was added, changed and removed). Pure apart from the model; scripts write and read the files.
 */
import type { Snapshot, SnapshotLanguage } from '../../schemas/snapshot.ts';
import type { Lang } from '../../schemas/common.ts';
import type { Standard } from '../content/load-standard.ts';
import { requirements, type Model } from './model.ts';
import { requirementRoles } from './requirement-roles.ts';
import { checklistItems } from './role-checklist.ts';
import { modelFromStandard } from './from-disk.ts';

/** The folder of the snapshots, beside the release lock. */
export const snapshotDir = 'content/snapshots';
export const snapshotFile = (version: string) => `${snapshotDir}/${version}.json`;

/** One language of the model as a snapshot. */
export function snapshotLanguage(model: Model): SnapshotLanguage {
	return {
		requirements: Object.fromEntries(requirements(model).map((r) => [r.id, { step: r.step.id, level: r.level, text: r.text, roles: requirementRoles(r) }])),
		checklists: Object.fromEntries(model.checklists.map((c) => [c.id, Object.fromEntries(checklistItems(model, c).map((i) => [i.id, i.text]))])),
	};
}

/** The whole standard as a snapshot of the version and date in content/standard.yaml. */
export function snapshotOf(standard: Standard): Snapshot {
	const sv = modelFromStandard(standard, 'sv');
	return { version: sv.meta.version, date: sv.meta.date, sv: snapshotLanguage(sv), en: snapshotLanguage(modelFromStandard(standard, 'en')) };
}

/** A snapshot as its file's text: stable (keys in content order), tab-indented. */
export const snapshotJson = (snapshot: Snapshot): string => JSON.stringify(snapshot, null, '\t') + '\n';

/** Requirements added, changed (level or text) and removed between a snapshot and the current model. */
export function requirementChanges(old: Snapshot, lang: Lang, model: Model) {
	const before = old[lang].requirements;
	const now = new Map(requirements(model).map((r) => [r.id, r]));
	return {
		added: [...now.keys()].filter((id) => !before[id]),
		changed: Object.entries(before).filter(([id, r]) => now.has(id) && (now.get(id)!.text !== r.text || now.get(id)!.level !== r.level)).map(([id]) => id),
		removed: Object.keys(before).filter((id) => !now.has(id)),
	};
}
