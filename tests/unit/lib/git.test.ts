import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFolder, lastCommitDates, parseLogDates } from '../../../src/lib/content/git.ts';
import { copyMinimal } from '../../support/fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'smf-git-'));
	dirs.push(dir);
	return dir;
};
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, env: { ...env, GIT_COMMITTER_DATE: '2026-03-01T10:00:00Z' }, encoding: 'utf8' });

/** A copy of the minimal fixture, committed once into a new git repository. */
function committedCopy(): string {
	const root = copyMinimal();
	dirs.push(root);
	git(root, 'init', '-q');
	git(root, 'add', '.');
	git(root, 'commit', '-qm', 'one');
	return root;
}

describe('git', () => {
	it('reads the newest commit date of each file from the log', () => {
		const log = 't:2026-05-01T10:00:00+02:00\n\ncontent/a.yaml\n\nt:2026-01-01T10:00:00+01:00\n\ncontent/a.yaml\ncontent/b.yaml\n';
		const dates = parseLogDates(log);
		expect(dates.get('content/a.yaml')).toEqual(new Date('2026-05-01T08:00:00Z'));
		expect(dates.get('content/b.yaml')).toEqual(new Date('2026-01-01T09:00:00Z'));
	});

	it('dates committed files, and a folder that is not a repository has no dates', () => {
		const plain = copyMinimal();
		dirs.push(plain);
		expect(lastCommitDates(plain).size).toBe(0);
		expect(lastCommitDates(committedCopy()).get('content/standard.yaml')).toEqual(new Date('2026-03-01T10:00:00Z'));
	});

	it('gives no dates in a shallow clone, where every file seems changed by the one commit there is', () => {
		const root = committedCopy();
		const clone = temp();
		spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
		expect(lastCommitDates(clone).size).toBe(0);
	});

	it('extracts a folder as it is at a ref', () => {
		const root = committedCopy();
		writeFileSync(join(root, 'content/standard.yaml'), 'changed');
		const target = temp();
		const files = extractFolder(root, 'HEAD', 'content', target);
		expect(files).toContain('content/standard.yaml');
		expect(readFileSync(join(target, 'content/standard.yaml'), 'utf8')).toContain('version: 0.1.0');
	});
});
