/**
 * `npm run new -- <kind> [options]`: creates a new principle, role, step, accessibility item or glossary term in
 * Swedish and English, with the next free ID and every required field holding a "FYLL I"/"FILL IN" placeholder, and
 * lists the new IDs as added in the release note being prepared. `npm run validate` fails until every placeholder
 * is filled in.
 *
 *   npm run new -- step [--slug forsta-kontakten]
 *   npm run new -- principle [--slug individen-i-fokus]
 *   npm run new -- accessibility --area fysisk|informativ|kommunikativ|verksamhet
 *   npm run new -- role --id budget-och-skuldradgivning
 *   npm run new -- term --id etableringsbudget
 *
 * Option --root DIR (default: the current folder).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { nextVersion } from '../src/lib/releases/history.ts';
import { loadStandard } from '../src/lib/content/load-standard.ts';
import { addToNote } from '../src/lib/releases/release-note.ts';
import { newId, scaffoldFiles, scaffoldKinds, type ScaffoldKind } from '../src/lib/editor/scaffold.ts';
import type { AccessibilityArea } from '../src/schemas/accessibility.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { root: { type: 'string' }, id: { type: 'string' }, area: { type: 'string' }, slug: { type: 'string' } },
});
const root = values.root ?? process.cwd();
const kind = positionals[0] as ScaffoldKind;
if (!scaffoldKinds.includes(kind)) {
	console.error(`Say what to create: npm run new -- ${scaffoldKinds.join('|')}`);
	process.exit(1);
}

const { standard } = loadStandard(root);
const options = { id: values.id, area: values.area as AccessibilityArea | undefined, slug: values.slug };
let id: string;
try {
	id = newId(kind, standard, options);
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}

const files = scaffoldFiles(kind, id, standard, options);
for (const file of files) {
	if (existsSync(join(root, file.path))) {
		console.error(`${file.path} exists already; nothing was written.`);
		process.exit(1);
	}
}
for (const file of files) {
	mkdirSync(dirname(join(root, file.path)), { recursive: true });
	writeFileSync(join(root, file.path), file.text);
	console.log(`Created ${file.path}`);
}

// Glossary terms are not normative and have no place in the release notes; everything else is listed as added.
if (kind !== 'term') {
	const version = nextVersion(standard.entries.releases.sv.map((e) => e.data), standard.lock?.version);
	const newIds = kind === 'step' ? [id, `${id}.1`] : [id];
	for (const lang of ['sv', 'en'] as const) {
		const path = `content/releases/${lang}/${version}.yaml`;
		const existing = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), addToNote(existing, newIds, { version, lang, status: standard.meta?.status ?? 'utkast' }));
		console.log(`${existing === undefined ? 'Created' : 'Updated'} ${path} (${newIds.join(', ')} added)`);
	}
}
console.log(`\nNew ${kind} ${id}. Fill in every "FYLL I" (Swedish) and "FILL IN" (English) placeholder, then run \`npm run validate\`.`);
