/**
 * `npm run validate`: checks the whole standard in content/ and prints one line per problem, then a count.
 * Exits 1 when there is any problem, so `npm run build` stops before Astro runs.
 * Usage: node scripts/validate.ts [--root DIR] [--quiet]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { lix } from '../src/lib/editor/lix.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { maxLix, swedishSummaries } from '../src/validation/rules/plain-language.ts';
import { validate } from '../src/validation/index.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, quiet: { type: 'boolean' } } });
const started = performance.now();
const { standard, problems } = validate(values.root ?? process.cwd());
const ms = Math.round(performance.now() - started);

if (!values.quiet) {
	const scores = swedishSummaries(standard).map((e) => ({ id: e.data.id as string, ...lix(e.data.summary) }));
	if (scores.length > 0) {
		const avg = Math.round(scores.reduce((sum, s) => sum + s.lix, 0) / scores.length);
		const max = scores.reduce((a, b) => (b.lix > a.lix ? b : a));
		console.log(`LIX of the Swedish summaries (limit ${maxLix}): average ${avg}, highest ${max.lix} (${max.id})`);
		console.log('  ' + scores.map((s) => `${s.id} ${s.lix}`).join(', '));
	}
}
for (const problem of problems) console.error(formatProblem(problem));
const counts = Object.entries(standard.entries)
	.map(([name, byLang]) => `${byLang.sv.length} ${name}`)
	.join(', ');
if (problems.length > 0) {
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${ms} ms. Fix them and run \`npm run validate\` again.`);
	process.exit(1);
}
console.log(`The standard is consistent: ${counts} (in Swedish and English), checked in ${ms} ms.`);
