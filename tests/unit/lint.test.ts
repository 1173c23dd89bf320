/**
 * The content lint (`npm run lint`, .remarkrc.mjs) catches what editors get wrong, each in its own fixture file in
 * tests/fixtures/lint/, and passes on the real content. Runs the real remark CLI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixtures.ts';

const remark = (...args: string[]) =>
	spawnSync(process.execPath, [join(repoRoot, 'node_modules/remark-cli/cli.js'), ...args, '--ext', 'md,mdx', '--frail', '--quiet', '--no-color'], { cwd: repoRoot, encoding: 'utf8' });

/** The report of one run, split by file: the lines under each file name. */
function byFile(report: string): Map<string, string> {
	const files = new Map<string, string>();
	let current = '';
	for (const line of report.split('\n')) {
		if (/^tests\/fixtures\/lint\//.test(line)) files.set((current = line.trim().split('/').pop()!), '');
		else if (current) files.set(current, `${files.get(current)}${line}\n`);
	}
	return files;
}

describe('content lint', () => {
	const run = remark('tests/fixtures/lint');
	const report = byFile(run.stderr);

	it('fails the run', () => {
		expect(run.status).toBe(1);
	});

	it.each([
		['broken.mdx', /Cannot process file[\s\S]*Expected a closing tag for `<Aside>`/],
		['h1.md', /level-1 heading .* heading-levels/],
		['skipped-level.md', /heading level 4 after level 2.* heading-levels/],
		['bare-url.md', /bare URL `https:\/\/example\.org`.* no-bare-urls/],
		['unused-definition.md', /no-unused-definitions/],
		['undefined-reference.md', /no-undefined-references/],
		['raw-html.md', /7:1 .*raw HTML .<script>[^]*9:1 .*javascript:alert.1.. is not allowed/],
		['code.mdx', /5:1 .*import Nope[^]*7:1 .*<Nope>. is a component that is not allowed[^]*9:1 .*process.env.HOME.. is a JavaScript expression/],
	])('reports %s', (file, message) => {
		expect(report.get(file)).toMatch(message);
	});

	it('accepts frontmatter, directives, and the allowed components in .mdx docs pages only', () => {
		expect(report.has('good.mdx')).toBe(false);
		expect(report.has('good.md')).toBe(false);
	});

	it('passes on the real content', () => {
		const real = remark('content');
		expect(real.stderr).toBe('');
		expect(real.status).toBe(0);
	});
});
