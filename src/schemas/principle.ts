/** A principle of the standard: a one-sentence rule that the process steps realise. Body (MDX): the rationale. */
import { z } from 'astro/zod';
import { principleId, sourceRefs, text } from './common.ts';

export const principleSchema = z
	.object({
		/** Stable ID, never reused: P and two digits. */
		id: principleId,
		/** Short name of the principle. */
		title: text,
		/** The principle in one sentence. */
		statement: text,
		/** Plain-language summary a new reader understands (Swedish: LIX 40 or lower). */
		summary: text,
		/** Sources the principle rests on. */
		sources: sourceRefs,
	})
	.strict();
export type Principle = z.infer<typeof principleSchema>;
