/**
 * Reads the whole standard from content/ on disk, parses every file and checks it against its schema.
 * Used by the validator, the JSON export, the Astro config (sidebar) and the tests. Problems are collected, never thrown.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../../schemas/collections.ts';
import { languages, type Lang } from '../../schemas/common.ts';
import { releaseLockSchema, type ReleaseLock } from '../../schemas/release.ts';
import { standardSchema, type StandardMeta } from '../../schemas/standard.ts';
import { snapshotSchema, type Snapshot } from '../../schemas/snapshot.ts';
import type { Problem } from './problem.ts';
import { placeholderProblems } from './placeholders.ts';
import { problemsFromZod } from './zod-issues.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** One parsed, schema-valid content file. */
export interface Entry<T = any> {
	collection: CollectionName;
	lang: Lang;
	/** Path from the repository root, used in every message. */
	file: string;
	data: T;
	/** The Markdown body, for collections that have one. */
	body?: string;
	/** The line of the file on which the body starts (1-based), to report body problems at the file's own line. */
	bodyLine?: number;
}

/** A Starlight page of content/docs: its file and its Markdown/MDX body. */
export interface DocPage {
	file: string;
	lang: Lang;
	body: string;
	bodyLine: number;
	/** Its frontmatter (title, description, hero …), when it parses; Starlight writes some of it unescaped. */
	data?: unknown;
}

/** The standard as read from disk: every valid entry by collection and language. */
export interface Standard {
	meta: StandardMeta | undefined;
	/** What the last release recorded (content/release-lock.yaml); undefined before the first release. */
	lock: ReleaseLock | undefined;
	entries: Record<CollectionName, Record<Lang, Entry[]>>;
	/** Starlight pages (content/docs) by language, as paths relative to the language folder. */
	docs: Record<Lang, string[]>;
	/** The bodies of those pages, for the rules that check what a body may contain. */
	docPages?: DocPage[];
	/** Starlight UI strings (content/i18n/<lang>.json) by language. */
	ui: Record<Lang, Record<string, string> | undefined>;
	/** Every file that was read, valid or not (for rules that look at files). */
	files: string[];
	/**
	 * Entries that failed their schema, with their raw data. Their schema problems are already reported; rules still
	 * check their references and count their IDs as existing, so one broken field does not hide other problems or
	 * cause a cascade of "does not exist" messages elsewhere.
	 */
	invalid: Entry[];
	/** What each released version said (content/snapshots/<version>.json), by version; schema-valid ones only. */
	snapshots?: Record<string, Snapshot>;
}

export interface LoadResult {
	standard: Standard;
	problems: Problem[];
}

/** Every file below `dir` (absolute paths, sorted); none when the folder does not exist. */
export function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? listFiles(path) : [path];
		});
}

/** A content file that cannot be read as text: its bytes are not UTF-8. */
export class EncodingError extends Error {}

/**
 * Reads a content file as text, the one way every reader of content/ does: UTF-8 only (other bytes throw an
 * EncodingError instead of turning into U+FFFD), a leading byte order mark dropped (as Astro does) and CRLF or CR line
 * endings turned into LF, so neither the open data nor line numbers depend on the editor that saved the file.
 */
