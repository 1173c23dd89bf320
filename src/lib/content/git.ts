/**
 * The little the project asks of git: the files of a folder at a ref (for `npm run diff`) and when each file was last
 * committed (for "last changed" on every page). Every call is one `git` process; none of them needs a network.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function git(root: string, args: string[], input?: Buffer | string) {
	return spawnSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });
}

/** Writes the files under `folder` as they are at `ref` into `target` (same relative paths); throws on a bad ref. */
export function extractFolder(root: string, ref: string, folder: string, target: string): string[] {
	const verify = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	if (verify.status !== 0) throw new Error(`"${ref}" is not a commit, branch or tag in ${root}`);
	const commit = verify.stdout.toString().trim();
	const list = git(root, ['ls-tree', '-r', '-z', commit, '--', folder]);
	if (list.status !== 0) throw new Error(list.stderr.toString());
	const blobs = list.stdout
		.toString()
		.split('\0')
		.filter(Boolean)
		.map((line) => {
			const [meta, path] = line.split('\t');
			const [, type, sha] = meta.split(' ');
			return { type, sha, path };
		})
		.filter((b) => b.type === 'blob');
	// One `git cat-file --batch` for all blobs: each answer is "<sha> blob <size>\n<content>\n".
	const out = git(root, ['cat-file', '--batch'], blobs.map((b) => b.sha).join('\n') + '\n').stdout;
	let at = 0;
	for (const blob of blobs) {
		const headerEnd = out.indexOf(10, at);
		const size = Number(out.subarray(at, headerEnd).toString().split(' ')[2]);
		const content = out.subarray(headerEnd + 1, headerEnd + 1 + size);
		at = headerEnd + 1 + size + 1;
		mkdirSync(dirname(join(target, blob.path)), { recursive: true });
		writeFileSync(join(target, blob.path), content);
	}
	return blobs.map((b) => b.path);
}

/**
 * Parses `git log --format=t:%cI --name-only` output into the newest commit date of each file (the log runs newest
 * first, so a file's first appearance is its newest).
 */
export function parseLogDates(log: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let current: Date | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('t:')) current = new Date(line.slice(2));
		else if (line && current && !dates.has(line)) dates.set(line, current);
	}
	return dates;
}

/**
 * When each file under `folder` was last committed, from one `git log`. Empty when there is no usable history: not a
 * git checkout, git missing, or a shallow clone (where every file would seem changed by the one commit there is).
 */
export function lastCommitDates(root: string, folder = 'content'): Map<string, Date> {
	const shallow = git(root, ['rev-parse', '--is-shallow-repository']);
	if (shallow.error || shallow.status !== 0 || shallow.stdout.toString().trim() !== 'false') return new Map();
	const log = git(root, ['log', '--format=t:%cI', '--name-only', '--no-renames', '--relative', '--', folder]);
	if (log.error || log.status !== 0) return new Map();
	return parseLogDates(log.stdout.toString());
}
