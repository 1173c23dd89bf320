/**
 * `npm run diff -- <git-ref>`: what changed in the standard between a git ref (a branch, tag or commit, e.g. main or
 * v0.1.0) and the working tree, ID by ID, with the change class and the version bump it implies, as Markdown.
 * Reads the ref with git into a temporary folder; needs no network. Options: --root DIR (default: the current folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles, readContentFiles } from '../src/lib/content/content-files.ts';
import { diffMarkdown, diffStandards } from '../src/lib/releases/diff.ts';
import { extractFolder } from '../src/lib/content/git.ts';
import { loadStandard } from '../src/lib/content/load-standard.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: 'string' } } });
const root = values.root ?? process.cwd();
const ref = positionals[0];
if (!ref) {
	console.error('Give a git ref to compare with, e.g. `npm run diff -- main` or `npm run diff -- v0.1.0`.');
	process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'smf-diff-'));
try {
	extractFolder(root, ref, 'content', dir);
	const before = loadStandard(dir);
	const after = loadStandard(root);
	for (const [label, result] of [[ref, before], ['the working tree', after]] as const) {
		if (result.problems.length > 0) console.error(`Note: the standard at ${label} has ${result.problems.length} validation problem(s); entries that fail their schema are left out.`);
	}
	const diff = diffStandards(before.standard, after.standard, changedFiles(readContentFiles(dir), readContentFiles(root)));
	console.log(diffMarkdown(diff, `\`${ref}\``));
} catch (e) {
	console.error((e as Error).message);
	process.exitCode = 1;
} finally {
	rmSync(dir, { recursive: true, force: true });
}
