/**
 * LIX (läsbarhetsindex), the Swedish readability index: words per sentence plus the share of long words
 * (more than six letters) in per cent. Below 30 is very easy, 30–40 easy, 40–50 medium, above 50 hard.
 */
export interface Lix {
	lix: number;
	words: number;
	sentences: number;
	longWords: number;
}

export function lix(text: string): Lix {
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
	const sentences = Math.max(1, (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length);
	const longWords = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
	const value = words.length === 0 ? 0 : words.length / sentences + (100 * longWords) / words.length;
	return { lix: Math.round(value), words: words.length, sentences, longWords };
}
