/** The JSON Schema of an exported self-assessment (served at /sjalvvardering.schema.json), from schemas/assessment.ts. */
import * as z from 'zod/mini';
import { assessmentSchema } from './assessment.ts';

export function assessmentJsonSchema(id: string) {
	return { ...z.toJSONSchema(assessmentSchema, { target: 'draft-2020-12', io: 'output' }), $id: id, title: 'Svensk mikrofinansstandard: självvärdering' };
}
