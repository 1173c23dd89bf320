/** What the build produced: the URL path of every HTML page in dist/. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './fixtures.ts';

export const distDir = join(repoRoot, 'dist');

/** URL paths such as "/", "/steg/s07/", "/en/404.html"; throws if there is no build, so browser tests never pass empty. */
export function builtPages(dir = distDir): string[] {
	if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` before the browser tests');
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : walk(join(d, e.name))) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
	return walk(dir)
		.map((file) => '/' + relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/'))
		.sort();
}
