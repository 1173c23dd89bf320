/**
 * The answers a self-assessment can give a requirement. The IDs are the same in both languages; labels live in
 * content/i18n. A module without zod, so the self-assessment page's script can import it (schemas/conformance.ts
 * re-exports it).
 */
export const assessmentStatuses = ['uppfyllt', 'delvis', 'ej-uppfyllt', 'ej-tillampligt'] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];
