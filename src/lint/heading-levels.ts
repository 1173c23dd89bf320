/**
 * remark-lint rule for the standard's pages: the page title (from the frontmatter) is the only h1, so the body starts
 * at ## and never skips a level on the way down (## then ####).
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The rule's name in messages, and for `<!-- lint disable heading-levels -->`. */
const ruleId = 'heading-levels';

/** The rule as a remark plugin: no h1 in the body, no skipped heading levels. */
export default function headingLevels() {
	return (tree: Root, file: VFile) => {
		let previous = 1; // the title
		visit(tree, 'heading', (node: Heading) => {
			const { depth, position: place } = node;
			if (depth === 1) {
				file.message('Unexpected level-1 heading (`#`) in the body: the page title is the h1, start at `##`', { place, ruleId, source: 'remark-lint' });
			} else if (depth > previous + 1) {
				file.message(`Unexpected heading level ${depth} after level ${previous}: do not skip levels, use level ${previous + 1}`, { place, ruleId, source: 'remark-lint' });
			}
			previous = depth;
		});
	};
}
