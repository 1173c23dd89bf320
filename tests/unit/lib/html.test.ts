import { describe, expect, it } from 'vitest';
import { html } from '../../../src/lib/site/html.ts';

describe('html', () => {
	it('escapes every interpolated value and leaves the markup as written', () => {
		const title = '</title><script>alert(1)</script>';
		expect(html`<title>${title}</title><a href="${'/x" onclick="y'}">${3}</a>`).toBe(
			'<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title><a href="/x&quot; onclick=&quot;y">3</a>',
		);
	});
});
