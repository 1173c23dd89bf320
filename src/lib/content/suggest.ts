/** "Did you mean …?" suggestions for misspelt IDs, field names and enum values. */
import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate, if it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
	if (candidates.length === 0) return undefined;
	const best = closest(value, candidates as string[]);
	// Code IDs (P03, S07.2, TK02) differ by one character from many others: only a one-character slip is a likely typo.
	const limit = /^[A-Z]+\d/.test(value) ? 1 : Math.max(2, Math.floor(value.length / 3));
	return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** A hint such as `did you mean "bank"?`, or undefined when nothing is close. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
	const match = closestMatch(value, candidates);
	return match ? `did you mean "${match}"?` : undefined;
}
