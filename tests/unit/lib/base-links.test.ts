import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../../src/lib/site/base-links.ts';

describe('prefixBase', () => {
	const html = '<a href="/steg/s07/">S07</a><a href="/smf/roller/bank/">Bank</a><a href="https://example.org/">x</a><a href="//cdn.example/x">y</a><a href="#S07.2">z</a><img src="/favicon.svg">';

	it('changes nothing at the root', () => {
		expect(prefixBase(html, '/')).toBe(html);
	});

	it('prefixes root-relative links that lack the base, and only those', () => {
		expect(prefixBase(html, '/smf/')).toBe(
			'<a href="/smf/steg/s07/">S07</a><a href="/smf/roller/bank/">Bank</a><a href="https://example.org/">x</a><a href="//cdn.example/x">y</a><a href="#S07.2">z</a><img src="/smf/favicon.svg">',
		);
	});

	it('does not mistake a path that merely starts like the base for one under it', () => {
		expect(prefixBase('<a href="/smfx/">a</a><a href="/smf">b</a>', '/smf')).toBe('<a href="/smf/smfx/">a</a><a href="/smf">b</a>');
	});
});
