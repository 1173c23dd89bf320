/**
 * The open-data export of the standard (/standard.json, /en/standard.json): one schema for the whole file, built from
 * the content schemas, so the JSON Schema at /standard.schema.json is generated from the same source of truth.
 */
import { z } from 'astro/zod';
import { accessibilitySchema } from './accessibility.ts';
import { checklistSchema } from './checklist.ts';
import { languages } from './common.ts';
import { termSchema } from './glossary.ts';
import { phaseSchema } from './phase.ts';
import { principleSchema } from './principle.ts';
import { roleSchema } from './role.ts';
import { sourceSchema } from './source.ts';
import { standardSchema } from './standard.ts';
import { stepSchema } from './step.ts';

/** The Markdown body of an entry, as written in content/ (it may hold MDX asides such as ":::note"). */
const body = z.string().describe('The entry’s Markdown text, as written in the source repository.');

export const exportSchema = z
	.object({
		/** Version, status and date of the standard, and the language of this file. */
		standard: standardSchema.extend({ lang: z.enum(languages).describe('Language of the text in this file.') }),
		/** The principles, by ID; `body` is the rationale. */
		principles: z.array(principleSchema.extend({ body })),
		/** The roles, key actors first; `body` describes the role. */
		roles: z.array(roleSchema.extend({ body })),
		/** The phases, in process order. */
		phases: z.array(phaseSchema),
		/** The steps in process order, each with its requirements; `body` tells how the step is done. */
		steps: z.array(stepSchema.extend({ body })),
		/** The accessibility items, by area. */
		accessibility: z.array(accessibilitySchema),
		/** The checklists. */
		checklists: z.array(checklistSchema),
		/** The glossary, alphabetical. */
		glossary: z.array(termSchema),
		/** The source documents, cited by ID everywhere else. */
		sources: z.array(sourceSchema),
	})
	.strict()
	.describe('Svensk mikrofinansstandard (Swedish Microfinance Standard) as open data: the whole standard in one language.');
export type StandardExport = z.infer<typeof exportSchema>;

/** The JSON Schema (draft 2020-12) of the export, with `$id` set to where it is published. */
export function exportJsonSchema(id: string): Record<string, unknown> {
	return { ...z.toJSONSchema(exportSchema, { target: 'draft-2020-12', io: 'output' }), $id: id, title: 'Svensk mikrofinansstandard' };
}
