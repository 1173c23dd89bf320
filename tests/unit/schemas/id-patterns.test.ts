import { describe, expect, it } from 'vitest';
import { byKindAndId, kindOf } from '../../../src/schemas/kinds.ts';
import { nextId } from '../../../src/lib/editor/scaffold.ts';
import { pageUrl, requirementUrl } from '../../../src/lib/site/urls.ts';
import { accessibilityId, principleId, requirementId, stepId } from '../../../src/schemas/common.ts';
import { numberedId, unpaddedId } from '../../../src/schemas/id-patterns.ts';

describe('IDs past two digits', () => {
	it('accept S100, S100.10, P100 and TF100, and reject a leading zero past two digits', () => {
		expect(['S07', 'S99', 'S100', 'S1234'].every((id) => stepId.safeParse(id).success)).toBe(true);
		expect(['S7', 'S007', 'S0100', 's100'].some((id) => stepId.safeParse(id).success)).toBe(false);
		expect(['S07.2', 'S100.1', 'S100.10'].every((id) => requirementId.safeParse(id).success)).toBe(true);
		expect(['S100.0', 'S100', 'S007.1'].some((id) => requirementId.safeParse(id).success)).toBe(false);
		expect(principleId.safeParse('P100').success && accessibilityId.safeParse('TF100').success).toBe(true);
	});

	it('are told apart by kind and sorted by number, not by text', () => {
		expect(['P100', 'S100', 'S100.10', 'TF100'].map(kindOf)).toEqual(['principle', 'step', 'requirement', 'accessibility']);
		expect(['S100', 'S100.10', 'S99', 'S100.2', 'S09'].sort(byKindAndId)).toEqual(['S09', 'S99', 'S100', 'S100.2', 'S100.10']);
	});

	it('follow S99 with S100 in `npm run new`', () => {
		expect(nextId(new Set(['S98', 'S99', 'S99.3']), 'S')).toBe('S100');
		expect(nextId(new Set(['S100', 'S101.2']), 'S')).toBe('S102');
	});

	it('keep their URLs and anchors', () => {
		expect(pageUrl('sv', 'steps', 'S100')).toBe('/steg/s100/');
		expect(requirementUrl('en', 'S100.10')).toBe('/en/steg/s100/#S100.10');
	});

	it('are also written without their padding zero, the other way round from numberedId', () => {
		expect(['S07.2', 'S07', 'P03', 'TK02', 'S10.1', 'S100.10'].map(unpaddedId)).toEqual(['S7.2', 'S7', 'P3', 'TK2', 'S10.1', 'S100.10']);
		expect(unpaddedId(numberedId('S', 7))).toBe('S7');
	});
});
