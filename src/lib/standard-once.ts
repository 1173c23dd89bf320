/**
 * The standard read once per process: the Astro config (sidebar), the validator integration and the route middleware
 * (edit links and dates) share one `loadStandard` result instead of each reading content/ again. The cache lives on
 * `globalThis` because the config and the pages are loaded by different module graphs in the same process. In
 * `astro dev`, src/integrations/validator.ts forgets it when a file under content/ changes.
 */
import { loadStandard, type LoadResult } from './load-standard.ts';

const key = Symbol.for('svensk-mikrofinansstandard.standard');
type Cache = Map<string, LoadResult>;
const cache = ((globalThis as { [key]?: Cache })[key] ??= new Map());

/** The standard under `root`, read on first use. */
export function standardOnce(root = process.cwd()): LoadResult {
	let loaded = cache.get(root);
	if (!loaded) cache.set(root, (loaded = loadStandard(root)));
	return loaded;
}

/** Forgets what was read, so the next call reads content/ again. */
export function forgetStandard(root = process.cwd()): void {
	cache.delete(root);
}
