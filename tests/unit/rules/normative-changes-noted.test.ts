import { describe, expect, it } from 'vitest';
import { normativeChangesNoted } from '../../../src/validation/rules/normative-changes-noted.ts';
import { minimalStandard } from '../../support/fixtures.ts';
import { addRelease, item } from '../../support/releases.ts';

describe('rule normative-changes-noted', () => {
	it('accepts content that matches the lock, and editorial changes', () => {
		const standard = minimalStandard();
		standard.entries.steps.sv[0].data.title = 'Ny rubrik';
		standard.entries.steps.en[0].data.requirements[0].text = 'A clearer translation.';
		expect(normativeChangesNoted.check(standard)).toEqual([]);
	});

	it('finds a requirement whose text changed without a release note', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.requirements[0].text = 'Ett annat krav.';
		expect(normativeChangesNoted.check(standard)).toEqual([
			expect.objectContaining({ file: step.file, field: `requirements[${step.data.requirements[0].id}]`, message: expect.stringContaining('changed since release 0.1.0') }),
		]);
	});

	it('finds a requirement whose roles changed through the step owner', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.owner = 'bank';
		const fields = normativeChangesNoted.check(standard).map((p) => p.field);
		expect(fields).toContain('id');
		expect(fields).toContain(`requirements[${step.data.requirements[0].id}]`);
	});

	it('accepts a change listed as changed in the release note being prepared', () => {
		const standard = minimalStandard();
		const req = standard.entries.steps.sv[0].data.requirements[0];
		req.level = req.level === 'ska' ? 'bör' : 'ska';
		addRelease(standard, { version: '0.2.0', changed: [item(req.id)] });
		expect(normativeChangesNoted.check(standard)).toEqual([]);
	});
});
