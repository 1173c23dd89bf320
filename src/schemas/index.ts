/** All content schemas of the standard, for the Astro config, scripts and tests. */
export * from './common.ts';
export * from './accessibility.ts';
export * from './checklist.ts';
export * from './glossary.ts';
export * from './phase.ts';
export * from './principle.ts';
export * from './role.ts';
export * from './source.ts';
export * from './standard.ts';
export * from './step.ts';
export * from './collections.ts';
