/**
 * Two test projects: `unit` (schemas, rules, derived views, scripts; fast, no build needed) and `browser`
 * (a real Chromium over the built site in dist/; run after `npm run build`). The summary reporter ends the run with
 * the plain line "N passed, N failed".
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
