/**
 * The hostile and malformed content edits of the reliability review of 0.1.0 (tests/unit/hostile/cases.ts), each
 * applied to a copy of the real content/ and validated in-process: every case gives exactly the problems listed here,
 * line for line (file, field or body line, message and fix), and nothing else. A few run through the CLI and
 * `npm run build` to show the build refuses them. Cases the standard rightly accepts are listed apart, with why.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/validation/index.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { copyProject, repoRoot } from '../support/fixtures.ts';
import { applyEdits, cases, type HostileCase } from './hostile/cases.ts';

/** Exactly what `npm run validate` reports for each case, in order. */
const expected: Record<string, string[]> = {
	'01': [
		'content/steps/sv/s07-andra-motet.md: title: Invalid input: expected string, received number (write it in quotes: "42")',
	],
	'02': [
		'content/steps/sv/s07-andra-motet.md: title: must not be empty',
	],
	'03': [
		'content/steps/sv/s07-andra-motet.md: value: must not be empty',
	],
	'04': [
		'content/steps/sv/s99-andra-motet.md: (file): holds "S07" but is named "s99-andra-motet" (rename it to s07-andra-motet.md (the ID stays "S07"))',
		'content/steps/en/s99-andra-motet.md: (file): holds "S07" but is named "s99-andra-motet" (rename it to s07-andra-motet.md (the ID stays "S07"))',
	],
	'05': [
		'content/steps/sv/s07-andra-motet.md: requirements[S08.9].id: "S08.9" does not belong to step S07 (number it S07.<n>)',
		'content/checklists/sv/entreprenor.yaml: items[04].requirements: requirement "S07.4" does not exist (did you mean "S01.4"?)',
		'content/steps/en/s07-andra-motet.md: requirements[S08.9].id: differs from the Swedish twin content/steps/sv/s07-andra-motet.md (IDs, owners, references and levels must be the same in both languages)',
		'content/releases/sv/0.1.0.yaml: added[S07.4]: requirement "S07.4" is in release 0.1.0 but no longer exists, and no release note removes it (restore it, or list it under "removed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml)',
		'content/steps/sv/s07-andra-motet.md: requirements[S08.9]: requirement "S08.9" is new but in no release note (list it under "added" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml; `npm run release-note -- 0.3.0` drafts them)',
	],
	'06': [
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S07.1].id: "S07.1" does not belong to step S08 (number it S08.<n>)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S07.1].id: "S07.1" is already used in content/steps/sv/s07-andra-motet.md (give it the next free number; requirement IDs are never reused)',
		'content/steps/en/s08-forsta-bedomningen.md: requirements[S07.1].id: differs from the Swedish twin content/steps/sv/s08-forsta-bedomningen.md (IDs, owners, references and levels must be the same in both languages)',
		'content/releases/sv/0.1.0.yaml: added[S08.1]: requirement "S08.1" is in release 0.1.0 but no longer exists, and no release note removes it (restore it, or list it under "removed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S07.1]: the normative content of requirement "S07.1" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'07': [
		'content/steps/sv/s07-andra-motet.md: requirements[S07.2].level: Invalid option: expected one of "ska"|"bör" (use one of: ska, bör)',
	],
	'08': [
		'content/checklists/en/entreprenor.yaml: items[04].requirements: requirement "S07.4" does not exist (did you mean "S01.4"?)',
		'content/steps/en/s07-andra-motet.md: requirements[S07.4]: differs from the Swedish twin content/steps/sv/s07-andra-motet.md (IDs, owners, references and levels must be the same in both languages)',
	],
	'09': [
		'content/steps/en/s07-andra-motet.md: owner: differs from the Swedish twin content/steps/sv/s07-andra-motet.md (IDs, owners, references and levels must be the same in both languages)',
	],
	'10': [
		'content/checklists/sv/entreprenor.yaml: items[03].requirements: requirement "S07.99" does not exist (use an ID from content/steps/sv/)',
		'content/checklists/en/entreprenor.yaml: items[03].requirements[1]: differs from the Swedish twin content/checklists/sv/entreprenor.yaml (IDs, owners, references and levels must be the same in both languages)',
	],
	'11': [
		'content/glossary/sv/aterbetalningsplan.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/borgen.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/egen-insats.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/mikrofinans.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/mikrolan.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/sakerhet.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/sv/total-kreditkostnad.yaml: related: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/steps/sv/s01-ledningens-stod-och-partnerskapet.md: terms: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/steps/sv/s04-mobilisering-och-information.md: terms: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/steps/sv/s15-tredje-bedomningen.md: terms: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/steps/sv/s16-beslut-om-mikrokredit.md: terms: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/steps/sv/s17-aterbetalningsplan.md: terms: glossary term "mikrokredit" does not exist (use an ID from content/glossary/sv/)',
		'content/glossary/en/mikrokredit.yaml: id: has no Swedish twin with id "mikrokredit" (add content/glossary/sv/ with the same id)',
	],
	'12': [
		'content/steps/sv/s07-andra-motet.md: requirements: give the step at least one requirement (the list must not be empty)',
	],
	'13': [
		'content/glossary/sv/lix.yaml: related: the term "lix" is related to itself (remove "lix" from related)',
		'content/glossary/en/lix.yaml: related: the term "lix" is related to itself (remove "lix" from related)',
	],
	'17': [
		'content/steps/sv/s07-andra-motet.md: (file): is not UTF-8 text (line 5 has a byte that UTF-8 does not allow) (save the file as UTF-8 in your editor (Å, Ä and Ö then work everywhere))',
	],
	'18': [
		'content/steps/sv/s07-andra-motet.md: (body): is 1,045,801 characters long, more than 50,000 (shorten it, or split what belongs elsewhere into a docs page)',
	],
	'19': [
		'content/steps/sv/s07-andra-motet.md: (body, line 44): raw HTML `<div>` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
	],
	'20': [
		'content/steps/sv/s07-andra-motet.md: (body, line 46): raw HTML `<Nope />` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
	],
	'21': [
		'content/principles/sv/p15-partnerskap-mellan-sektorerna.md: (body, line 15): raw HTML `<script>window.__pwned_md = 1</script>` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
		'content/principles/sv/p15-partnerskap-mellan-sektorerna.md: (body, line 17): raw HTML `<img src="x" onerror="window.__pwned = 1` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
		'content/steps/sv/s07-andra-motet.md: (body, line 44): raw HTML `<script>window.__pwned_mdx = 1</script>` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
		'content/steps/sv/s07-andra-motet.md: (body, line 46): raw HTML `<img src="x" onerror="window.__pwned = 1` is not allowed in a body (write it in Markdown: **bold**, [link](/steg/s07/), lists, tables, :::note asides)',
	],
	'22': [
		'content/steps/sv/s07-andra-motet.md: (body, line 44): links to "/steg/s99/", a page the site does not have (did you mean "/steg/s09/"?)',
	],
	'23': [
		'content/steps/sv/s07-andra-motet.md: (body, line 44): links to "#S07.99" on /steg/s07/, which has no such anchor (the page has #S07.1, #S07.2, #S07.3, #S07.4)',
	],
	'24': [
		'content/principles/sv/p15-partnerskap-mellan-sektorerna.md: id: principle "P15" is realised by no step (list it under "principles" in the steps that put it into practice)',
		'content/principles/en/p15-partnerskap-mellan-sektorerna.md: id: principle "P15" is realised by no step (list it under "principles" in the steps that put it into practice)',
		'content/steps/sv/s01-ledningens-stod-och-partnerskapet.md: id: the normative content of step "S01" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s02-mikrolansteamet-och-utvecklingsfunktionen.md: id: the normative content of step "S02" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s03-intern-information.md: id: the normative content of step "S03" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s15-tredje-bedomningen.md: id: the normative content of step "S15" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s19-finansiering-for-sociala-foretag.md: id: the normative content of step "S19" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s25-uppfoljning-efter-starten.md: id: the normative content of step "S25" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
		'content/steps/sv/s26-arlig-genomgang.md: id: the normative content of step "S26" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'25': [
		'content/releases/sv/0.1.0.yaml: added[S99.1]: requirement "S99.1" is in release 0.1.0 but no longer exists, and no release note removes it (restore it, or list it under "removed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml)',
	],
	'26': [
		'content/steps/sv/s07-andra-motet.md: requirements[S07.1]: the normative content of requirement "S07.1" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'27': [
		'content/release-lock.yaml: version: records release 0.0.9, but content/standard.yaml says 0.2.0 (run `npm run release -- 0.2.0` to record the release)',
	],
	'28': [
		'content/steps/sv/s07-andra-motet.md: weeks.to: "to" must not be before "from"',
	],
	'29': [
		'content/phases/sv/lan.yaml: order: order 3 is already taken by content/phases/sv/forberedelse.yaml (give each phase its own order number)',
		'content/phases/en/lan.yaml: order: order 3 is already taken by content/phases/en/forberedelse.yaml (give each phase its own order number)',
	],
	'30': [
		'content/steps/sv/s07-andra-motet.md: (file): Unrecognized key: "ownr" (did you mean "owner"?)',
	],
	'31': [
		'content/steps/sv/s07-andra-motet.md: (file): Unrecognized key: "notes" (remove "notes")',
	],
	'32': [
		'content/glossary/de/lix.yaml: (file): is not in a language folder (move it to content/glossary/sv/ or content/glossary/en/)',
		'content/glossary/en/lix.yaml: id: has no Swedish twin with id "lix" (add content/glossary/sv/ with the same id)',
	],
	'34': [
		'content/steps/sv/s08-forsta-bedomningen.md: order: order 4 in phase "rekrytering" is already taken by content/steps/sv/s07-andra-motet.md (give each step of a phase its own order number)',
		'content/steps/en/s08-forsta-bedomningen.md: order: order 4 in phase "rekrytering" is already taken by content/steps/en/s07-andra-motet.md (give each step of a phase its own order number)',
	],
	'35': [
		'content/steps/sv/s07-andra-motet.md: title (line 6, column 1): broken YAML: duplicated mapping key (check the indentation and quote values that contain ": " or start with a special character)',
	],
	'36': [
		'content/checklists/sv/entreprenor.yaml: items[0].id: Invalid input: expected string, received number (write it in quotes, e.g. "01" (without quotes YAML reads 01 as the number 1))',
	],
	'37': [
		'content/releases/en/0.1.0.yaml: date: Invalid ISO date',
		'content/releases/sv/0.1.0.yaml: date: Invalid ISO date',
		'content/standard.yaml: date: Invalid ISO date',
	],
	'38': [
		'content/docs/historik.mdx: (body, line 62): `export const leak = (await import("node:fs")).readFileSync("` is code, not content (only these imports are allowed: Aside, Badge, Card, CardGrid, LinkButton, LinkCard, Steps, Tabs, TabItem from "@astrojs/starlight/components"; KeyActors from "~/components/KeyActors.astro"; StartLinks from "~/components/StartLinks.astro"; StartLink from "~/components/StartLink.astro")',
		'content/docs/historik.mdx: (body, line 64): `{process.env.HOME}` is a JavaScript expression (remove the braces; to show a "{" in an .mdx body write \\{)',
		'content/docs/historik.mdx: (body, line 64): `{leak}` is a JavaScript expression (remove the braces; to show a "{" in an .mdx body write \\{)',
	],
	'39': [
		'content/steps/sv/s07-andra-motet.md: title: contains markup ("<script>aler…"); this field is plain text, shown exactly as written (remove the "<" or "&" markup; write "mindre än" / "less than" for "<", and put formatting or links in the Markdown body)',
	],
	'39b': [
		'content/steps/sv/s07-andra-motet.md: title: contains markup ("</title><scr…"); this field is plain text, shown exactly as written (remove the "<" or "&" markup; write "mindre än" / "less than" for "<", and put formatting or links in the Markdown body)',
	],
	'40': [
		'content/standard.yaml: repository: must be an https:// URL, e.g. "https://github.com/owner/repo"',
	],
	'41': [
		'content/checklists/sv/entreprenor.yaml: items[01].id: item "01" has the text that item "02" had in release 0.2.0; readers\' saved ticks and notes for "02" would now belong to another item (give it back the ID "02"; a new item takes the next free number, and an item that goes away leaves its number unused)',
		'content/checklists/sv/entreprenor.yaml: items[02].id: item "02" has the text that item "01" had in release 0.2.0; readers\' saved ticks and notes for "01" would now belong to another item (give it back the ID "01"; a new item takes the next free number, and an item that goes away leaves its number unused)',
	],
	'42': [
		'content/steps/sv/s08-forsta-bedomningen.md: id: "S07" is already used by content/steps/sv/s07-andra-motet.md (give this entry the next free ID; IDs are never shared or reused)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S08.1].id: "S08.1" does not belong to step S07 (number it S07.<n>)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S08.2].id: "S08.2" does not belong to step S07 (number it S07.<n>)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S08.3].id: "S08.3" does not belong to step S07 (number it S07.<n>)',
		'content/steps/sv/s08-forsta-bedomningen.md: requirements[S08.4].id: "S08.4" does not belong to step S07 (number it S07.<n>)',
		'content/checklists/sv/kommun-startar.yaml: items[11].steps: step "S08" does not exist (did you mean "S01"?)',
		'content/checklists/sv/offentlig-aktor.yaml: items[08].steps: step "S08" does not exist (did you mean "S01"?)',
		'content/steps/en/s07-andra-motet.md: order: differs from the Swedish twin content/steps/sv/s08-forsta-bedomningen.md (IDs, owners, references and levels must be the same in both languages)',
		'content/steps/en/s08-forsta-bedomningen.md: id: has no Swedish twin with id "S08" (add content/steps/sv/ with the same id)',
		'content/steps/sv/s08-forsta-bedomningen.md: (file): holds "S07" but is named "s08-forsta-bedomningen" (rename it to s07-forsta-bedomningen.md (the ID stays "S07"))',
		'content/steps/sv/s08-forsta-bedomningen.md: id: the normative content of step "S07" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'43': [
		'content/i18n/en.json: smf.checklist.resetConfirm: UI string is missing (it exists in sv.json) (translate it)',
	],
	'44': [
		'content/docs/en/om-standarden.mdx: (body, line 44): links to "/en/historik/", a page the site does not have (did you mean "/historik/"?)',
		'content/docs/historik.mdx: (file): has no English twin (add content/docs/en/historik.mdx)',
	],
	'45': [
		'content/steps/sv/s07-andra-motet.md: (body): is not filled in yet (replace the placeholder: FYLL I: hur steget görs)',
	],
	'46': [
		'content/steps/sv/s07-andra-motet.md: participants (line 8, column 1): broken YAML: missed comma between flow collection entries (check the indentation and quote values that contain ": " or start with a special character)',
	],
	'47': [
		'content/steps/sv/s07-andra-motet.md: summary: LIX 80 is above 40 (use shorter sentences and fewer long words)',
	],
	'48': [
		'content/steps/sv/s07-andra-motet.md: principles: lists "P01" more than once (keep one "P01")',
		'content/steps/sv/s07-andra-motet.md: participants: "mikrolansteam" owns the step and is also listed as a participant (remove "mikrolansteam" from participants)',
		'content/steps/en/s07-andra-motet.md: principles: lists "P01" more than once (keep one "P01")',
		'content/steps/en/s07-andra-motet.md: participants: "mikrolansteam" owns the step and is also listed as a participant (remove "mikrolansteam" from participants)',
		'content/steps/sv/s07-andra-motet.md: id: the normative content of step "S07" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'49': [
		'content/steps/sv/s07-andra-motet.md: requirements[S07.2].roles: is empty, so the requirement applies to no one (name the roles it applies to, or leave "roles" out to make it apply to the step\'s owner (mikrolansteam))',
		'content/steps/en/s07-andra-motet.md: requirements[S07.2].roles: is empty, so the requirement applies to no one (name the roles it applies to, or leave "roles" out to make it apply to the step\'s owner (mikrolansteam))',
		'content/steps/sv/s07-andra-motet.md: requirements[S07.2]: the normative content of requirement "S07.2" changed since release 0.2.0, but no release note says so (list it under "changed" with a why in content/releases/sv/0.3.0.yaml and content/releases/en/0.3.0.yaml, or undo the change; `npm run diff -- main` shows what changed)',
	],
	'50': [
		'content/steps/en/s07-andra-motet.md: requirements[S07.01].id: must be the step ID, a dot and a number from 1 without a leading zero, e.g. "S07.2"',
		'content/steps/sv/s07-andra-motet.md: requirements[S07.01].id: must be the step ID, a dot and a number from 1 without a leading zero, e.g. "S07.2"',
	],
	'51': [
		'content/steps/sv/s07-andra-motet.md: title: contains markup ("<img src=x o…"); this field is plain text, shown exactly as written (remove the "<" or "&" markup; write "mindre än" / "less than" for "<", and put formatting or links in the Markdown body)',
	],
	'52': [
		'content/docs/index.mdx: hero.tagline: contains markup ("<img src=x o…"); this field is plain text, shown exactly as written (remove the "<" or "&" markup; write "mindre än" / "less than" for "<", and put formatting or links in the Markdown body)',
	],
};

