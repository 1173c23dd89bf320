/**
 * The standard read once per process: the Astro config (sidebar), the content loader of every collection, the
 * validator integration and the route middleware (edit links and dates) share one `loadStandard` result instead of
 * each reading content/ again. The cache lives on `globalThis` because the config and the pages are loaded by
 * different module graphs in the same process. In `astro dev`, a watcher that sees a change asks for a read newer
 * than the change (`standardSince`), so the ten collection loaders and the validator share one new read.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStandard, type LoadResult } from './load-standard.ts';

const key = Symbol.for('svensk-mikrofinansstandard.standard');
type Cache = Map<string, { loaded: LoadResult; readAt: number }>;
const cache = ((globalThis as { [key]?: Cache })[key] ??= new Map());

/** The standard under `root`, read after `since` (a time in ms since the epoch, e.g. a file's mtime). */
export function standardSince(root: string, since: number): LoadResult {
	// One entry per folder, however it is written: the config passes process.cwd(), integrations Astro's root URL as a
	// path with a trailing slash; a change one of them reads again must reach all of them.
	const folder = resolve(root);
	const cached = cache.get(folder);
	if (cached && cached.readAt > since) return cached.loaded;
	const readAt = Date.now();
	const loaded = loadStandard(folder);
	cache.set(folder, { loaded, readAt });
	return loaded;
}

/**
 * When the file at `path` last changed (its mtime; now, for a deleted file). Every watcher that hears of the same save
 * asks for a read newer than that, so the ten collection loaders and the validator share one read, and a second event
 * for a write still in progress (a newer mtime) reads again.
 */
export function changeTime(path: string): number {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return Date.now();
	}
}

/** The standard under `root`, read on first use. */
export const standardOnce = (root = process.cwd()): LoadResult => standardSince(root, -1);

/** Forgets what was read, so the next call reads content/ again. */
export function forgetStandard(root = process.cwd()): void {
	cache.delete(resolve(root));
}
