/**
 * A release note of the standard (content/releases/<lang>/<version>.yaml) and the release lock
 * (content/release-lock.yaml). The release notes are the change history and the only place where removed IDs live on
 * (their `removed` lists are the tombstones); the lock records what the last release said, as one hash per ID.
 */
import { z } from 'astro/zod';
import { accessibilityId, principleId, requirementId, roleId, stepId, text } from './common.ts';
import { standardSchema } from './standard.ts';

/** A semantic version, "MAJOR.MINOR.PATCH", e.g. "0.1.0". */
export const version = standardSchema.shape.version;

/**
 * A date, YYYY-MM-DD. Astro's YAML reader turns an unquoted date into a Date object, the validator's keeps the text:
 * both end up as the same text.
 */
export const isoDate = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.iso.date());

/** Any ID that releases track: a principle, role, step, requirement or accessibility item. */
export const trackedId = z.union([principleId, stepId, requirementId, accessibilityId, roleId], {
	error: 'must be a principle (P03), step (S07), requirement (S07.2), accessibility (TK02) or role ID (bank)',
});

/** One ID in a release note, with the reason for the change. */
export const releaseItemSchema = z
	.object({
		/** The ID that was added, changed or removed, e.g. "S07.2". */
		id: trackedId,
		/** Why, in a sentence or two of plain prose. */
		why: text,
	})
	.strict();
export type ReleaseItem = z.infer<typeof releaseItemSchema>;

/** One release note: the version, its date and status, a summary, and the IDs it added, changed and removed. */
export const releaseSchema = z
	.object({
		/** The version this note describes; also the file name, e.g. 0.2.0.yaml. */
		version,
		/** Date of the release (or the planned date, while it is being prepared), YYYY-MM-DD. */
		date: isoDate,
		/** Status of the standard in this version: "utkast" (draft) or "fastställd" (adopted). */
		status: standardSchema.shape.status,
		/** What the release brings, in one short paragraph. */
		summary: text,
		/** IDs that are new in this version. */
		added: z.array(releaseItemSchema).default([]),
		/** IDs whose normative content (text, level, roles, references) changed in this version. */
		changed: z.array(releaseItemSchema).default([]),
		/** IDs removed in this version: tombstones, never to be used again. */
		removed: z.array(releaseItemSchema).default([]),
	})
	.strict();
export type Release = z.infer<typeof releaseSchema>;

/** The release lock, content/release-lock.yaml: the last release and a hash of every ID's normative content then. */
export const releaseLockSchema = z
	.object({
		/** The last release, whose content the hashes record. */
		version,
		/** The hash of each released ID's normative content at that release (see src/lib/releases/normative.ts). */
		hashes: z.record(trackedId, z.string().regex(/^[0-9a-f]{12}$/, 'must be 12 hex digits written by `npm run release`')),
		/** The hash of each checklist item's Swedish text at that release, by `<checklist>#<item>` (src/lib/releases/checklist-lock.ts). */
		checklistItems: z.record(z.string().regex(/^[a-z0-9-]+#\d{2}$/, 'must be <checklist>#<item>, e.g. bank#03'), z.string().regex(/^[0-9a-f]{12}$/, 'must be 12 hex digits written by `npm run release`')).optional(),
	})
	.strict();
export type ReleaseLock = z.infer<typeof releaseLockSchema>;
