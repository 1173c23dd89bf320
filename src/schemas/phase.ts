/** A phase of the process. Steps belong to one phase; phases run left to right on the process map. */
import { z } from 'astro/zod';
import { phaseId, text } from './common.ts';

export const phaseSchema = z
	.object({
		/** Stable ID: a slug such as "rekrytering". */
		id: phaseId,
		/** Position of the phase in the process, from 1. */
		order: z.number().int().min(1),
		/** Name of the phase. */
		title: text,
		/** One or two plain sentences on what happens in the phase. */
		summary: text,
	})
	.strict();
export type Phase = z.infer<typeof phaseSchema>;
