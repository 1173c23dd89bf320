/** Runs a command and measures it: wall time and the peak memory (max RSS) of its biggest process, via GNU time. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** A built site's pages (index.html files): full pages, and redirect stubs (a meta refresh, such as /k/s07.2/). */
export interface PageCount {
	full: number;
	stubs: number;
}

/** Counts a built site's full pages and redirect stubs, so a stock site can be given as many of each. */
export function countPages(dir: string, count: PageCount = { full: 0, stubs: 0 }): PageCount {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) countPages(path, count);
		else if (name === 'index.html') {
			if (/<meta http-equiv="refresh"/i.test(readFileSync(path, 'utf8'))) count.stubs++;
			else count.full++;
		}
	}
	return count;
}

/** "1205 (1000 stubs)" */
export const pagesLabel = ({ full, stubs }: PageCount): string => `${full + stubs}${stubs ? ` (${stubs} stubs)` : ''}`;
