import type { Problem } from '../../lib/content/problem.ts';
import type { Rule } from '../rule.ts';

/**
 * The standard has exactly one conformance rule in each language (the self-assessment and the conformance page read
 * it), and a requirement that may be answered "not applicable" says when in both languages, since the twins rule does
 * not compare prose fields.
 */
export const conformance: Rule = {
	id: 'conformance',
	description: 'There is exactly one conformance rule per language, and every "not applicable" condition exists in both languages.',
	check(standard) {
		const problems: Problem[] = [];
		for (const lang of ['sv', 'en'] as const) {
			const rules = standard.entries.conformance[lang];
			if (rules.length === 0) {
				problems.push({ file: `content/conformance/${lang}/`, field: 'id', message: 'there is no conformance rule', hint: `add content/conformance/${lang}/overensstammelse.yaml (see src/schemas/conformance.ts)` });
			}
			for (const extra of rules.slice(1)) {
				problems.push({ file: extra.file, field: 'id', message: `a second conformance rule "${extra.data.id}" (the first is in ${rules[0].file})`, hint: 'keep one conformance rule per language and remove the others' });
			}
		}
		type Condition = { file: string; when?: string };
		const conditions = (lang: 'sv' | 'en'): Map<string, Condition> =>
			new Map(standard.entries.steps[lang].flatMap((step) => (step.data.requirements as { id: string; notApplicableWhen?: string }[]).map((r): [string, Condition] => [r.id, { file: step.file, when: r.notApplicableWhen }])));
		const sv = conditions('sv');
		const en = conditions('en');
		for (const [lang, mine, theirs] of [['sv', sv, en], ['en', en, sv]] as const) {
			for (const [id, { when }] of mine) {
				const twin = theirs.get(id);
				if (when && twin && !twin.when) {
					problems.push({ file: twin.file, field: `requirements[${id}].notApplicableWhen`, message: `requirement "${id}" says when it is not applicable in ${lang === 'sv' ? 'Swedish' : 'English'} but not here`, hint: 'write the same condition in both languages, or remove it from both' });
				}
			}
		}
		return problems;
	},
};
