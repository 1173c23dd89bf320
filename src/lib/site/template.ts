/** Fills the {{name}} placeholders of a UI string (shared by the pages and the small client scripts). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
