/**
 * The shapes of the standard's numbered IDs, as plain regular expressions: the schemas (common.ts) build their zod
 * checks from them, and kinds.ts tells IDs apart with them. No zod and no Node APIs, so pages and client code can use
 * them too. Numbers have two digits or more: S07, S99, S100 (no leading zero past two digits, so "S007" is not "S07").
 */

/** Two digits ("07", "99"), or more without a leading zero ("100"). */
const number = String.raw`(?:\d{2}|[1-9]\d{2,})`;

/** A principle ID: P03, P100. */
export const principlePattern = new RegExp(`^P${number}$`);
/** A step ID: S07, S100. */
export const stepPattern = new RegExp(`^S${number}$`);
/** A requirement ID: its step's ID, a dot and a number: S07.2, S100.10. */
export const requirementPattern = new RegExp(`^S${number}\\.[1-9]\\d*$`);
/** An accessibility item ID: T, the area letter and a number: TK02, TF100. */
export const accessibilityPattern = new RegExp(`^T[FIKV]${number}$`);
/** A checklist item's number within its checklist: "07", "100". */
export const itemNumberPattern = new RegExp(`^${number}$`);

/** The ID with a prefix and number `n`, padded to two digits: ("S", 7) → "S07", ("S", 100) → "S100". */
export const numberedId = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}`;

/** The ID as it is also written without its padding zero: "S07.2" → "S7.2", "P03" → "P3"; "S100.1" stays as it is. */
export const unpaddedId = (id: string) => id.replace(/^([A-Z]+)0(\d)/, '$1$2');
