/**
 * Fills the {{name}} placeholders of a UI string (shared by the pages, locals.t and the small client scripts). A
 * placeholder without a value is left in, as i18next leaves it: `t(key)` is then the template a client script fills.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
