/**
 * Starlight's search button shows "Sök Ctrl K" but is named "Sök" by an aria-label, which fails WCAG 2.5.3 (Label in
 * Name). We let the button take its name from its visible label instead: the aria-label goes, the label "Sök" is
 * exposed (visually hidden on narrow screens, where Starlight hides it), and the shortcut hint "Ctrl K" is hidden
 * from assistive technology (aria-keyshortcuts already announces it). Applied to every page by src/middleware.ts.
 */
export function fixSearchButtonName(html: string): string {
	return html.replace(/<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>/, (button) =>
		button
			.replace(/^(<button\b[^>]*?)\s+aria-label="[^"]*"/, '$1')
			.replace(/<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, '<span class="smf-search-label$1">')
			.replace(/<kbd class="sl-hidden md:sl-flex([^"]*)"/, '<kbd aria-hidden="true" class="sl-hidden md:sl-flex$1"'),
	);
}
