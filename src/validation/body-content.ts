/**
 * What a Markdown body may contain: Markdown, Starlight's asides (`:::note`, `:::tip`, `:::caution`, `:::danger`) and,
 * in the Starlight pages of content/docs only, the components listed in `allowedImports`. Nothing that runs code or
 * injects markup: no other import, no export, no `{…}` expression, no raw HTML, no `on…=` attribute, and links only to
 * pages of the site, https: pages or mailto: addresses. Shared by the validator (rule body-content) and the content lint.
 */
import type { Node, Parent, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Components a docs page may import, by module: the names it may take from each. */
export const allowedImports: Record<string, readonly string[]> = {
	'@astrojs/starlight/components': ['Aside', 'Badge', 'Card', 'CardGrid', 'LinkButton', 'LinkCard', 'Steps', 'Tabs', 'TabItem'],
	'~/components/KeyActors.astro': ['KeyActors'],
	'~/components/StartLinks.astro': ['StartLinks'],
	'~/components/StartLink.astro': ['StartLink'],
};

/** Starlight's asides, the only container directives. */
export const asides = ['note', 'tip', 'caution', 'danger'] as const;

/** One finding in a body: the line (in the body's own numbering, 1-based) and what to do. */
export interface BodyFinding {
	line: number;
	message: string;
	hint: string;
}

/** Parses a body as Astro would: MDX for .mdx files, Markdown with directives for .md. Throws on MDX syntax errors. */
export function parseBody(body: string, mdx: boolean): Root {
	const key = `${mdx ? 'mdx' : 'md'}\0${body}`;
	let tree = parsed.get(key);
	if (!tree) {
		const processor = unified().use(remarkParse).use(remarkDirective);
		if (mdx) processor.use(remarkMdx);
		tree = processor.parse(body) as Root;
		if (parsed.size > 2000) parsed.clear();
		parsed.set(key, tree);
	}
	return tree;
}

/** Parsed bodies, so the rules that read a body parse it once per run (trees are never changed). */
const parsed = new Map<string, Root>();

/** A link target the site allows: a path or anchor of the site, an https: page or a mailto: address. */
export function safeHref(url: string): boolean {
	const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
	return scheme === undefined || scheme === 'https' || scheme === 'mailto';
}

const hrefHint = 'link to a page of the site ("/steg/s07/"), an https:// page or a mailto: address';

/** Every finding in a parsed body. `components` says whether the body may import the allowed components (docs pages). */
export function bodyFindings(tree: Root, options: { components: boolean }): BodyFinding[] {
	const findings: BodyFinding[] = [];
	const imported = new Set<string>();
	const add = (node: Node, message: string, hint: string) => findings.push({ line: node.position?.start.line ?? 1, message, hint });
	const walk = (node: Node) => {
		const n = node as any;
		switch (node.type) {
			case 'mdxjsEsm':
				for (const line of String(n.value).split('\n').filter((l: string) => l.trim())) {
					const m = /^\s*import\s+(?:(\w+)|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line);
					const names = m ? (m[1] ? [m[1]] : m[2].split(',').map((s) => s.trim()).filter(Boolean)) : [];
					const allowed = m && options.components && names.every((name) => allowedImports[m[3]]?.includes(name));
					if (allowed) names.forEach((name) => imported.add(name));
					else add(node, `\`${line.trim().slice(0, 60)}\` is code, not content`, options.components ? `only these imports are allowed: ${Object.entries(allowedImports).map(([from, names]) => `${names.join(', ')} from "${from}"`).join('; ')}` : 'remove it: a body holds Markdown and asides (:::note), not imports, exports or components');
				}
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(node, `\`{${String(n.value).slice(0, 40)}}\` is a JavaScript expression`, 'remove the braces; to show a "{" in an .mdx body write \\{');
				return;
			case 'html':
				add(node, `raw HTML \`${String(n.value).slice(0, 40)}\` is not allowed in a body`, 'write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides');
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = n.name ?? '';
				if (!imported.has(name)) {
					add(node, `\`<${name}>\` is ${/^[a-z]/.test(name) ? 'raw HTML' : 'a component that is not allowed here'}`, options.components ? `use Markdown, or import one of the allowed components (${Object.values(allowedImports).flat().join(', ')})` : 'write it in Markdown: **bold**, [link](/steg/s07/), lists, :::note asides');
					return;
				}
				for (const attr of n.attributes ?? []) {
					if (attr.type !== 'mdxJsxAttribute') add(node, `\`<${name}>\` spreads \`{${String(attr.value).slice(0, 30)}}\` into its attributes`, 'give each attribute as name="text"');
					else if (/^on/i.test(attr.name)) add(node, `\`<${name}>\` has the event handler "${attr.name}"`, 'remove it: content never runs scripts');
					else if (attr.value && typeof attr.value === 'object') add(node, `\`<${name} ${attr.name}={…}>\` is a JavaScript expression`, `write ${attr.name}="text"`);
					else if (typeof attr.value === 'string' && /^(href|src|action)$/i.test(attr.name) && !safeHref(attr.value)) add(node, `\`<${name} ${attr.name}="${attr.value.slice(0, 30)}">\` is not a safe link`, hrefHint);
				}
				break;
			}
			case 'containerDirective':
				if (!(asides as readonly string[]).includes(n.name)) add(node, `":::${n.name}" is not an aside`, `use one of ${asides.map((a) => `:::${a}`).join(', ')}`);
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (!safeHref(n.url)) add(node, `the link "${String(n.url).slice(0, 40)}" is not allowed`, hrefHint);
				break;
		}
		for (const child of (node as Parent).children ?? []) walk(child);
	};
	walk(tree);
	return findings;
}
