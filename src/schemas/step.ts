/**
 * A step of the process, with its owner, value statement, accessibility and requirements. Body (Markdown): how it is
 * done. `normative(…)` marks the fields the release lock hashes, with the class of a change to each.
 */
import { z } from 'astro/zod';
import { normative } from './fields.ts';
import {
	accessibilityId,
	level,
	phaseId,
	principleId,
	requirementId,
	roleId,
	sourceRefs,
	stepId,
	termId,
	text,
	weeks,
} from './common.ts';

/** A normative statement of a step, citable by its ID for years. */
export const requirementSchema = z
	.object({
		/** Stable ID, never reused: the step ID, a dot and a number, e.g. "S07.2". */
		id: requirementId,
		/** "ska" (must) or "bör" (should). */
		level: normative(level, 'level-change'),
		/** The requirement, one sentence an auditor can check. */
		text: normative(text, 'by-level'),
		/** How an auditor verifies that the requirement is met. */
		verify: normative(text, 'minor'),
		/** Roles the requirement falls on; leave out when it falls on the step's owner. */
		roles: z.array(roleId).optional(),
		/** Accessibility items the requirement puts into practice. */
		accessibility: normative(z.array(accessibilityId).optional(), 'minor'),
		/** Sources the requirement rests on. */
		sources: normative(sourceRefs, 'minor'),
		/**
		 * When a partnership may answer "ej tillämpligt" (not applicable) in a self-assessment, e.g. "when the
		 * partnership has no microfund". Leave out when the requirement always applies.
		 */
		notApplicableWhen: normative(text.optional(), 'minor', { addedLater: true }),
	})
	.strict();
export type Requirement = z.infer<typeof requirementSchema>;

export const stepSchema = z
	.object({
		/** Stable ID, never reused: S and a number of two digits or more, e.g. "S07". */
		id: stepId,
		/** The phase the step belongs to. */
		phase: normative(phaseId, 'minor'),
		/** Position of the step within its phase, from 1; no two steps of a phase share it. */
		order: z.number().int().min(1),
		/** Name of the step. */
		title: text,
		/** Plain-language summary a new reader understands (Swedish: LIX 40 or lower). */
		summary: text,
		/** The one role that owns the step and answers for it. */
		owner: normative(roleId, 'major'),
		/** Other roles that take part. */
		participants: normative(z.array(roleId).default([]), 'minor'),
		/** What the step gives the entrepreneur and the partnership. */
		value: text,
		/** When the step happens on the sources' week timeline. */
		weeks: normative(weeks.optional(), 'minor'),
		/** True for a screening gate: an assessment after which the partnership decides whether the entrepreneur goes on. */
		gate: z.boolean().optional(),
		/** Accessibility items that apply to the step; at least one. */
		accessibility: normative(z.array(accessibilityId).min(1, 'name at least one accessibility item'), 'minor'),
		/** Principles the step realises; at least one. */
		principles: normative(z.array(principleId).min(1, 'name at least one principle'), 'minor'),
		/** Glossary terms a reader of the step may need. */
		terms: z.array(termId).default([]),
		/** Sources the step rests on. */
		sources: normative(sourceRefs, 'minor'),
		/** The step's requirements; at least one. */
		requirements: z.array(requirementSchema).min(1, 'give the step at least one requirement'),
	})
	.strict();
export type Step = z.infer<typeof stepSchema>;
