/**
 * Starlight's search button shows "Sök Ctrl K" but is named only "Sök" (aria-label), which fails WCAG 2.5.3
 * (Label in Name). This adds the visible shortcut to the accessible name. Applied to every page by src/middleware.ts.
 */
export function fixSearchButtonName(html: string): string {
	return html
		.replace(
			/(<button\b[^>]*\bdata-open-modal\b[^>]*?\baria-label=")([^"]*)("[^>]*>)/,
			(whole, start: string, label: string, end: string) => (label.endsWith(' K') ? whole : `${start}${label} Ctrl K${end}`),
		)
		.replace(/(<button\b[^>]*\bdata-open-modal\b[^>]*>[\s\S]*?<\/button>)/, (button) => spaceKeys(button));
}

/**
 * compressHTML glues the button's visible text into "SökCtrlK", which axe then does not find in the name "Sök Ctrl K";
 * a space between the label and the keys, and between the keys, keeps the visible text "Sök Ctrl K".
 */
const spaceKeys = (button: string) => button.replace(/<\/span><kbd/g, '</span> <kbd').replace(/<\/kbd><kbd/g, '</kbd> <kbd');
