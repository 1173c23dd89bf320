/**
 * What a released version said: the normative text of every requirement and checklist item, in both languages,
 * kept in content/snapshots/<version>.json beside the release lock (written by `npm run release`). The
 * self-assessment and the checklists use it to show old against new when they open work from an earlier version.
 */
import { z } from 'astro/zod';
import { level } from './common.ts';

/** A requirement as released. */
export const snapshotRequirementSchema = z
	.object({
		/** The step it belongs to. */
		step: z.string(),
		/** "ska" or "bör". */
		level,
		/** The requirement's text. */
		text: z.string(),
		/** The roles it applied to (requirement-roles.ts: its roles and the step's owner). */
		roles: z.array(z.string()),
	})
	.strict();

/** One language of a release. */
export const snapshotLanguageSchema = z
	.object({
		/** Requirements by ID. */
		requirements: z.record(z.string(), snapshotRequirementSchema),
		/** Checklist item texts by checklist ID and item ID. */
		checklists: z.record(z.string(), z.record(z.string(), z.string())),
	})
	.strict();

export const snapshotSchema = z
	.object({
		/** The released version, e.g. "0.1.0". */
		version: z.string(),
		/** The release date (YYYY-MM-DD). */
		date: z.string(),
		/** The content by language. */
		sv: snapshotLanguageSchema,
		en: snapshotLanguageSchema,
	})
	.strict();
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotLanguage = z.infer<typeof snapshotLanguageSchema>;
