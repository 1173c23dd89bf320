import { describe, expect, it } from 'vitest';
import { byKindAndId, contentOf, hashContent, kindOf, normativeItems } from '../../../src/lib/releases/normative.ts';
import { minimalStandard } from '../../support/fixtures.ts';

describe('normative content', () => {
	it('tells the kind of an ID from its shape', () => {
		expect(['P03', 'S07', 'S07.2', 'TK02', 'offentlig-aktor'].map(kindOf)).toEqual(['principle', 'step', 'requirement', 'accessibility', 'role']);
	});

	it('sorts IDs as the standard reads', () => {
		expect(['TF01', 'S06', 'bank', 'S05.10', 'S05.2', 'P05', 'S05'].sort(byKindAndId)).toEqual(['P05', 'bank', 'S05', 'S05.2', 'S05.10', 'S06', 'TF01']);
	});

	it('keeps only the normative fields, with lists in a stable order', () => {
		const a = contentOf('step', { id: 'S01', title: 'x', owner: 'bank', participants: ['b', 'a'], sources: ['s'] });
		const b = contentOf('step', { id: 'S01', title: 'y', owner: 'bank', participants: ['a', 'b'], sources: ['s'], terms: ['t'] });
		expect(a).not.toHaveProperty('title');
		expect(hashContent(a)).toBe(hashContent(b));
		expect(hashContent(a)).toMatch(/^[0-9a-f]{12}$/);
		expect(hashContent({ ...a, owner: 'entreprenor' })).not.toBe(hashContent(a));
	});

	it('reads every tracked ID from the Swedish entries; a requirement applies to the step owner unless it names roles', () => {
		const items = normativeItems(minimalStandard());
		expect([...items.keys()]).toContain('S05.1');
		const req = items.get('S05.1')!;
		expect(req).toMatchObject({ kind: 'requirement', file: 'content/steps/sv/s05-forsta-kontakten.md', field: 'requirements[S05.1]' });
		expect(req.content.appliesTo).toEqual(['offentlig-aktor']);
	});
});

describe('normative fields added after a release', () => {
	const requirement = { id: 'S01.1', level: 'ska', text: 'T', verify: 'V', appliesTo: ['bank'], sources: ['s'] };
	it('leave an item that does not fill them in with the content and hash it had before', () => {
		const content = contentOf('requirement', requirement);
		expect(content).not.toHaveProperty('notApplicableWhen');
		expect(hashContent(content)).toBe(hashContent({ level: 'ska', text: 'T', verify: 'V', appliesTo: ['bank'], sources: ['s'], accessibility: null }));
	});
	it('change the hash of an item that fills them in', () => {
		const filled = contentOf('requirement', { ...requirement, notApplicableWhen: 'När partnerskapet inte har en mikrofond.' });
		expect(hashContent(filled)).not.toBe(hashContent(contentOf('requirement', requirement)));
	});
});
