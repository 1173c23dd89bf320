/** The shape of a validation rule: a small unit that looks at the loaded standard and returns its problems. */
import type { Standard } from '../lib/content/load-standard.ts';
import type { Problem } from '../lib/content/problem.ts';

export interface Rule {
	/** Short kebab-case name, used in tests and in the README's list of rules. */
	id: string;
	/** One line on what the rule guarantees. */
	description: string;
	check(standard: Standard): Problem[];
}
