/**
 * A Sätteri hast plugin (Astro's Markdown processor) for the site's content: Starlight's asides (:::note, :::tip …)
 * become notes (`<aside role="note">`) rather than complementary landmarks. An aside in running text is parenthetic to
 * it, which is what a note is; and the print page (/skriv-ut/), which shows every step, would otherwise hold many
 * landmarks of the same name ("Obs", "Från de danska försöken"), which axe reports (landmark-unique).
 */
import type { HastPluginDefinition } from 'satteri';

/** An element's classes; Starlight's aside plugin sets them as `class`, hast's own name is `className`. */
const classes = (properties: Record<string, unknown> | undefined) => String(properties?.class ?? properties?.className ?? '').split(/[ ,]/);

export const asideNotes: HastPluginDefinition = {
	name: 'smf-aside-notes',
	element: [
		{
			filter: ['aside'],
			visit(node, ctx) {
				if (classes(node.properties).includes('starlight-aside')) ctx.setProperty(node, 'role', 'note');
			},
		},
	],
};
