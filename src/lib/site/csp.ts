/**
 * The site's Content-Security-Policy, as Astro's `security.csp` option (astro.config.mjs). Astro puts it in a <meta>
 * on every page and adds the hash of every script and style it bundles or hoists, so a new page with a `<script>` is
 * covered without a change here. Starlight's own `<script is:inline>` blocks (theme, search shortcut, sidebar state)
 * are not hashed by Astro: their hashes are read here from Starlight's installed components, so a Starlight update
 * keeps working. Any other inline script or `on…=` handler, e.g. one that slipped into content, is blocked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { cspHash } from './csp-prune.ts';

/** The object form of Astro's `security.csp` option. */
type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The .astro files below a folder. */
const astroFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? astroFiles(path) : path.endsWith('.astro') ? [path] : [];
	});

/** SHA-256 hashes (CSP syntax) of every `<script is:inline>` in the .astro files below the given folders. */
export function inlineScriptHashes(dirs: string[]): `sha256-${string}`[] {
	const hashes = new Set<`sha256-${string}`>();
	for (const file of dirs.flatMap(astroFiles)) {
		for (const m of readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(cspHash(m[1]));
		}
	}
	return [...hashes].sort();
}

const starlightDir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight/components')));
const ownDir = fileURLToPath(new URL('../../components/', import.meta.url));

export const cspConfig: CspConfig = {
	algorithm: 'SHA-256',
	directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'", "worker-src 'self'", "manifest-src 'self'"],
	// Pagefind's search runs as WebAssembly.
	scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes([starlightDir, ownDir]) },
	// Style attributes (style="…", set by components for layout) cannot be hashed; they run no code.
	styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};
