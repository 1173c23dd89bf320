/** A source document of the standard, defined once and cited by ID. */
import { z } from 'astro/zod';
import { sourceId, text } from './common.ts';

export const sourceSchema = z
	.object({
		/** Stable ID: the short name used in citations, e.g. "sus-handbog". */
		id: sourceId,
		/** Title of the document. */
		title: text,
		/** Who wrote or published it. */
		publisher: text,
		/** Year of publication or of the project; leave out when the document gives none. */
		year: z.number().int().min(1990).max(2100).optional(),
		/**
		 * Country whose practice (and law) the document describes: SE, DK, EU, or INT for an international standard
		 * that belongs to no country's law (e.g. the Client Protection Principles).
		 */
		country: z.enum(['SE', 'DK', 'EU', 'INT']),
		/** Language of the original document. */
		language: z.enum(['sv', 'da', 'en']),
		/** What the document is. */
		description: text,
		/** What the standard takes from it. */
		contributes: text,
		/** Where the document (or its official page) can be read: an http(s) address; the same in both languages. */
		url: z.url({ protocol: /^https?$/ }).optional(),
	})
	.strict();
export type Source = z.infer<typeof sourceSchema>;
