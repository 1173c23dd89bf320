import { describe, expect, it } from 'vitest';
import { fixSearchButtonName } from '../../../src/lib/site/search-button.ts';

/** Starlight 0.42's search button as it is rendered (compressed). */
const stock =
	'<site-search><button data-open-modal disabled aria-label="Sök" aria-keyshortcuts="Control+K" class="astro-x"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Sök</span><kbd class="sl-hidden md:sl-flex astro-x" style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Sök"></dialog></site-search>';

describe('fixSearchButtonName', () => {
	const fixed = fixSearchButtonName(stock);

	it('names the button by its visible label instead of an aria-label', () => {
		expect(fixed).toMatch(/<button data-open-modal disabled aria-keyshortcuts="Control\+K" class="astro-x">/);
		expect(fixed).toContain('<span class="smf-search-label astro-x">Sök</span>');
	});

	it('hides the shortcut hint from assistive technology', () => {
		expect(fixed).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex astro-x"');
	});

	it('leaves the rest of the page alone, and a page without the button unchanged', () => {
		expect(fixed).toContain('<dialog aria-label="Sök"></dialog>');
		expect(fixSearchButtonName('<p>Hej</p>')).toBe('<p>Hej</p>');
	});
});
