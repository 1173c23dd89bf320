/**
 * Reads the whole standard from content/ on disk, parses every file and checks it against its schema.
 * Used by the validator, the JSON export, the Astro config (sidebar) and the tests. Problems are collected, never thrown.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../schemas/collections.ts';
import { languages, type Lang } from '../schemas/common.ts';
import { releaseLockSchema, type ReleaseLock } from '../schemas/release.ts';
import { standardSchema, type StandardMeta } from '../schemas/standard.ts';
import type { Problem } from '../validation/problem.ts';
import { placeholderProblems } from '../validation/placeholders.ts';
import { problemsFromZod } from '../validation/zod-issues.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** One parsed, schema-valid content file. */
export interface Entry<T = any> {
	collection: CollectionName;
	lang: Lang;
	/** Path from the repository root, used in every message. */
	file: string;
	data: T;
	/** The Markdown/MDX body, for collections that have one. */
	body?: string;
}

/** The standard as read from disk: every valid entry by collection and language. */
export interface Standard {
	meta: StandardMeta | undefined;
	/** What the last release recorded (content/release-lock.yaml); undefined before the first release. */
	lock: ReleaseLock | undefined;
	entries: Record<CollectionName, Record<Lang, Entry[]>>;
	/** Starlight pages (content/docs) by language, as paths relative to the language folder. */
	docs: Record<Lang, string[]>;
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
		const line = yamlLine + firstLine - 1;
		const col = (e.mark?.column ?? 0) + 1;
		// Name the field on (or just above) the broken line when there is one, e.g. "owner (line 7, column 8)".
		const lines = text.split(/\r?\n/);
		const key = [lines[yamlLine - 1], lines[yamlLine - 2]]
			.map((l) => /^\s*(?:-\s*)?([\w-]+)\s*:/.exec(l ?? '')?.[1])
			.find(Boolean);
		return {
			problems: [
				{
					file,
					field: `${key ? `${key} ` : ''}(line ${line}, column ${col})`,
					message: `broken YAML: ${e.reason}`,
					hint: 'check the indentation and quote values that contain ": " or start with a special character',
				},
			],
		};
	}
}

function readEntry(root: string, path: string, collection: CollectionName, lang: Lang, problems: Problem[], invalid: Entry[]): Entry | undefined {
	const def = collections[collection];
	const file = relative(root, path);
	const source = readFileSync(path, 'utf8');
	let yamlText: string | undefined = source;
	let firstLine = 1;
	let body: string | undefined;
	if (def.hasBody) {
		const split = splitFrontmatter(source);
		if (split.yaml === undefined) {
			problems.push({ file, field: '(file)', message: 'has no frontmatter', hint: 'start the file with a line "---", the YAML fields, and another "---"' });
			return undefined;
		}
		yamlText = split.yaml;
		firstLine = split.yamlLine;
		body = split.body;
	}
	const parsed = parseYaml(yamlText, file, firstLine);
	problems.push(...parsed.problems);
	if (parsed.problems.length > 0) return undefined;
	const data = parsed.data ?? {};
	const unfilled = placeholderProblems(file, data, body);
	problems.push(...unfilled);
	if (unfilled.length > 0) return undefined;
	const result = def.schema.safeParse(data);
	if (!result.success) {
		problems.push(...problemsFromZod(file, result.error, data, def.schema));
		if (data && typeof data === 'object' && typeof (data as any)[def.idField ?? 'id'] === 'string') invalid.push({ collection, lang, file, data, body });
		return undefined;
	}
	return { collection, lang, file, data: result.data, body };
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
	const parsed = parseYaml(readFileSync(path, 'utf8'), file);
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

	const docs = { sv: [], en: [] } as Standard['docs'];
	const docsDir = join(contentDir, 'docs');
	for (const path of listFiles(docsDir)) {
		const rel = relative(docsDir, path);
		files.push(relative(root, path));
		if (rel.startsWith('en/')) docs.en.push(rel.slice(3));
		else docs.sv.push(rel);
	}

	const ui = { sv: undefined, en: undefined } as Standard['ui'];
	for (const lang of languages) {
		const path = join(contentDir, 'i18n', `${lang}.json`);
		if (!existsSync(path)) continue;
		try {
			ui[lang] = JSON.parse(readFileSync(path, 'utf8'));
		} catch (e) {
			problems.push({ file: relative(root, path), field: '(file)', message: `broken JSON: ${(e as Error).message}` });
		}
	}

	return { standard: { meta, lock, entries, docs, ui, files, invalid }, problems };
}
