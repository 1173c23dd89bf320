import { describe, expect, it } from 'vitest';
import { summarize } from '../../support/summary-reporter.ts';

const file = (state: string, tests: string[]) => ({ state: () => state as never, children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) } });

describe('the closing summary line', () => {
	it('counts tests by outcome', () => {
		expect(summarize([file('passed', ['passed', 'passed', 'skipped']), file('failed', ['passed', 'failed'])])).toEqual({ passed: 3, failed: 1, skipped: 1 });
	});

	it('counts a file whose beforeAll failed as a failure, though its tests were only skipped', () => {
		expect(summarize([file('failed', ['skipped', 'skipped'])])).toEqual({ passed: 0, failed: 1, skipped: 2 });
	});

	it('counts unhandled errors as failures', () => {
		expect(summarize([file('passed', ['passed'])], 2).failed).toBe(2);
	});
});
