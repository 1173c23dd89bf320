/**
 * An Astro integration for the short permanent URLs of requirements (/k/s07.2/, /en/k/s07.2/; the page is
 * src/lib/site/short-link-page.ts):
 * - build: once the pages are built, writes one small file per requirement and language into dist/. It must come
 *   before Starlight in astro.config.mjs, whose Pagefind step (also at build end) indexes them.
 * - dev: answers those URLs from the standard as last read (src/lib/content/standard-once.ts, which the validator
 *   integration reads again after each change), as a static host serves the built folder.
 * Written as files rather than as an Astro route: there are two per requirement (4,000 at 2,000 requirements), and
 * Astro's page pipeline took about 1.1 ms for each (routing, middleware, a Response), 4.4 s of a 20 s build, against
 * 0.2–1 s to write them all here (npm run bench -- --scale 200).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standardOnce } from '../lib/content/standard-once.ts';
import { modelFromStandard } from '../lib/model/from-disk.ts';
import { requirements } from '../lib/model/model.ts';
import { shortSection } from '../lib/site/citation.ts';
import { shortLinkFile, shortLinkPage, type SiteLocation } from '../lib/site/short-link-page.ts';
import { languages, type Lang } from '../schemas/common.ts';

/** The short-URL page of every requirement in both languages, by its file under dist/ (`k/s07.2/index.html`). */
export function shortLinkFiles(root: string, where: SiteLocation): Map<string, string> {
	const { standard } = standardOnce(root);
	const files = new Map<string, string>();
	for (const lang of languages) {
		for (const r of requirements(modelFromStandard(standard, lang))) files.set(shortLinkFile(lang, r.id), shortLinkPage(lang, r, where));
	}
	return files;
}

/** A short URL's path under the base path: /k/s07.2/ or /en/k/s07.2/, or the index.html the build writes for it. */
const shortPath = new RegExp(`^/(en/)?${shortSection}/([^/]+)/(?:index\\.html)?$`);

/** The language and lower-case requirement ID a request path asks for (under the base path), if it is a short URL. */
export function requestedShortLink(path: string, base: string): { lang: Lang; id: string } | undefined {
	const prefix = base.replace(/\/+$/, '');
	if (!path.startsWith(`${prefix}/`)) return undefined;
	const match = shortPath.exec(path.slice(prefix.length).split('?')[0]);
	if (!match) return undefined;
	try {
		return { lang: match[1] ? 'en' : 'sv', id: decodeURIComponent(match[2]) };
	} catch {
		return undefined; // a malformed escape (/k/%E0/) is no short URL: the dev server answers 404
	}
}

export function shortLinksIntegration(): AstroIntegration {
	let root = process.cwd();
	let where: SiteLocation = { site: undefined, base: '/' };
	return {
		name: 'smf:short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				where = { site: config.site, base: config.base };
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const asked = requestedShortLink(req.url ?? '', where.base);
					const r = asked && requirements(modelFromStandard(standardOnce(root).standard, asked.lang)).find((x) => x.id.toLowerCase() === asked.id);
					if (!asked || !r) return next();
					res.setHeader('content-type', 'text/html; charset=utf-8');
					res.end(shortLinkPage(asked.lang, r, where));
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const files = shortLinkFiles(root, where);
				for (const [file, page] of files) {
					const path = join(fileURLToPath(dir), file);
					mkdirSync(dirname(path), { recursive: true });
					writeFileSync(path, page);
				}
				logger.info(`${files.size} short URLs of requirements written in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
