/**
 * remark plugin: parses MDX syntax (JSX, imports, {expressions}) in .mdx files only, as Astro does, so an .mdx file
 * that MDX cannot parse fails the lint, while a plain .md file may still contain "<" or "{".
 * remark-cli runs one processor for every file; this swaps the MDX extensions in and out around each .mdx parse.
 */
import remarkMdx from 'remark-mdx';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/** The remark plugin: wraps the parser so that only .mdx files are parsed as MDX. */
export default function mdxOnlyInMdx(this: Processor) {
	const mdx: Record<string, unknown[]> = {};
	remarkMdx.call({ data: () => mdx } as unknown as Processor);
	const data = this.data() as Record<string, unknown[] | undefined>;
	const parse = this.parser!;
	const keys = ['micromarkExtensions', 'fromMarkdownExtensions'];
	this.parser = (document: string, file: VFile) => {
		if (file.extname !== '.mdx') return parse(document, file);
		for (const key of keys) data[key] = [...(data[key] ?? []), ...mdx[key]];
		try {
			return parse(document, file);
		} finally {
			for (const key of keys) data[key] = data[key]!.slice(0, -mdx[key].length);
		}
	};
}
