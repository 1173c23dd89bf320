/** A principle of the standard: a one-sentence rule that the process steps realise. Body (Markdown): the rationale. */
import { z } from 'astro/zod';
import { normative } from './fields.ts';
import { principleId, sourceRefs, text } from './common.ts';

export const principleSchema = z
	.object({
		/** Stable ID, never reused: P and a number of two digits or more, e.g. "P03". */
		id: principleId,
		/** Short name of the principle. */
		title: text,
		/** The principle in one sentence. */
		statement: normative(text, 'minor'),
		/** Plain-language summary a new reader understands (Swedish: LIX 40 or lower). */
		summary: text,
		/** Sources the principle rests on. */
		sources: normative(sourceRefs, 'minor'),
	})
	.strict();
export type Principle = z.infer<typeof principleSchema>;
