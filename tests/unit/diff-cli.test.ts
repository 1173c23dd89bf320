/**
 * `npm run diff -- <ref>` for real: a temporary git repository with the minimal fixture committed, then edited in the
 * working tree; the script reads the ref with git and prints the changes as Markdown.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyMinimal, edit, repoRoot } from '../support/fixtures.ts';

const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, env, encoding: 'utf8' });
const diff = (cwd: string, ref: string) => spawnSync(process.execPath, [join(repoRoot, 'scripts/diff.ts'), ref, '--root', cwd], { cwd, env, encoding: 'utf8' });

const root = copyMinimal();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run diff', () => {
	it('compares a committed ref with the edited working tree', () => {
		git(root, 'init', '-q', '-b', 'main');
		git(root, 'add', '.');
		expect(git(root, 'commit', '-qm', 'Standard 0.1.0').status).toBe(0);
		git(root, 'tag', 'v0.1.0');
		edit(root, 'content/steps/sv/s05-forsta-kontakten.md', (t) => t.replace('inom en vecka', 'inom två dagar'));

		const result = diff(root, 'v0.1.0');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('## Changes to the standard since `v0.1.0`');
		expect(result.stdout).toContain('Change class: **major** – version 0.1.0 → **0.2.0**');
		expect(result.stdout).toMatch(/- \*\*S05\.1\*\* requirement: .* – \*major\*\n {2}- text \(\*major\*\): “Den som hör av sig får prata med en medarbetare i teamet inom en vecka\.” → “.*inom två dagar\.”/);
		expect(result.stdout).toContain('- content/steps/sv/s05-forsta-kontakten.md');
	});

	it('says so when the ref does not exist', () => {
		const result = diff(root, 'no-such-branch');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('"no-such-branch" is not a commit, branch or tag');
	});
});
