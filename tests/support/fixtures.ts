/** Test fixtures: a small valid standard to break on purpose, and throw-away copies of the whole project. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadStandard, type Standard } from '../../src/lib/content/load-standard.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const minimalRoot = join(repoRoot, 'tests/fixtures/minimal');

/** The minimal fixture standard, freshly loaded (safe to mutate). */
export function minimalStandard(): Standard {
	const { standard, problems } = loadStandard(minimalRoot);
	if (problems.length > 0) throw new Error(`The minimal fixture is broken: ${JSON.stringify(problems)}`);
	return standard;
}

/** A copy of the minimal fixture's content in a temp folder, to edit files in. */
export function copyMinimal(): string {
	const dir = mkdtempSync(join(tmpdir(), 'smf-min-'));
	cpSync(join(minimalRoot, 'content'), join(dir, 'content'), { recursive: true });
	return dir;
}

/**
 * A copy of the whole project (sources, content, config; node_modules linked), to run npm scripts in. `astro dev`
 * needs `hardLinkedModules`: with `preserveSymlinks` it cannot serve from a symlinked node_modules, so the copy gets a
 * hard-linked node_modules instead (Linux `cp -al`, about a second, no extra disk).
 */
export function copyProject({ hardLinkedModules = false } = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'smf-project-'));
	for (const name of ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(repoRoot, name), join(dir, name), { recursive: true, verbatimSymlinks: true });
	}
	if (hardLinkedModules) execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(dir, 'node_modules')]);
	else symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** Rewrites a file in place with a text transformation; fails the test if the text did not change. */
export function edit(root: string, file: string, change: (text: string) => string): void {
	const path = join(root, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`The edit of ${file} changed nothing`);
	writeFileSync(path, after);
}
