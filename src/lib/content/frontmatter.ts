/** Splits a Markdown/MDX file into its YAML frontmatter and its body. */
export interface SplitFile {
	/** The YAML text between the two `---` lines, or undefined when there is none. */
	yaml: string | undefined;
	/** Line number (1-based) where the YAML starts, to report YAML errors at the right line. */
	yamlLine: number;
	/** Everything after the closing `---`. */
	body: string;
}

export function splitFrontmatter(source: string): SplitFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return { yaml: undefined, yamlLine: 1, body: source };
	return { yaml: match[1], yamlLine: 2, body: source.slice(match[0].length) };
}
