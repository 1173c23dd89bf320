/**
 * `npm run bench`: the site's costs, measured against stock Starlight built in the same run.
 * - `npm run bench`: builds the site and prints each page type's weight against a stock page (scripts/bench/site.ts).
 * - `npm run bench -- --scale 50,100,200`: a synthetic standard of N steps × 10 requirements per N: validate time,
 *   build time, peak memory and page weight against a stock site of as many pages (scripts/bench/scale.ts).
 * - the self-assessment's weight and speed (scripts/bench/self-assessment.ts) and the PDF step's time (scripts/bench/pdf.ts).
 * Each bench is a module in scripts/bench/ with one line in `benches` below. The exit code is 1 when one is over budget.
 * Usage: node scripts/bench.ts [--scale N[,N…]] [--no-build] [--dist DIR]
 */
import { parseArgs } from 'node:util';
import type { Bench, BenchOptions } from './bench/bench.ts';
import { pdfBench } from './bench/pdf.ts';
import { scaleBench } from './bench/scale.ts';
import { selfAssessmentBench } from './bench/self-assessment.ts';
import { siteBench } from './bench/site.ts';

/** The benches, in the order they run. */
const benches: Bench[] = [
	siteBench,
	selfAssessmentBench,
	pdfBench,
	scaleBench,
];

const { values } = parseArgs({ options: { scale: { type: 'string', multiple: true }, 'no-build': { type: 'boolean' }, dist: { type: 'string', default: 'dist' } } });
const options: BenchOptions = {
	scale: (values.scale ?? []).flatMap((s) => s.split(',')).map(Number).filter((n) => n > 0),
	noBuild: values['no-build'] ?? false,
	dist: values.dist,
	results: {},
};

let ok = true;
for (const bench of benches) ok = (await bench.run(options)) && ok;
process.exit(ok ? 0 : 1);
