/**
 * remark-lint rule: a body is content, not code (src/validation/body-content.ts, the same check the validator runs):
 * Markdown and asides, components only from the allow-list and only in content/docs, no raw HTML, expressions or unsafe links.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { bodyFindings } from '../validation/body-content.ts';

const ruleId = 'body-content';

/** The rule as a remark plugin: one message per finding, at its line. */
export default function bodyContent() {
	return (tree: Root, file: VFile) => {
		const components = /(^|[\\/])docs[\\/]/.test(file.path);
		for (const f of bodyFindings(tree, { components })) {
			file.message(`${f.message}: ${f.hint}`, { place: { line: f.line, column: 1 }, ruleId, source: 'remark-lint' });
		}
	};
}
