/** What the build produced: the URL path of every HTML page in dist/. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './fixtures.ts';

export const distDir = join(repoRoot, 'dist');

/** Is the path a requirement's short URL (/k/s07.2/, /en/k/s07.2/), a tiny page that redirects at once? */
export const isShortLink = (path: string) => /^\/(en\/)?k\//.test(path);

/**
 * URL paths such as "/", "/steg/s07/", "/en/404.html"; throws if there is no build, so browser tests never pass empty.
 * The short URLs of the requirements (hundreds of redirect pages, see `isShortLink`) are left out unless asked for:
 * tests/browser/short-links.test.ts checks all of them as files and a sample of them in Chromium with axe.
 */
export function builtPages(dir = distDir, { shortLinks = false } = {}): string[] {
	if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` before the browser tests');
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : walk(join(d, e.name))) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
	return walk(dir)
		.map((file) => '/' + relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/'))
		.filter((path) => shortLinks || !isShortLink(path))
		.sort();
}
