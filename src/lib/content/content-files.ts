/** The text of every file under content/, to tell which files two versions of the standard differ in. */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from './load-standard.ts';

/** Every file under `<root>/content`, by path from the root (with "/" separators), with its text. */
export function readContentFiles(root: string): Map<string, string> {
	return new Map(listFiles(join(root, 'content')).map((path) => [relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8')]));
}

/** The paths that are in one map and not the other, or whose text differs, sorted. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
	return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}
