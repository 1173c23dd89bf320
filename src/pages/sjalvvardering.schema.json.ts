/** /sjalvvardering.schema.json: the JSON Schema of a self-assessment export, generated from schemas/assessment.ts. */
import type { APIRoute } from 'astro';
import { assessmentJsonSchema } from '../schemas/assessment-json-schema.ts';
import { localePath } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const id = new URL(localePath('sv', 'sjalvvardering.schema.json'), site ?? 'https://example.org').href;
	return new Response(JSON.stringify(assessmentJsonSchema(id), null, '\t') + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
};
