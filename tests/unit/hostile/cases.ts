/**
 * The malformed and hostile content edits of the reliability review of 0.1.0 (cases 01–51, with 39b), as data: each
 * case is a list of edits to a copy of the real content/. tests/unit/hostile-edits.test.ts applies each one and
 * asserts exactly the problems `npm run validate` reports.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../../support/fixtures.ts';

export type Edit =
	| { file: string; replace: [RegExp | string, string] }
	| { file: string; write: (text: string) => string | Buffer }
	| { file: string; remove: true }
	| { file: string; renameTo: string };

export interface HostileCase {
	id: string;
	edit: string;
	edits: Edit[];
}

const s07 = 'content/steps/sv/s07-andra-motet.md';
const s07en = 'content/steps/en/s07-andra-motet.md';
const s08 = 'content/steps/sv/s08-forsta-bedomningen.md';
const s08en = 'content/steps/en/s08-forsta-bedomningen.md';
const p15 = 'content/principles/sv/p15-partnerskap-mellan-sektorerna.md';
const checklist = 'content/checklists/sv/entreprenor.yaml';
const checklistEn = 'content/checklists/en/entreprenor.yaml';
const note = 'content/releases/sv/0.1.0.yaml';
const noteEn = 'content/releases/en/0.1.0.yaml';
const lock = 'content/release-lock.yaml';
const tip = /^:::tip$/m;
/** Inserts Markdown before the aside at the end of S07's Swedish body. */
const inBody = (text: string): Edit => ({ file: s07, replace: [tip, `${text}\n\n:::tip`] });

