/**
 * Starlight's search button shows "Sök Ctrl K" but is named only "Sök" (aria-label), which fails WCAG 2.5.3
 * (Label in Name). This adds the visible shortcut to the accessible name. Applied to every page by src/middleware.ts.
 */
export function fixSearchButtonName(html: string): string {
	return html.replace(
		/(<button\b[^>]*\bdata-open-modal\b[^>]*?\baria-label=")([^"]*)("[^>]*>)/,
		(whole, start: string, label: string, end: string) => (label.endsWith(' K') ? whole : `${start}${label} Ctrl K${end}`),
	);
}
