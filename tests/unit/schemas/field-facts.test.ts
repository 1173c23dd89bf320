import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections } from '../../../src/schemas/collections.ts';
import { roleId, sourceRefs, text } from '../../../src/schemas/common.ts';
import { factsOf, normative } from '../../../src/schemas/fields.ts';
import { fieldClasses } from '../../../src/lib/releases/normative.ts';
import { requirementSchema } from '../../../src/schemas/step.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('field facts declared with the schemas', () => {
	it('make every text field prose, at any depth (a requirement’s text and verify too)', () => {
		expect([...collections.steps.prose].sort()).toEqual(['notApplicableWhen', 'summary', 'text', 'title', 'value', 'verify']);
		expect([...collections.roles.prose].sort()).toEqual(['competences', 'name', 'responsibilities', 'summary']);
		expect([...collections.releases.prose].sort()).toEqual(['summary', 'why']);
	});

	it('list a step’s references from its ID fields, in field order, with requirement fields by ID', () => {
		const step = minimalStandard().entries.steps.sv[0].data;
		const refs = collections.steps.references(step);
		expect(refs.slice(0, 2)).toEqual([
			{ field: 'phase', target: 'phases', id: step.phase },
			{ field: 'owner', target: 'roles', id: step.owner },
		]);
		expect(refs.filter((r) => r.field.startsWith('requirements[')).map((r) => r.field)).toContain(`requirements[${step.requirements[0].id}].sources`);
		expect(refs.some((r) => r.field === 'id')).toBe(false);
	});

	it('follow a field through optional, default and list wrappers, so a new field needs no list of its own', () => {
		expect(factsOf(roleId.optional())).toEqual({ ref: 'roles', many: false });
		expect(factsOf(z.array(roleId).default([]))).toEqual({ ref: 'roles', many: true });
		expect(factsOf(sourceRefs)).toEqual({ ref: 'sources', many: true });
		expect(factsOf(text.optional())).toEqual({ prose: true, many: false });
		expect(factsOf(z.number())).toEqual({ many: false });
	});

	it('say which fields are normative, read into the release table with the class of a change to each', () => {
		const table = Object.fromEntries(Object.entries(fieldClasses).map(([kind, fields]) => [kind, Object.keys(fields).sort()]));
		expect(table).toEqual({
			requirement: ['accessibility', 'appliesTo', 'level', 'notApplicableWhen', 'sources', 'text', 'verify'],
			accessibility: ['level', 'sources', 'text', 'verify'],
			step: ['accessibility', 'owner', 'participants', 'phase', 'principles', 'sources', 'weeks'],
			principle: ['sources', 'statement'],
			role: ['kind', 'responsibilities', 'sources'],
		});
		const { text: byLevel } = fieldClasses.requirement;
		expect([byLevel({ level: 'bör' }, { level: 'bör' }), byLevel({ level: 'bör' }, { level: 'ska' })]).toEqual(['minor', 'major']);
	});

	it('keep a normative field’s other facts: notApplicableWhen is prose, minor and added after a release', () => {
		expect(factsOf(requirementSchema.shape.notApplicableWhen)).toMatchObject({ prose: true, change: 'minor', addedLater: true, many: false });
		expect(factsOf(normative(z.array(roleId), 'major'))).toMatchObject({ ref: 'roles', change: 'major', many: true });
	});
});
