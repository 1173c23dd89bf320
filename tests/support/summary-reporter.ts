/** Ends every vitest run with one plain line, "N passed, N failed", that any CI can read. */
import type { Reporter, TestModule } from 'vitest/node';

/** The parts of a vitest TestModule the count needs. */
type ModuleLike = Pick<TestModule, 'state'> & { children: { allTests(): Iterable<{ result(): { state: string } }> } };

/**
 * Counts tests by outcome. A test file that failed on its own (an error while collecting it, or in a beforeAll
 * hook, which leaves its tests skipped) counts as one failure, so the line never says "0 failed" for a red run.
 */
export function summarize(modules: ReadonlyArray<ModuleLike>, unhandledErrors = 0): { passed: number; failed: number; skipped: number } {
	let passed = 0;
	let failed = unhandledErrors;
	let skipped = 0;
	for (const module of modules) {
		let failedHere = 0;
		for (const test of module.children.allTests()) {
			const state = test.result().state;
			if (state === 'passed') passed++;
			else if (state === 'failed') failedHere++;
			else skipped++;
		}
		failed += module.state() === 'failed' && failedHere === 0 ? 1 : failedHere;
	}
	return { passed, failed, skipped };
}

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
		const { passed, failed, skipped } = summarize(testModules, unhandledErrors.length);
		// Under `npm test` (scripts/test.ts), the time since the lint started: the whole run, build included.
		const started = Number(process.env.SMF_TEST_STARTED);
		if (started > 0) {
			const total = Math.round((Date.now() - started) / 1000);
			console.log(`\nnpm test took ${Math.floor(total / 60)} min ${total % 60} s in total.`);
		}
		console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
	}
}