/**
 * Accepted on purpose: CRLF line endings and byte order marks are normalised (the loaded standard is the same as
 * without them); English text in the Swedish file cannot be told from structure (a reviewer reads the diff).
 */
const accepted: Record<string, string> = {
	'14': 'CRLF is normalised to LF when content is read',
	'15': 'a byte order mark is dropped, as Astro does',
	'16': 'a byte order mark is dropped, as Astro does',
	'33': 'the language of a text cannot be checked from its structure',
};

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the real content/ with the case's edits applied (removed after the test). */
function edited(c: HostileCase): string {
	const root = mkdtempSync(join(tmpdir(), `smf-hostile-${c.id}-`));
	roots.push(root);
	cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
	applyEdits(root, c.edits);
	return root;
}

const unedited = validate(repoRoot).standard;
/** The entries without their file names, to compare two loads of the same content. */
const entriesOf = (s: typeof unedited) => JSON.stringify(s.entries);

describe('every hostile or malformed edit of the review', () => {
	it('is in the table, and the table has at least the review’s 52 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(52);
		expect(Object.keys(expected).length + Object.keys(accepted).length).toBe(cases.length);
		for (const c of cases) expect(c.id in expected !== c.id in accepted, c.id).toBe(true);
	});

	it.each(cases.filter((c) => c.id in expected).map((c) => [c.id, c.edit, c] as const))('%s %s: rejected with exactly the expected problems', (_id, _edit, c) => {
		const { problems } = validate(edited(c));
		expect(problems.map(formatProblem)).toEqual(expected[c.id]);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) {
			expect(p.file).toMatch(/^content\//);
			expect(p.field).not.toBe('');
		}
	});

	it.each(Object.entries(accepted))('%s is accepted: %s', (id) => {
		const c = cases.find((x) => x.id === id)!;
		const { standard, problems } = validate(edited(c));
		expect(problems).toEqual([]);
		if (id !== '33') expect(entriesOf(standard).replaceAll('\\r', '')).toBe(entriesOf(unedited));
	});
});

describe('the command line and the build refuse hostile edits', () => {
	it.each(['39b', '38', '40', '21'])('case %s fails `node scripts/validate.ts` with its problems', (id) => {
		const c = cases.find((x) => x.id === id)!;
		const root = edited(c);
		const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts'), '--root', root], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		for (const line of expected[id]) expect(result.stderr).toContain(line);
	});

	it('case 39b (a title that breaks out of <title>) fails `npm run build` before any page is built', { timeout: 60_000 }, () => {
		const root = copyProject();
		roots.push(root);
		applyEdits(root, cases.find((x) => x.id === '39b')!.edits);
		const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain(expected['39b'][0]);
		expect(existsSync(join(root, 'dist'))).toBe(false);
	});
});
