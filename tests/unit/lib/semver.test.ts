import { describe, expect, it } from 'vitest';
import { bumpVersion, compareVersions, largerClass } from '../../../src/lib/releases/semver.ts';

describe('semver', () => {
	it('compares versions part by part, as numbers', () => {
		expect(['0.10.0', '0.2.0', '1.0.0', '0.2.1'].sort(compareVersions)).toEqual(['0.2.0', '0.2.1', '0.10.0', '1.0.0']);
	});

	it('bumps the part a change class names', () => {
		expect(bumpVersion('0.1.3', 'patch')).toBe('0.1.4');
		expect(bumpVersion('0.1.3', 'minor')).toBe('0.2.0');
		expect(bumpVersion('1.1.3', 'major')).toBe('2.0.0');
		expect(bumpVersion('1.1.3', 'minor')).toBe('1.2.0');
	});

	it('bumps the minor part for a major change while the standard is in 0.x', () => {
		expect(bumpVersion('0.1.3', 'major')).toBe('0.2.0');
	});

	it('picks the larger change class', () => {
		expect(largerClass('minor', 'major')).toBe('major');
		expect(largerClass(undefined, 'patch')).toBe('patch');
		expect(largerClass('minor', 'patch')).toBe('minor');
	});
});
