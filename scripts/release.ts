/**
 * `npm run release-note -- <version>`: drafts (or refreshes) content/releases/{sv,en}/<version>.yaml from the changes
 * since the last release: new IDs as added, IDs whose normative content changed as changed, vanished IDs as removed.
 * Whys already written are kept; new ones get a "FYLL I"/"FILL IN" placeholder that `npm run validate` rejects.
 *
 * `npm run release -- <version> [--date YYYY-MM-DD] [--status utkast|fastställd]`: the same, then records the release:
 * writes content/release-lock.yaml (one hash per ID) and sets version, date and status in content/standard.yaml.
 *
 * `npm run release -- --snapshot <version> [--commit <sha>]`: writes only content/snapshots/<version>.json, from the
 * content as it is, or as it was at a git commit (e.g. 0.1.0 from bcc9c9b). `--publish` writes the snapshot too.
 *
 * All take --root DIR (default: the current folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { loadStandard, lockFile } from '../src/lib/content/load-standard.ts';
import { hashAll, normativeItems } from '../src/lib/releases/normative.ts';
import { checklistItemHashes } from '../src/lib/releases/checklist-lock.ts';
import { draftRelease, lockYaml, planRelease, releaseYaml, today } from '../src/lib/releases/release-note.ts';
import { compareVersions } from '../src/lib/releases/semver.ts';
import { snapshotFile, snapshotJson, snapshotOf } from '../src/lib/model/snapshot.ts';
import { languages } from '../src/schemas/common.ts';
import { releaseSchema, version as versionSchema } from '../src/schemas/release.ts';
import { standardSchema } from '../src/schemas/standard.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { root: { type: 'string' }, publish: { type: 'boolean' }, date: { type: 'string' }, status: { type: 'string' }, snapshot: { type: 'string' }, commit: { type: 'string' } },
});
const root = values.root ?? process.cwd();
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

/** Writes the snapshot of the content in `from` (a checkout) as content/snapshots/<version>.json under root. */
function writeSnapshot(from: string, version: string) {
	const { standard: loaded, problems: found } = loadStandard(from);
	const snapshot = snapshotOf(loaded);
	if (found.some((p) => !p.file.startsWith('content/releases/') && !p.file.startsWith('content/snapshots/') && p.file !== lockFile)) fail(`The content of ${version} has problems; run \`npm run validate\` there.`);
	if (snapshot.version !== version) fail(`content/standard.yaml says ${snapshot.version}, not ${version}`);
	mkdirSync(join(root, 'content/snapshots'), { recursive: true });
	writeFileSync(join(root, snapshotFile(version)), snapshotJson(snapshot));
	console.log(`Wrote ${snapshotFile(version)}: ${Object.keys(snapshot.sv.requirements).length} requirements, ${Object.keys(snapshot.sv.checklists).length} checklists.`);
}

if (values.snapshot !== undefined) {
	if (!versionSchema.safeParse(values.snapshot).success) fail(`"${values.snapshot}" is not a version such as 0.1.0`);
	if (values.commit === undefined) writeSnapshot(root, values.snapshot);
	else {
		const dir = mkdtempSync(join(tmpdir(), 'smf-snapshot-'));
		try {
			const tar = execFileSync('git', ['-C', root, 'archive', values.commit, 'content']);
			execFileSync('tar', ['-x', '-C', dir], { input: tar });
			writeSnapshot(dir, values.snapshot);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	process.exit(0);
}

const version = positionals[0] ?? fail('Give the version: npm run release-note -- 0.2.0');
if (!versionSchema.safeParse(version).success) fail(`"${version}" is not a version such as 0.2.0`);
const status = values.status === undefined ? undefined : standardSchema.shape.status.safeParse(values.status).data ?? fail('--status must be utkast or fastställd');
if (values.date !== undefined && !standardSchema.shape.date.safeParse(values.date).success) fail('--date must be YYYY-MM-DD');

const { standard, problems } = loadStandard(root);
// The notes and the lock are what this script writes: their own problems do not stop it.
const broken = problems.filter((p) => !p.file.startsWith('content/releases/') && p.file !== lockFile);
if (broken.length > 0) fail(`Fix the content first (\`npm run validate\` lists ${broken.length} problem${broken.length === 1 ? '' : 's'}).`);

const notePath = (lang: string) => join(root, 'content/releases', lang, `${version}.yaml`);
const readNote = (lang: string) => (existsSync(notePath(lang)) ? releaseSchema.safeParse(parse(readFileSync(notePath(lang), 'utf8'))).data : undefined);
const earlier = standard.entries.releases.sv.filter((e) => compareVersions(e.data.version, version) < 0).length;

let plan;
try {
	plan = planRelease(standard, version, earlier);
} catch (e) {
	fail((e as Error).message);
}
const date = values.date ?? (values.publish ? today() : undefined);
for (const lang of languages) {
	const note = draftRelease(standard, plan!, { version, lang, date, status, existing: readNote(lang) });
	mkdirSync(dirname(notePath(lang)), { recursive: true });
	writeFileSync(notePath(lang), releaseYaml(note));
	console.log(`Wrote content/releases/${lang}/${version}.yaml: ${note.added.length} added, ${note.changed.length} changed, ${note.removed.length} removed.`);
}

if (values.publish) {
	const note = readNote('sv')!;
	writeFileSync(join(root, lockFile), lockYaml({ version, hashes: hashAll(normativeItems(standard)), checklistItems: checklistItemHashes(standard) }));
	const metaPath = join(root, 'content/standard.yaml');
	const meta = parseDocument(readFileSync(metaPath, 'utf8'));
	meta.set('version', version);
	meta.set('status', note.status);
	meta.set('date', note.date);
	writeFileSync(metaPath, String(meta));
	writeSnapshot(root, version);
	// The project's own version follows the standard's, so `npm test` and the lockfile name the release they test.
	// package-lock.json names it twice: at its top and as the root package "".
	for (const [file, times] of [['package.json', 1], ['package-lock.json', 2]] as const) {
		const path = join(root, file);
		if (!existsSync(path)) continue;
		let seen = 0;
		const text = readFileSync(path, 'utf8').replace(/"version": "[^"]*"/g, (field) => (seen++ < times ? `"version": "${version}"` : field));
		writeFileSync(path, text);
	}
	console.log(`Recorded release ${version} (${note.date}, ${note.status}) in ${lockFile}, content/standard.yaml and package.json.`);
}
console.log('Now fill in any "FYLL I"/"FILL IN" placeholders and run `npm run validate`.');
