import { bodyFindings, parseBody } from '../body-content.ts';
import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';
import { allEntries } from '../lookup.ts';

/** The problems of one body, with the file's own line numbers; an MDX syntax error is one problem too. */
export function bodyProblems(file: string, body: string, bodyLine: number, components: boolean): Problem[] {
	const at = (line: number) => `(body, line ${bodyLine + line - 1})`;
	try {
		const tree = parseBody(body, file.endsWith('.mdx'));
		return bodyFindings(tree, { components }).map((f) => ({ file, field: at(f.line), message: f.message, hint: f.hint }));
	} catch (e) {
		const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
		// micromark names the place in the reason, "… (8:1-8:6)", and leaves `line` empty for some errors.
		const line = err.line ?? err.place?.start?.line ?? err.place?.line ?? Number(/\((\d+):\d+(?:-\d+:\d+)?\)/.exec(err.reason ?? '')?.[1] ?? 1);
		return [{ file, field: at(line), message: `MDX cannot read this: ${err.reason ?? err.message}`, hint: 'close every tag you open, and write \\{ and \\< for a literal "{" or "<"' }];
	}
}

/**
 * Bodies are content, not code: Markdown, Starlight asides and (in content/docs only) an allow-list of components.
 * No import or export, no `{…}` expression, no raw HTML, no event handler, no javascript: or data: link. An MDX body
 * is code that runs at build time, so this is what lets a reviewer read a content pull request as text.
 */
export const bodyContent: Rule = {
	id: 'body-content',
	description: 'Bodies hold Markdown and asides only (docs pages: also the allowed components); no code, raw HTML or unsafe links.',
	check(standard) {
		const problems: Problem[] = [];
		for (const e of [...allEntries(standard), ...standard.invalid]) {
			if (e.body !== undefined) problems.push(...bodyProblems(e.file, e.body, e.bodyLine ?? 1, false));
		}
		for (const page of standard.docPages ?? []) problems.push(...bodyProblems(page.file, page.body, page.bodyLine, true));
		return problems;
	},
};