export function readText(path: string): string {
	const bytes = readFileSync(path);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
		throw new EncodingError(`is not UTF-8 text (line ${line} has a byte that UTF-8 does not allow)`);
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Reads a content file with readText, reporting a file that is not UTF-8 as a problem. */
function readContent(root: string, path: string, problems: Problem[]): string | undefined {
	try {
		return readText(path);
	} catch (e) {
		if (!(e instanceof EncodingError)) throw e;
		problems.push({ file: relative(root, path), field: '(file)', message: e.message, hint: 'save the file as UTF-8 in your editor (Å, Ä and Ö then work everywhere)' });
		return undefined;
	}
}

/**
 * Parses YAML text, turning a syntax error into a problem with line and column. js-yaml is the parser Astro itself
 * uses (so the validator and the site read a file alike) and the fastest here (about 8× eemeli/yaml on 400 steps). The
 * core schema keeps dates as text, as YAML 1.2 does; a key given twice is an error.
 */
export function parseYaml(text: string, file: string, firstLine = 1): { data?: unknown; problems: Problem[] } {
	try {
		return { data: load(text, { schema: CORE_SCHEMA, filename: file }), problems: [] };
	} catch (e) {
		if (!(e instanceof YAMLException)) throw e;
		const yamlLine = (e.mark?.line ?? 0) + 1;
		const col = (e.mark?.column ?? 0) + 1;
		// Name the field on (or just above) the broken line when there is one, e.g. "owner (line 7, column 8)".
		const lines = text.split(/\r?\n/);
		// An unclosed [ or { is found on a later line: name the line that opened it.
		const opened = /flow (collection|sequence|mapping)/i.test(e.reason ?? '') ? lines.slice(0, yamlLine).findLastIndex((l) => (l.match(/[[{]/g) ?? []).length > (l.match(/[\]}]/g) ?? []).length) : -1;
		const at = opened >= 0 ? opened + 1 : yamlLine;
		const key = [lines[at - 1], lines[at - 2]]
			.map((l) => /^\s*(?:-\s*)?([\w-]+)\s*:/.exec(l ?? '')?.[1])
			.find(Boolean);
		return {
			problems: [
				{
					file,
					field: `${key ? `${key} ` : ''}(line ${at + firstLine - 1}, column ${opened >= 0 ? 1 : col})`,
					message: `broken YAML: ${e.reason}`,
					hint: 'check the indentation and quote values that contain ": " or start with a special character',
				},
			],
		};
	}
}

/** The entry's ID and its requirement IDs, read line by line from YAML that does not parse (undefined without an id). */
function salvageIds(yamlText: string): Record<string, unknown> | undefined {
	const id = /^id:\s*["']?([^\s"'#]+)/m.exec(yamlText)?.[1];
	if (!id) return undefined;
	const requirements = [...yamlText.matchAll(/^\s+-\s+id:\s*["']?(S\d{2}\.\d{1,2})/gm)].map((m) => ({ id: m[1] }));
	return { id, requirements };
}

function readEntry(root: string, path: string, collection: CollectionName, lang: Lang, problems: Problem[], invalid: Entry[]): Entry | undefined {
	const def = collections[collection];
	const file = relative(root, path);
	const source = readContent(root, path, problems);
	if (source === undefined) {
		// Not UTF-8: its IDs still read as ASCII, so the rules count them as existing (one message, no cascade).
		const ids = salvageIds(new TextDecoder('utf-8').decode(readFileSync(path)));
		if (ids) invalid.push({ collection, lang, file, data: ids });
		return undefined;
	}
	let yamlText: string | undefined = source;
	let firstLine = 1;
	let body: string | undefined;
	let bodyLine: number | undefined;
	if (def.hasBody) {
		const split = splitFrontmatter(source);
		if (split.yaml === undefined) {
			problems.push({ file, field: '(file)', message: 'has no frontmatter', hint: 'start the file with a line "---", the YAML fields, and another "---"' });
			const ids = salvageIds(source);
			if (ids) invalid.push({ collection, lang, file, data: ids });
			return undefined;
		}
		yamlText = split.yaml;
		firstLine = split.yamlLine;
		body = split.body;
		bodyLine = source.slice(0, source.length - body.length).split('\n').length;
	}
	const parsed = parseYaml(yamlText, file, firstLine);
	problems.push(...parsed.problems);
	if (parsed.problems.length > 0) {
		// The IDs are still in the file: rules count them as existing, so broken YAML gives one message, not a cascade.
		const ids = salvageIds(yamlText);
		if (ids) invalid.push({ collection, lang, file, data: ids, body });
		return undefined;
	}
	const data = parsed.data ?? {};
	const unfilled = placeholderProblems(file, data, body);
	problems.push(...unfilled);
	if (unfilled.length > 0) {
		if (data && typeof data === 'object' && typeof (data as any)[def.idField ?? 'id'] === 'string') invalid.push({ collection, lang, file, data, body, bodyLine });
		return undefined;
	}
	const result = def.schema.safeParse(data);
	if (!result.success) {
		problems.push(...problemsFromZod(file, result.error, data, def.schema));
		if (data && typeof data === 'object' && typeof (data as any)[def.idField ?? 'id'] === 'string') invalid.push({ collection, lang, file, data, body, bodyLine });
		return undefined;
	}
	return { collection, lang, file, data: result.data, body, bodyLine };
}

/** Where `npm run release` writes the release lock, from the repository root. */
export const lockFile = 'content/release-lock.yaml';

/**
 * Reads one YAML file that is not part of a collection (standard.yaml, the release lock) and checks it against its
 * schema. A missing file is a problem only when `missingHint` says how to create it.
 */
function readSingle<T>(root: string, file: string, schema: z.ZodType<T>, problems: Problem[], missingHint?: string): T | undefined {
	const path = join(root, file);
	if (!existsSync(path)) {
		if (missingHint) problems.push({ file, field: '(file)', message: 'is missing', hint: missingHint });
		return undefined;
	}
	const text = readContent(root, path, problems);
	if (text === undefined) return undefined;
	const parsed = parseYaml(text, file);
	problems.push(...parsed.problems);
	if (parsed.problems.length > 0) return undefined;
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	problems.push(...problemsFromZod(file, result.error, parsed.data, schema));
	return undefined;
}

/** Reads content/ under `root` (the repository root). */
export function loadStandard(root = process.cwd()): LoadResult {
	const problems: Problem[] = [];
	const contentDir = join(root, 'content');
	const files: string[] = [];
	const invalid: Entry[] = [];
	const entries = {} as Standard['entries'];

	for (const name of collectionNames) {
		const def = collections[name];
		entries[name] = { sv: [], en: [] };
		for (const path of listFiles(join(contentDir, def.folder))) {
			const file = relative(root, path);
			files.push(file);
			const lang = relative(join(contentDir, def.folder), path).split(/[\\/]/)[0];
			if (!def.extensions.some((ext) => path.endsWith(ext))) {
				problems.push({ file, field: '(file)', message: `is not a ${def.extensions.join(' or ')} file`, hint: `rename it or move it out of content/${def.folder}` });
				continue;
			}
			if (!languages.includes(lang as Lang)) {
				problems.push({ file, field: '(file)', message: `is not in a language folder`, hint: `move it to content/${def.folder}/sv/ or content/${def.folder}/en/` });
				continue;
			}
			const entry = readEntry(root, path, name, lang as Lang, problems, invalid);
			if (entry) entries[name][lang as Lang].push(entry);
		}
	}

	const meta = readSingle(root, 'content/standard.yaml', standardSchema, problems, 'create it with version, status and date');
	const lock = readSingle(root, lockFile, releaseLockSchema, problems);

	const snapshots: Record<string, Snapshot> = {};
	for (const path of listFiles(join(contentDir, 'snapshots'))) {
		const file = relative(root, path);
		files.push(file);
		let data: unknown;
		try {
			data = JSON.parse(readFileSync(path, 'utf8'));
		} catch (e) {
			problems.push({ file, field: '(file)', message: `is not JSON: ${(e as Error).message}`, hint: 'write it again with `npm run release -- --snapshot <version>`' });
			continue;
		}
		const result = snapshotSchema.safeParse(data);
		const named = relative(join(contentDir, 'snapshots'), path).replace(/\.json$/, '');
		if (result.success && result.data.version !== named) problems.push({ file, field: 'version', message: `says version ${result.data.version}, but the file is named for ${named}`, hint: `rename the file to ${result.data.version}.json` });
		else if (result.success) snapshots[result.data.version] = result.data;
		else problems.push(...problemsFromZod(file, result.error, data, snapshotSchema));
	}

	const docs = { sv: [], en: [] } as Standard['docs'];
	const docPages: DocPage[] = [];
	const docsDir = join(contentDir, 'docs');
	for (const path of listFiles(docsDir)) {
		const rel = relative(docsDir, path);
		const file = relative(root, path);
		files.push(file);
		const lang: Lang = rel.startsWith('en/') ? 'en' : 'sv';
		docs[lang].push(lang === 'en' ? rel.slice(3) : rel);
		const source = /\.mdx?$/.test(path) ? readContent(root, path, problems) : undefined;
		if (source === undefined) continue;
		const { body, yaml } = splitFrontmatter(source);
		docPages.push({ file, lang, body, bodyLine: source.slice(0, source.length - body.length).split('\n').length, data: parseYaml(yaml ?? '', file).data });
	}

	const ui = { sv: undefined, en: undefined } as Standard['ui'];
	for (const lang of languages) {
		const path = join(contentDir, 'i18n', `${lang}.json`);
		if (!existsSync(path)) continue;
		try {
			const text = readContent(root, path, problems);
			if (text !== undefined) ui[lang] = JSON.parse(text);
		} catch (e) {
			problems.push({ file: relative(root, path), field: '(file)', message: `broken JSON: ${(e as Error).message}` });
		}
	}

	return { standard: { meta, lock, entries, docs, docPages, ui, files, invalid, snapshots }, problems };
}
