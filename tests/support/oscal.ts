/** The official OSCAL 1.0.6 JSON Schemas (tests/vendor/oscal-1.0.6/, unchanged), compiled as an outside tool would. */
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures.ts';

export function officialValidator(model: 'catalog' | 'profile') {
	const schema = JSON.parse(readFileSync(join(repoRoot, `tests/vendor/oscal-1.0.6/oscal_${model}_schema.json`), 'utf8'));
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats.default(ajv);
	return ajv.compile(schema);
}
