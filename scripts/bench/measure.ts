/** Runs a command and measures it: wall time and the peak memory (max RSS) of its biggest process, via GNU time. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
	seconds: number;
	peakMB: number;
	stdout: string;
	stderr: string;
}

/** Runs `command args` in `cwd` under /usr/bin/time -v; throws with the output when it fails. */
export function measure(command: string, args: string[], cwd: string): Measured {
	const started = performance.now();
	const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
	const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
	return { seconds, peakMB: Math.round(kb / 1024), stdout: run.stdout, stderr: run.stderr };
}

/** How many pages (index.html files) a built site has. */
export const countPages = (dir: string): number =>
	readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name)).isDirectory() ? countPages(join(dir, name)) : name === 'index.html' ? 1 : 0), 0);
