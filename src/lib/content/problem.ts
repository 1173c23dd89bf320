/** A problem found in the content: the file, the field, what is wrong and, where we can tell, the likely fix. */
export interface Problem {
	/** Path of the file from the repository root, e.g. "content/steps/sv/s07-andra-motet.md". */
	file: string;
	/** The field, e.g. "owner" or "requirements[S07.2].level"; "(file)" when the whole file is at fault. */
	field: string;
	/** What is wrong, in one line. */
	message: string;
	/** The likely fix, e.g. 'did you mean "bank"?'. */
	hint?: string;
}

/** One line per problem: `file: field: message (hint)`. */
export function formatProblem(p: Problem): string {
	return `${p.file}: ${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}
