/**
 * `npm test`: the content lint, the type check, the build and every test (unit and browser), in that order, stopping
 * at the first that fails. Prints each step's time; the test run ends with its total time and then the plain line
 * "N passed, N failed" (tests/support/summary-reporter.ts reads the start time from SMF_TEST_STARTED).
 */
import { spawnSync } from 'node:child_process';

const started = Date.now();
const steps: [string, string[]][] = [
	['lint', ['npm', 'run', '--silent', 'lint']],
	['typecheck', ['npm', 'run', '--silent', 'typecheck']],
	['build', ['npm', 'run', '--silent', 'build']],
	['tests', ['npx', 'vitest', 'run']],
];
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

for (const [name, [command, ...args]] of steps) {
	const stepStarted = Date.now();
	const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SMF_TEST_STARTED: String(started) } });
	if (run.status !== 0) {
		console.error(`\nnpm test stopped: ${name} failed after ${seconds(stepStarted)} (${seconds(started)} in total).`);
		process.exit(run.status ?? 1);
	}
	if (name !== 'tests') console.log(`npm test: ${name} done in ${seconds(stepStarted)}.`);
}
