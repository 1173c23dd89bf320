/**
 * New entries for `npm run new`: the next free ID (never one that was used before, tombstones included) and the
 * Swedish and English files with every required field present, holding a "FYLL I"/"FILL IN" placeholder that says
 * what to write. The validator rejects a file while any placeholder is left, so a half-filled entry never passes.
 */
import { stringify } from 'yaml';
import { accessibilityAreas, areaLetter, type AccessibilityArea } from '../../schemas/accessibility.ts';
import type { Lang } from '../../schemas/common.ts';
import { numberedId } from '../../schemas/id-patterns.ts';
import { roleKinds } from '../../schemas/role.ts';
import { placeholder } from '../content/placeholders.ts';
import { histories } from '../releases/history.ts';
import type { Standard } from '../content/load-standard.ts';
import { normativeItems } from '../releases/normative.ts';

/** What `npm run new` can create. */
export const scaffoldKinds = ['step', 'principle', 'role', 'accessibility', 'term'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** Every ID that is or ever was in the standard: current entries and every ID a release note names. */
export function usedIds(standard: Standard): Set<string> {
	const ids = new Set([...normativeItems(standard).keys(), ...histories(standard.entries.releases.sv.map((e) => e.data)).keys()]);
	for (const term of standard.entries.glossary.sv) ids.add(term.data.id);
	return ids;
}

/** The next free ID with a prefix and a number (P, S, TF, …): one above the highest ever used; S99 is followed by S100. */
export function nextId(used: Set<string>, prefix: string): string {
	const pattern = new RegExp(`^${prefix}(\\d{2,})(?:\\.\\d+)?$`);
	const highest = Math.max(0, ...[...used].map((id) => Number(pattern.exec(id)?.[1] ?? 0)));
	return numberedId(prefix, highest + 1);
}

/** One file to write, from the repository root. */
export interface ScaffoldFile {
	path: string;
	text: string;
}

/** What the new entry needs besides its kind: a slug ID for roles and terms, an area for accessibility items. */
export interface ScaffoldOptions {
	id?: string;
	area?: AccessibilityArea;
	/** Words for the file name after the ID, e.g. "forsta-kontakten". */
	slug?: string;
}

const ids = (standard: Standard, collection: 'phases' | 'roles' | 'sources') => standard.entries[collection].sv.map((e) => e.data.id).join(', ');

/** The fields of the new entry in one language, every one to fill in. */
function fields(kind: ScaffoldKind, id: string, standard: Standard, lang: Lang, area?: AccessibilityArea): Record<string, unknown> {
	const sv = lang === 'sv';
	const fill = (svText: string, enText: string) => placeholder(lang, sv ? svText : enText);
	const sources = [fill(`minst en källa, en av: ${ids(standard, 'sources')}`, `at least one source, one of: ${ids(standard, 'sources')}`)];
	switch (kind) {
		case 'step':
			return {
				id,
				phase: fill(`fasens ID, en av: ${ids(standard, 'phases')}`, `the phase ID, one of: ${ids(standard, 'phases')}`),
				order: fill('stegets plats i fasen, ett tal som inget annat steg i fasen har', 'the step’s place in its phase, a number no other step of the phase has'),
				title: fill('stegets namn', 'the step’s name'),
				summary: fill('en eller två korta meningar som en ny läsare förstår (LIX högst 40)', 'one or two short sentences a new reader understands'),
				owner: fill(`rollen som äger steget, en av: ${ids(standard, 'roles')}`, `the role that owns the step, one of: ${ids(standard, 'roles')}`),
				participants: [],
				value: fill('vad steget ger entreprenören och partnerskapet', 'what the step gives the entrepreneur and the partnership'),
				accessibility: [fill('minst ett tillgänglighetskrav, till exempel TI01', 'at least one accessibility item, e.g. TI01')],
				principles: [fill('minst en princip, till exempel P01', 'at least one principle, e.g. P01')],
				terms: [],
				sources,
				requirements: [
					{
						id: `${id}.1`,
						level: fill('ska eller bör', 'ska or bör (the same as in Swedish)'),
						text: fill('kravet, en mening som en granskare kan kontrollera', 'the requirement, one sentence an auditor can check'),
						verify: fill('hur en granskare kontrollerar kravet', 'how an auditor verifies the requirement'),
						sources,
					},
				],
			};
		case 'principle':
			return {
				id,
				title: fill('principens korta namn', 'the principle’s short name'),
				statement: fill('principen i en mening', 'the principle in one sentence'),
				summary: fill('en eller två korta meningar som en ny läsare förstår (LIX högst 40)', 'one or two short sentences a new reader understands'),
				sources,
			};
		case 'role':
			return {
				id,
				name: fill('rollens namn', 'the role’s name'),
				kind: fill(`en av: ${roleKinds.join(', ')}`, `one of: ${roleKinds.join(', ')}`),
				summary: fill('vad rollen är, i enkla meningar', 'what the role is, in plain sentences'),
				responsibilities: [fill('ett ansvar per rad', 'one responsibility a line')],
				competences: [],
				sources,
			};
		case 'accessibility':
			return {
				id,
				area,
				title: fill('kravets korta namn', 'the item’s short name'),
				text: fill('kravet i en mening', 'the requirement in one sentence'),
				level: fill('ska eller bör', 'ska or bör (the same as in Swedish)'),
				verify: fill('hur det kontrolleras', 'how it is checked'),
				sources,
			};
		case 'term':
			return {
				id,
				term: fill('ordet', 'the term'),
				definition: fill('en enkel förklaring i en till tre meningar', 'a plain explanation in one to three sentences'),
				related: [],
				sources: [],
			};
	}
}

const folders: Record<ScaffoldKind, string> = { step: 'steps', principle: 'principles', role: 'roles', accessibility: 'accessibility', term: 'glossary' };
const bodies: Partial<Record<ScaffoldKind, Record<Lang, string>>> = {
	step: { sv: 'hur steget går till, i enkla meningar', en: 'how the step is done, in plain sentences' },
	principle: { sv: 'bakgrunden till principen', en: 'the rationale of the principle' },
	role: { sv: 'vad rollen gör i partnerskapet', en: 'what the role does in the partnership' },
};

/** The ID a new entry of this kind gets; throws with a message for the editor when the options do not allow one. */
export function newId(kind: ScaffoldKind, standard: Standard, options: ScaffoldOptions): string {
	const used = usedIds(standard);
	if (kind === 'step') return nextId(used, 'S');
	if (kind === 'principle') return nextId(used, 'P');
	if (kind === 'accessibility') {
		if (!options.area || !accessibilityAreas.includes(options.area)) throw new Error(`give the area: --area ${accessibilityAreas.join('|')}`);
		return nextId(used, `T${areaLetter[options.area]}`);
	}
	if (!options.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.id)) throw new Error(`give the ${kind}'s ID as a slug: --id lowercase-words-with-hyphens`);
	if (used.has(options.id)) throw new Error(`"${options.id}" is or was already used; IDs are never reused: choose another`);
	return options.id;
}

/** The Swedish and English files of a new entry with the given ID. */
export function scaffoldFiles(kind: ScaffoldKind, id: string, standard: Standard, options: ScaffoldOptions = {}): ScaffoldFile[] {
	const body = bodies[kind];
	const name = kind === 'step' || kind === 'principle' ? `${id.toLowerCase()}-${options.slug ?? (kind === 'step' ? 'nytt-steg' : 'ny-princip')}` : id.toLowerCase();
	return (['sv', 'en'] as const).map((lang) => {
		const yaml = stringify(fields(kind, id, standard, lang, options.area), { lineWidth: 0, aliasDuplicateObjects: false });
		const path = `content/${folders[kind]}/${lang}/${name}.${body ? 'md' : 'yaml'}`;
		return { path, text: body ? `---\n${yaml}---\n\n${placeholder(lang, body[lang])}\n` : yaml };
	});
}
