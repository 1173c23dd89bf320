/**
 * Reading and writing a self-assessment (schemas/assessment.ts): the storage key, merging, the JSON and CSV files, the
 * share link, and how an assessment made on another version compares with the current requirements. Pure (the share
 * link uses the browser's CompressionStream, also in Node), for the client script and the tests.
 */
import { answerFields, answerKey, assessmentFields, assessmentFormat, type Assessment, type AssessmentAnswer } from '../../schemas/assessment-fields.ts';
import { checkObject, checkRecord } from './field-check.ts';
import { toCsv } from '../model/csv.ts';
import { mergeItems } from './state-store.ts';

/** The localStorage key of an assessment: by scope and by the standard's version. */
export const assessmentKey = (scope: string, version: string): string => `smf-sjalvvardering:${scope}:${version}`;

export const emptyAssessment = (scope: string, version: string, versionDate: string, now = new Date()): Assessment => ({
	format: assessmentFormat, version, versionDate, scope, organisation: '', saved: now.toISOString(), answers: {},
});

/** Merges two assessments of one scope answer by answer (the later change wins), and the organisation's name likewise. */
export function mergeAssessments(a: Assessment, b: Assessment): Assessment {
	const later = (b.organisationAt ?? '') > (a.organisationAt ?? '') ? b : a;
	return { ...a, organisation: later.organisation, organisationAt: later.organisationAt, saved: a.saved > b.saved ? a.saved : b.saved, answers: mergeItems(a.answers, b.answers) };
}

export type ParseResult = { ok: true; assessment: Assessment } | { ok: false; problem: 'json' | 'schema'; detail: string };

/** Parses a stored, exported or shared assessment; never throws. */
export function parseAssessment(text: string): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, problem: 'json', detail: (e as Error).message };
	}
	const { answers, ...rest } = (data ?? {}) as Record<string, unknown>;
	const problem = checkObject(assessmentFields, typeof data === 'object' && !Array.isArray(data) ? rest : data) ?? checkRecord(answerKey, answerFields, answers, 'answers');
	if (problem) return { ok: false, problem: 'schema', detail: problem };
	return { ok: true, assessment: data as Assessment };
}

export const assessmentToJson = (a: Assessment): string => JSON.stringify(a, null, 2) + '\n';

/** An answer with content (a status or any text), as opposed to one that was cleared. */
export const hasContent = (a: AssessmentAnswer | undefined): boolean => !!a && !!(a.status || a.reason || a.evidence || a.responsible || a.checked);

/** How many answers with content would an import replace (answers here that differ from the file's)? */
export function replacedCount(current: Assessment, incoming: Assessment): number {
	const same = (x: AssessmentAnswer, y: AssessmentAnswer | undefined) =>
		!!y && x.status === y.status && (x.reason ?? '') === (y.reason ?? '') && (x.evidence ?? '') === (y.evidence ?? '') && (x.responsible ?? '') === (y.responsible ?? '') && (x.checked ?? '') === (y.checked ?? '');
	return Object.entries(current.answers).filter(([id, a]) => hasContent(a) && !same(a, incoming.answers[id])).length;
}

/** A requirement as the current version states it. */
export interface CurrentRequirement {
	id: string;
	level: 'ska' | 'bör';
	text: string;
}

/** How saved answers relate to the current requirements of the scope. */
export interface VersionComparison {
	/** Answers whose requirement is unchanged (or whose text was not recorded). */
	kept: string[];
	/** Answers whose requirement changed level or text since: shown old beside new, to be re-assessed. */
	changed: { id: string; oldLevel?: string; oldText: string; level: string; text: string }[];
	/** Answers to requirements the current version does not have: kept, shown as from an earlier version. */
	removed: { id: string; oldText?: string }[];
	/** Requirements the assessment has no answer for, when it was made on another version. */
	added: string[];
}

/** What a released version said (the page fetches /sjalvvardering/versioner/<version>.json): texts by ID. */
export interface OldVersion {
	requirements: Record<string, { level: 'ska' | 'bör'; text: string }>;
	checklists?: Record<string, Record<string, string>>;
}

/** Gives answers that did not record their requirement's level and text those of the version they were made on. */
export function withOldTexts(a: Assessment, old: OldVersion): Assessment {
	const answers = Object.fromEntries(Object.entries(a.answers).map(([id, x]) => {
		const r = old.requirements[id];
		return [id, r ? { ...x, level: x.level ?? r.level, text: x.text ?? r.text } : x];
	}));
	return { ...a, answers };
}

/**
 * Compares saved answers with the current requirements. `old` (the snapshot of the assessment's version, when known)
 * makes "added" exact: requirements that version did not have; without it, every unanswered one counts.
 */
export function compareWithCurrent(a: Assessment, current: readonly CurrentRequirement[], currentVersion: string, old?: OldVersion): VersionComparison {
	const byId = new Map(current.map((r) => [r.id, r]));
	const out: VersionComparison = { kept: [], changed: [], removed: [], added: [] };
	for (const [id, answer] of Object.entries(a.answers)) {
		if (!hasContent(answer)) continue;
		const now = byId.get(id);
		if (!now) out.removed.push({ id, oldText: answer.text });
		else if ((answer.text !== undefined && answer.text !== now.text) || (answer.level !== undefined && answer.level !== now.level))
			out.changed.push({ id, oldLevel: answer.level, oldText: answer.text ?? '', level: now.level, text: now.text });
		else out.kept.push(id);
	}
	if (a.version !== currentVersion) out.added = current.filter((r) => (old ? !old.requirements[r.id] : !hasContent(a.answers[r.id]))).map((r) => r.id);
	return out;
}

/** Column headings (in the page's language) and the status labels. */
export interface AssessmentCsvWords {
	headers: [id: string, level: string, requirement: string, status: string, reason: string, evidence: string, responsible: string, checked: string];
	statuses: Record<string, string>;
}

/** The assessment as CSV for Swedish Excel (semicolons), one row per requirement in the order given. */
export function assessmentToCsv(a: Assessment, reqs: readonly CurrentRequirement[], words: AssessmentCsvWords): string {
	const rows = reqs.map((r) => {
		const x = a.answers[r.id];
		return [r.id, r.level, r.text, x?.status ? words.statuses[x.status] : '', x?.reason ?? '', x?.evidence ?? '', x?.responsible ?? '', x?.checked ?? ''];
	});
	return toCsv([words.headers, ...rows], ';');
}

const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

/** The fragment of a share link: the assessment as JSON, deflate-raw compressed, base64url ("#d=…"). */
export async function toFragment(a: Assessment): Promise<string> {
	const bytes = await pipe(new TextEncoder().encode(JSON.stringify(a)), new CompressionStream('deflate-raw'));
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return `d=${btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

/** Reads a share link's fragment back; a fragment that is not one gives a json or schema problem. */
export async function fromFragment(fragment: string): Promise<ParseResult> {
	const data = fragment.replace(/^#/, '').replace(/^d=/, '');
	try {
		return parseAssessment(new TextDecoder().decode(await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'))));
	} catch (e) {
		return { ok: false, problem: 'json', detail: (e as Error).message };
	}
}
