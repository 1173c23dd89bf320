/**
 * Which roles a requirement applies to: the roles it falls on (`appliesTo`: its `roles`, or the step's owner) plus the
 * step's owner, who answers for every requirement of the step it owns. A tiny module of its own, so client scripts
 * can use it without pulling in the model.
 */
export const requirementRoles = (r: { appliesTo: string[]; step: { owner: string } }): string[] => [...new Set([r.step.owner, ...r.appliesTo])];
