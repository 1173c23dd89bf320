import { describe, expect, it } from 'vitest';
import { cspHash, pruneCspHashes } from '../../../src/lib/site/csp-prune.ts';

const hash = (text: string) => `'${cspHash(text)}'`;
const page = (policy: string, body: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;

describe('pruneCspHashes', () => {
	const own = 'console.log(1)';
	const style = '.a{color:red}';
	const other = hash('elsewhere()');

	it("keeps only the hashes of the page's own inline scripts and styles", () => {
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)} ${other}; style-src 'self' ${hash(style)} ${hash('.b{}')}`;
		const html = page(policy, `<script>${own}</script><script type="module" src="/x.js"></script><style>${style}</style>`);
		expect(pruneCspHashes(html)).toBe(page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(own)}; style-src 'self' ${hash(style)}`, `<script>${own}</script><script type="module" src="/x.js"></script><style>${style}</style>`));
	});

	it('never adds a hash: an inline script the policy did not list stays blocked', () => {
		const html = page("script-src 'self'", `<script>${own}</script>`);
		expect(pruneCspHashes(html)).toBe(html);
	});

	it('leaves a page without a CSP meta as it is', () => {
		expect(pruneCspHashes('<p>x</p>')).toBe('<p>x</p>');
	});
});
