/**
 * An Astro integration that runs the validator inside `astro build` and `astro dev`, so an editor sees the same
 * file/field/hint messages as `npm run validate` (the fast command) instead of Astro's raw errors.
 * - build: the problems are printed and the build stops before any page is rendered.
 * - dev: the problems are printed when the server starts, and again after every change under content/ (or a line
 *   saying the standard is consistent again); the server keeps running so the editor can fix the file.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeTime, standardOnce, standardSince } from '../lib/content/standard-once.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { validate } from '../validation/index.ts';

/** Runs every rule over the standard (read once per process) and prints the problems; returns how many there were. */
function report(root: string, logger: AstroIntegrationLogger, since = 0): number {
	const started = performance.now();
	const { problems } = validate(root, since ? standardSince(root, since) : standardOnce(root));
	const ms = Math.round(performance.now() - started);
	// The same lines as `npm run validate` prints, without the logger's prefix, so they read (and grep) the same.
	for (const problem of problems) console.error(formatProblem(problem));
	if (problems.length > 0) logger.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/ (checked in ${ms} ms).`);
	else logger.info(`The standard is consistent (checked in ${ms} ms).`);
	return problems.length;
}

export function validatorIntegration(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'smf:validator',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				if (command !== 'dev' && command !== 'build') return;
				const count = report(root, logger);
				if (count > 0 && command === 'build') throw new Error(`The content has ${count} problem${count === 1 ? '' : 's'} (listed above). Fix them and build again.`);
			},
			'astro:server:setup': ({ server, logger }) => {
				const content = join(root, 'content') + sep;
				// Validating takes a few hundred ms of the one thread: wait until the editor's save (and the page it
				// refreshes) is done, so the change shows first and the messages follow.
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(content)) return;
					const since = changeTime(path);
					clearTimeout(timer);
					timer = setTimeout(() => {
						logger.info(`${relative(root, path)} changed: validating content/`);
						report(root, logger, since);
					}, 600);
				});
			},
		},
	};
}
