/** The text of every file under content/, to tell which files two versions of the standard differ in. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `<root>/content`, by path from the root (with "/" separators), with its text. */
export function readContentFiles(root: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (rel: string) => {
		for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
			const path = `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) files.set(path, readFileSync(join(root, path), 'utf8'));
		}
	};
	if (existsSync(join(root, 'content'))) walk('content');
	return files;
}

/** The paths that are in one map and not the other, or whose text differs, sorted. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
	return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}