export const cases: HostileCase[] = [
	{ id: '01', edit: 'title: 42', edits: [{ file: s07, replace: [/^title: .*$/m, 'title: 42'] }] },
	{ id: '02', edit: 'title: ""', edits: [{ file: s07, replace: [/^title: .*$/m, 'title: ""'] }] },
	{ id: '03', edit: 'value: "   "', edits: [{ file: s07, replace: [/^value: .*$/m, 'value: "   "'] }] },
	{ id: '04', edit: 'file renamed s99-andra-motet.md, id stays S07 (sv and en)', edits: [{ file: s07, renameTo: 'content/steps/sv/s99-andra-motet.md' }, { file: s07en, renameTo: 'content/steps/en/s99-andra-motet.md' }] },
	{ id: '05', edit: 'requirement id S08.9 inside S07', edits: [{ file: s07, replace: ['id: S07.4', 'id: S08.9'] }] },
	{ id: '06', edit: 'S08.1 renamed S07.1 (duplicate across steps)', edits: [{ file: s08, replace: ['id: S08.1', 'id: S07.1'] }] },
	{ id: '07', edit: 'level: maybe', edits: [{ file: s07, replace: [/(id: S07.2\n\s+)level: bör/, '$1level: maybe'] }] },
	{ id: '08', edit: 'English twin lacks S07.4', edits: [{ file: s07en, replace: [/\n  - id: S07.4[\s\S]*?(?=\n---)/, ''] }] },
	{ id: '09', edit: 'en S07 owner: bank', edits: [{ file: s07en, replace: [/^owner: .*$/m, 'owner: bank'] }] },
	{ id: '10', edit: 'checklist item points at S07.99', edits: [{ file: checklist, replace: ['requirements: [S06.4, S07.1]', 'requirements: [S06.4, S07.99]'] }] },
	{ id: '11', edit: 'glossary term mikrokredit deleted (still referenced)', edits: [{ file: 'content/glossary/sv/mikrokredit.yaml', remove: true }] },
	{ id: '12', edit: 'step with requirements: []', edits: [{ file: s07, replace: [/^requirements:\n[\s\S]*?(?=\n---)/m, 'requirements: []'] }] },
	{ id: '13', edit: 'glossary term related to itself (sv and en)', edits: [{ file: 'content/glossary/sv/lix.yaml', replace: ['related: []', 'related: [lix, mentor]'] }, { file: 'content/glossary/en/lix.yaml', replace: ['related: []', 'related: [lix, mentor]'] }] },
	{ id: '14', edit: 'CRLF line endings (.md and .yaml)', edits: [{ file: s07, write: (t) => t.replace(/\n/g, '\r\n') }, { file: checklist, write: (t) => t.replace(/\n/g, '\r\n') }] },
	{ id: '15', edit: 'UTF-8 byte order mark at the start of a step file (.md)', edits: [{ file: s07, write: (t) => `\uFEFF${t}` }] },
	{ id: '16', edit: 'UTF-8 byte order mark in a .yaml', edits: [{ file: checklist, write: (t) => `\uFEFF${t}` }] },
	{ id: '17', edit: 'Latin-1 byte 0xF6 in a title', edits: [{ file: s07, write: (t) => Buffer.concat([Buffer.from(t.slice(0, t.indexOf('Andra'))), Buffer.from([0x41, 0x6e, 0x64, 0x72, 0x61, 0x20, 0x6d, 0xf6, 0x74, 0x65, 0x74]), Buffer.from(t.slice(t.indexOf('Andra mötet') + 'Andra mötet'.length))]) }] },
	{ id: '18', edit: '1 MB of prose in a body', edits: [inBody('Mer text om mötet. '.repeat(55_000))] },
	{ id: '19', edit: 'MDX syntax error (unclosed <div>)', edits: [inBody('<div>')] },
	{ id: '20', edit: 'MDX import of a missing component', edits: [inBody("import Nope from '../../src/components/Nope.astro';\n\n<Nope />")] },
	{ id: '21', edit: 'raw <script> and <img onerror> in a step body and a principle body', edits: [inBody('<script>window.__pwned_mdx = 1</script>\n\n<img src="x" onerror="window.__pwned = 1" />'), { file: p15, write: (t) => `${t}\n<script>window.__pwned_md = 1</script>\n\n<img src="x" onerror="window.__pwned = 1">\n` }] },
	{ id: '22', edit: 'link to /steg/s99/ in a body', edits: [inBody('Läs [steg 99](/steg/s99/).')] },
	{ id: '23', edit: 'link to /steg/s07/#S07.99 in a body', edits: [inBody('Läs [kravet](/steg/s07/#S07.99).')] },
	{ id: '24', edit: 'principle P15 removed from every step', edits: withoutP15() },
	{ id: '25', edit: 'release note adds unknown S99.1', edits: [{ file: note, replace: [/^added:\n/m, 'added:\n  - id: S99.1\n    why: Nytt.\n'] }, { file: noteEn, replace: [/^added:\n/m, 'added:\n  - id: S99.1\n    why: New.\n'] }] },
	{ id: '26', edit: 'S07.1 text changed, no release note', edits: [{ file: s07, replace: ['text: Mötet utgår från personens', 'text: Mötet utgår alltid från personens'] }] },
	{ id: '27', edit: 'lock records 0.0.9', edits: [{ file: lock, replace: [/^version: .*$/m, 'version: 0.0.9'] }] },
	{ id: '28', edit: 'weeks: {from: 20, to: 8}', edits: [{ file: s07, replace: [/^weeks: .*$/m, 'weeks: { from: 20, to: 8 }'] }] },
	{ id: '29', edit: 'two phases share order 3', edits: [{ file: 'content/phases/sv/lan.yaml', replace: [/^order: 4$/m, 'order: 3'] }, { file: 'content/phases/en/lan.yaml', replace: [/^order: 4$/m, 'order: 3'] }] },
	{ id: '30', edit: 'typo ownr:', edits: [{ file: s07, replace: [/^owner:/m, 'ownr:'] }] },
	{ id: '31', edit: 'extra key notes:', edits: [{ file: s07, replace: [/^value:/m, 'notes: Något.\nvalue:'] }] },
	{ id: '32', edit: 'file in content/glossary/de/', edits: [{ file: 'content/glossary/sv/lix.yaml', renameTo: 'content/glossary/de/lix.yaml' }] },
	{ id: '33', edit: 'English text in the Swedish file (same id)', edits: [{ file: s07, replace: [/^title: .*$/m, 'title: The second meeting'] }] },
	{ id: '34', edit: 'two steps share an order in a phase (sv and en)', edits: [{ file: s08, replace: [/^order: .*$/m, 'order: 4'] }, { file: s08en, replace: [/^order: .*$/m, 'order: 4'] }] },
	{ id: '35', edit: 'duplicate YAML key title:', edits: [{ file: s07, replace: [/^(title: .*)$/m, '$1\ntitle: Igen'] }] },
	{ id: '36', edit: 'checklist item id: 01 unquoted (a number)', edits: [{ file: checklist, replace: ['id: "01"', 'id: 01'] }] },
	{ id: '37', edit: 'impossible date 2026-02-30 (standard.yaml and release notes)', edits: [{ file: 'content/standard.yaml', replace: [/^date: .*$/m, 'date: 2026-02-30'] }, { file: note, replace: [/^date: .*$/m, 'date: 2026-02-30'] }, { file: noteEn, replace: [/^date: .*$/m, 'date: 2026-02-30'] }] },
	// Only the docs pages are MDX, where an export runs at build time; a step body is Markdown, where it is text.
	{ id: '38', edit: 'MDX export reading a file, and {process.env.HOME}, in a docs page', edits: [{ file: 'content/docs/historik.mdx', write: (t) => `${t}\nexport const leak = (await import("node:fs")).readFileSync("/etc/hostname", "utf8")\n\nBuild home: {process.env.HOME}; {leak}\n` }] },
	{ id: '39', edit: 'HTML <script> and <img onerror> in a YAML title', edits: [{ file: s07, replace: [/^title: .*$/m, 'title: \'Andra mötet <script>alert(1)</script><img src=x onerror=alert(1)>\''] }] },
	{ id: '39b', edit: 'title breaks out of <title>', edits: [{ file: s07, replace: [/^title: .*$/m, "title: 'Andra mötet</title><script>window.__t=1</script>'"] }] },
	{ id: '40', edit: "repository: 'javascript:alert(document.domain)//'", edits: [{ file: 'content/standard.yaml', write: (t) => `${t}repository: 'javascript:alert(document.domain)//'\n` }] },
	{ id: '41', edit: 'checklist items 01 and 02 swap text (sv and en)', edits: [{ file: checklist, write: swapFirstTwoTexts }, { file: checklistEn, write: swapFirstTwoTexts }] },
	{ id: '42', edit: 'duplicate step id (the S08 file says id: S07)', edits: [{ file: s08, replace: [/^id: S08$/m, 'id: S07'] }] },
	{ id: '43', edit: 'UI string removed from en.json', edits: [{ file: 'content/i18n/en.json', replace: [/\n\s*"smf\.checklist\.resetConfirm": .*,/, ''] }] },
	{ id: '44', edit: 'content/docs/en/historik.mdx deleted', edits: [{ file: 'content/docs/en/historik.mdx', remove: true }] },
	{ id: '45', edit: '"FYLL I:" placeholder left in a body', edits: [inBody('FYLL I: hur steget görs')] },
	{ id: '46', edit: 'broken YAML (unclosed [)', edits: [{ file: s07, replace: [/^participants: \[entreprenor\]$/m, 'participants: [entreprenor'] }] },
	{ id: '47', edit: 'Swedish summary with LIX 80', edits: [{ file: s07, replace: [/^summary: .*$/m, 'summary: Samverkansöverenskommelsernas implementeringsförutsättningar kräver organisationsöverskridande kvalitetssäkringsprocesser, verksamhetsutvecklingsinitiativ och resultatuppföljningsmekanismer för långsiktighet.'] }] },
	{ id: '48', edit: 'owner also a participant; principles [P01, P01, …] (sv and en)', edits: [s07, s07en].flatMap((file): Edit[] => [{ file, replace: [/^participants: \[entreprenor\]$/m, 'participants: [entreprenor, mikrolansteam]'] }, { file, replace: ['principles: [P01, P04, P11, P12]', 'principles: [P01, P01, P04, P11, P12]'] }]) },
	{ id: '49', edit: 'requirement roles: [] (falls on nobody; sv and en)', edits: [s07, s07en].map((file): Edit => ({ file, replace: [/(id: S07.2\n\s+level: bör\n)/, '$1    roles: []\n'] })) },
	{ id: '50', edit: 'new requirement S07.01 beside S07.1 (sv and en)', edits: [s07, s07en].map((file): Edit => ({ file, replace: [/^requirements:\n/m, 'requirements:\n  - id: S07.01\n    level: bör\n    text: Ett nytt krav.\n    verify: Kontrollera det.\n    sources: [sus-handbog]\n'] })) },
	{ id: '51', edit: '<img onerror> in a title (then searched in Pagefind)', edits: [{ file: s07, replace: [/^title: .*$/m, 'title: \'Andra mötet <img src=x onerror="alert(1)">\''] }] },
	{ id: '52', edit: 'hostile hero tagline in a Starlight page (beyond the review)', edits: [{ file: 'content/docs/index.mdx', replace: [/^  tagline: .*$/m, "  tagline: '<img src=x onerror=alert(1)>'"] }] },
];

