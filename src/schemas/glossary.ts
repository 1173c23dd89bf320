/** A glossary term that a new reader may stumble on. */
import { z } from 'astro/zod';
import { sourceId, termId, text } from './common.ts';

export const termSchema = z
	.object({
		/** Stable ID: a slug, also the anchor on the glossary page. */
		id: termId,
		/** The term as written in this language. */
		term: text,
		/** A plain explanation in one to three sentences. */
		definition: text,
		/** Related terms. */
		related: z.array(termId).default([]),
		/** Sources that use or define the term. */
		sources: z.array(sourceId).default([]),
	})
	.strict();
export type Term = z.infer<typeof termSchema>;
