/**
 * remark-lint rule: no bare URL in running text ("läs mer på https://…"). A reader (and a screen reader) gets words
 * that say where a link goes: write [Socialstyrelsens vägledning](https://…). remark-lint-no-literal-urls only sees
 * URLs that GFM has turned into links; this sees the ones in plain text too.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';

const ruleId = 'no-bare-urls';
const url = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/;

/** The rule as a remark plugin: a message for every bare URL outside a link. */
export default function noBareUrls() {
	return (tree: Root, file: VFile) => {
		visitParents(tree, 'text', (node: Text, ancestors) => {
			if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
			const found = url.exec(node.value);
			if (found) file.message(`Unexpected bare URL \`${found[0]}\`: write it as a link with words, \`[what it is](${found[0]})\``, { place: node.position, ruleId, source: 'remark-lint' });
		});
	};
}