/** Case 24: P15 taken out of the principles of every step that lists it, in both languages. */
function withoutP15(): Edit[] {
	return ['sv', 'en'].flatMap((lang) =>
		readdirSync(join(repoRoot, 'content/steps', lang))
			.map((name) => `content/steps/${lang}/${name}`)
			.filter((file) => /^principles: \[.*P15.*\]$/m.test(readFileSync(join(repoRoot, file), 'utf8')))
			.map((file): Edit => ({ file, replace: [/^(principles: \[.*?)(, P15|P15, )(.*\])$/m, '$1$3'] })),
	);
}

/** Case 41: the texts of checklist items 01 and 02 trade places. */
function swapFirstTwoTexts(text: string): string {
	const texts = [...text.matchAll(/^    text: .*$/gm)].slice(0, 2).map((m) => m[0]);
	return text.replace(texts[0], '\u0000').replace(texts[1], texts[0]).replace('\u0000', texts[1]);
}

/** Applies the edits of a case to the content in `root`. */
export function applyEdits(root: string, edits: Edit[]): void {
	for (const e of edits) {
		const path = join(root, e.file);
		if ('remove' in e) rmSync(path);
		else if ('renameTo' in e) {
			mkdirSync(dirname(join(root, e.renameTo)), { recursive: true });
			renameSync(path, join(root, e.renameTo));
		} else if ('write' in e) writeFileSync(path, e.write(existing(path)));
		else {
			const before = readFileSync(path, 'utf8');
			const after = before.replace(e.replace[0], e.replace[1]);
			if (after === before) throw new Error(`The edit of ${e.file} changed nothing: ${e.replace[0]}`);
			writeFileSync(path, after);
		}
	}
}

function existing(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
