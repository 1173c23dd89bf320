/**
 * Astro's CSP <meta> lists, on every page, the hash of every inline script and style of the whole site (about 30,
 * 1.6 KB gzip a page). This keeps, on each page, only the hashes of the inline scripts and styles that page has, so
 * each page's policy allows exactly its own (stricter, and smaller). Run on each built page by src/middleware.ts.
 * A hash is only ever removed, never added: a script the policy did not allow stays blocked.
 */
import { createHash } from 'node:crypto';

/** The SHA-256 hash of an inline script or style, as a CSP source names it without its quotes: "sha256-…". */
export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Hashes already computed, by content. The site has a few dozen distinct inline scripts and styles (the ones Astro's
 * policy lists), each repeated on hundreds of pages.
 */
const known = new Map<string, string>();

/** The hashes, quoted as in a policy, of the contents of the page's inline <script> and <style> elements. */
function inlineHashes(html: string): Set<string> {
	const hashes = new Set<string>();
	for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
		if (m[1] === 'script' && /\bsrc=/.test(m[2])) continue;
		let hash = known.get(m[3]);
		if (hash === undefined) known.set(m[3], (hash = `'${cspHash(m[3])}'`));
		hashes.add(hash);
	}
	return hashes;
}

/** The page with its CSP <meta> listing only the hashes of its own inline scripts and styles. */
export function pruneCspHashes(html: string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const own = inlineHashes(html);
	const policy = meta[2].replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (token) => (own.has(token.trim()) ? token : ''));
	return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
