/** /standard.schema.json: the JSON Schema of /standard.json, generated from the zod schemas (schemas/export.ts). */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../schemas/export.ts';
import { localePath } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => {
	const id = new URL(localePath('sv', 'standard.schema.json'), site ?? 'https://example.org').href;
	return new Response(JSON.stringify(exportJsonSchema(id), null, '\t') + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
};
