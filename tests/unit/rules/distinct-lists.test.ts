import { describe, expect, it } from 'vitest';
import { distinctLists } from '../../../src/validation/rules/distinct-lists.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('rule distinct-lists', () => {
	it('accepts lists without repeats', () => {
		expect(distinctLists.check(minimalStandard())).toEqual([]);
	});

	it('finds a repeated principle, an owner who is also a participant and a term related to itself', () => {
		const standard = minimalStandard();
		const step = standard.entries.steps.sv[0];
		step.data.principles = [step.data.principles[0], step.data.principles[0]];
		step.data.participants = [...step.data.participants, step.data.owner];
		const term = standard.entries.glossary.sv[0];
		term.data.related = [term.data.id];
		expect(distinctLists.check(standard).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
			`${term.file}: related: the term "${term.data.id}" is related to itself`,
			`${step.file}: principles: lists "${step.data.principles[0]}" more than once`,
			`${step.file}: participants: "${step.data.owner}" owns the step and is also listed as a participant`,
		]);
	});
});
