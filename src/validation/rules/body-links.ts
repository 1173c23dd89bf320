import type { Link, Node, Parent } from 'mdast';
import { closestMatch } from '../../lib/content/suggest.ts';
import { parseBody } from '../body-content.ts';
import { allEntries } from '../lookup.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';
import { idShaped, siteTargets } from '../site-targets.ts';

/** Links in a parsed body (Markdown links and definitions, and href attributes of components). */
function links(node: Node, found: { url: string; line: number }[] = []) {
	const n = node as any;
	if ((node.type === 'link' || node.type === 'definition') && typeof (node as Link).url === 'string') found.push({ url: n.url, line: n.position?.start.line ?? 1 });
	if (node.type.startsWith('mdxJsx')) for (const attr of n.attributes ?? []) if (attr.name === 'href' && typeof attr.value === 'string') found.push({ url: attr.value, line: n.position?.start.line ?? 1 });
	for (const child of (node as Parent).children ?? []) links(child, found);
	return found;
}

/**
 * Every link in a body to a page of the site points at a page that content builds, and an ID-shaped anchor (#S07.2)
 * at an ID on that page. Checked from content alone, at validate time, with the closest existing target as the fix.
 * (starlight-links-validator would check only at build time and only Starlight's own docs pages and headings.)
 */
export const bodyLinks: Rule = {
	id: 'body-links',
	description: 'Links in bodies point at pages the site builds, and ID anchors (#S07.2) at IDs on those pages.',
	check(standard) {
		const problems: Problem[] = [];
		const targets = siteTargets(standard);
		const paths = [...targets.keys()];
		const bodies = [
			...[...allEntries(standard), ...standard.invalid].filter((e) => e.body !== undefined).map((e) => ({ file: e.file, body: e.body!, bodyLine: e.bodyLine ?? 1, self: undefined as string | undefined })),
			...(standard.docPages ?? []),
		];
		for (const { file, body, bodyLine } of bodies) {
			let tree;
			try {
				tree = parseBody(body, file.endsWith('.mdx'));
			} catch {
				continue; // body-content reports the syntax error
			}
			for (const { url, line } of links(tree)) {
				if (!url.startsWith('/') || url.startsWith('//')) continue;
				const [rawPath, fragment] = url.split('#');
				const path = /\.[a-z]+$/.test(rawPath) ? rawPath : rawPath.replace(/\/?$/, '/');
				const field = `(body, line ${bodyLine + line - 1})`;
				if (!targets.has(path)) {
					const near = closestMatch(path, paths) ?? paths.find((p) => p.startsWith(path.split('/').slice(0, -2).join('/') + '/'));
					problems.push({ file, field, message: `links to "${rawPath}", a page the site does not have`, hint: near ? `did you mean "${near}"?` : 'link to an existing page' });
					continue;
				}
				const anchors = targets.get(path);
				if (fragment && idShaped(fragment) && anchors && !anchors.has(decodeURIComponent(fragment))) {
					const near = closestMatch(fragment, [...anchors]);
					problems.push({ file, field, message: `links to "#${fragment}" on ${path}, which has no such anchor`, hint: near ? `did you mean "${path}#${near}"?` : `the page has ${[...anchors].slice(0, 6).map((a) => `#${a}`).join(', ')}${anchors.size > 6 ? ', …' : ''}` });
				}
			}
		}
		return problems;
	},
};
