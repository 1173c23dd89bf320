/** Semantic versions of the standard ("MAJOR.MINOR.PATCH"): comparing them and bumping them by a change class. */

/** How big a change is, and which part of the version it bumps. */
export type ChangeClass = 'major' | 'minor' | 'patch';

/** The change classes from the smallest to the largest. */
export const changeClasses: readonly ChangeClass[] = ['patch', 'minor', 'major'];

const parts = (version: string) => version.split('.').map(Number);

/** Negative when `a` comes before `b`, positive when after, 0 when equal; for sorting. */
export function compareVersions(a: string, b: string): number {
	const [x, y] = [parts(a), parts(b)];
	return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The next version after `version` for a change of the given class, e.g. ("0.1.3", "minor") → "0.2.0". While the
 * standard is a draft in 0.x, a major change bumps the minor part (SemVer §4: "anything may change" before 1.0.0, as
 * npm's and Cargo's caret ranges read it); 1.0.0 is the first adopted version, released on purpose, never by a bump.
 */
export function bumpVersion(version: string, change: ChangeClass): string {
	const [major, minor, patch] = parts(version);
	if (change === 'major') return major === 0 ? `0.${minor + 1}.0` : `${major + 1}.0.0`;
	if (change === 'minor') return `${major}.${minor + 1}.0`;
	return `${major}.${minor}.${patch + 1}`;
}

/** The larger of two change classes (undefined counts as no change). */
export function largerClass(a: ChangeClass | undefined, b: ChangeClass | undefined): ChangeClass | undefined {
	if (!a) return b;
	if (!b) return a;
	return changeClasses.indexOf(a) >= changeClasses.indexOf(b) ? a : b;
}
