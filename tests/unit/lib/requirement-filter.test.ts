import { describe, expect, it } from 'vitest';
import { requirements } from '../../../src/lib/model/model.ts';
import { facetsOf, filterQuery, matches, parseFilter, type Filter } from '../../../src/lib/model/requirement-filter.ts';
import { syntheticModel } from '../../support/synthetic.ts';

const model = syntheticModel();
const all = requirements(model).map((r) => ({ r, facets: facetsOf(r, model) }));
const pick = (filter: Filter) => all.filter(({ facets }) => matches(facets, filter)).map(({ r }) => r.id);

describe('requirement filter', () => {
	it('reads and writes the query string, ignoring unknown and empty parameters', () => {
		expect(parseFilter('?niva=ska&fas=lan&x=1&roll=&q=%20borgen%20')).toEqual({ level: 'ska', phase: 'lan', text: 'borgen' });
		expect(filterQuery({ phase: 'lan', level: 'bor' })).toBe('?niva=bor&fas=lan');
		expect(filterQuery({ text: 'små lån' })).toBe('?q=sm%C3%A5+l%C3%A5n');
		expect(filterQuery({})).toBe('');
		for (const f of [{ level: 'ska', phase: 'start', role: 'bank', area: 'fysisk', text: 'ett två' }, { text: 'å&ä=ö?' }]) expect(parseFilter(filterQuery(f))).toEqual(f);
	});

	it('lets everything through an empty filter', () => {
		expect(pick({})).toHaveLength(all.length);
	});

	it('filters on level, phase, role and accessibility area, each against the model', () => {
		expect(pick({ level: 'bor' })).toEqual(all.filter(({ r }) => r.level === 'bör').map(({ r }) => r.id));
		expect(pick({ phase: 'lan' })).toEqual(all.filter(({ r }) => r.step.phase === 'lan').map(({ r }) => r.id));
		expect(pick({ role: 'entreprenor' })).toEqual(all.filter(({ r }) => r.roles?.includes('entreprenor')).map(({ r }) => r.id));
		expect(pick({ role: 'bank' })).toEqual(all.filter(({ r }) => (r.roles ?? [r.step.owner]).includes('bank')).map(({ r }) => r.id));
		expect(pick({ area: 'informativ' })).toEqual(all.filter(({ r }) => r.accessibility?.includes('TI01')).map(({ r }) => r.id));
		expect(pick({ area: 'informativ' }).length).toBeGreaterThan(0);
	});

	it('combines filters with AND, and free text word by word in any case', () => {
		const both = pick({ level: 'ska', phase: 'forberedelse' });
		expect(both).toEqual(all.filter(({ r }) => r.level === 'ska' && r.step.phase === 'forberedelse').map(({ r }) => r.id));
		expect(pick({ text: 'MOMS   skatt' })).toEqual(['S12.1', 'S12.2']);
		expect(pick({ text: 's12.2' })).toEqual(['S12.2']);
		expect(pick({ text: 'moms finns-inte' })).toEqual([]);
	});
});
