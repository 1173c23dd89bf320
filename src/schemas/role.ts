/** A role in the microfinance partnership: one of the four key actors or a supporting function. */
import { z } from 'astro/zod';
import { normative } from './fields.ts';
import { roleId, sourceRefs, text } from './common.ts';

/** The kinds of role: the four key actors of the microfinance model, and supporting functions. */
export const roleKinds = ['bank', 'entreprenor', 'offentlig-aktor', 'social-organisation', 'stodfunktion'] as const;

export const roleSchema = z
	.object({
		/** Stable ID, never reused: a slug such as "bank". */
		id: roleId,
		/** The role's name as readers know it. */
		name: text,
		/** Which kind of actor this is. */
		kind: normative(z.enum(roleKinds), 'minor'),
		/** Plain-language summary of the role. */
		summary: text,
		/** What the role is responsible for, one item a line. */
		responsibilities: normative(z.array(text).min(1, 'list at least one responsibility'), 'minor'),
		/** What people in the role need to know or be able to do. */
		competences: z.array(text).default([]),
		/** Sources that describe the role. */
		sources: normative(sourceRefs, 'minor'),
	})
	.strict();
export type Role = z.infer<typeof roleSchema>;
