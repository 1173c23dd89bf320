/**
 * Filtering of the requirement index (/krav/): which facets a requirement has, how a filter is read from and written
 * to the URL query string, and whether a requirement matches. Shared by the page (build time) and its client script,
 * so it imports only types and the pure requirementRoles.
 */
import type { Model, RequirementInContext } from './model.ts';
import { requirementRoles } from './requirement-roles.ts';
import type { Level } from '../../schemas/common.ts';

/** The filters and their URL query parameters, e.g. /krav/?niva=ska&fas=lan. */
export const filterParams = { level: 'niva', phase: 'fas', role: 'roll', area: 'omrade', text: 'q' } as const;
export type FilterKey = keyof typeof filterParams;
/** A filter: a value per filter key; a missing key does not filter. */
export type Filter = Partial<Record<FilterKey, string>>;

/** What a requirement can be filtered on. */
export interface Facets {
	/** The level as written in the URL ("ska" or "bor"). */
	level: string;
	/** The phase ID of the requirement's step. */
	phase: string;
	/** The roles the requirement applies to (requirement-roles.ts: its roles and the step's owner). */
	roles: string[];
	/** The accessibility areas of the items the requirement puts into practice. */
	areas: string[];
	/** Searchable text, lower case. */
	text: string;
}

/** A level as written in the URL: "ska" or "bor" (plain ASCII, so a shared link stays readable). */
export const levelParam = (level: Level): string => (level === 'bör' ? 'bor' : 'ska');

/** Lower case with runs of white space made single, for free-text matching. */
export const normalise = (text: string): string => text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** The facets of a requirement, computed at build time. */
export function facetsOf(r: RequirementInContext, model: Model): Facets {
	const areas = (r.accessibility ?? []).map((id) => model.accessibility.find((a) => a.id === id)?.area ?? '');
	return {
		level: levelParam(r.level),
		phase: r.phase.id,
		roles: requirementRoles(r),
		areas: [...new Set(areas)].filter(Boolean),
		text: normalise([r.id, r.text, r.step.id, r.step.title].join(' ')),
	};
}

/** Reads a filter from a query string ("?niva=ska&q=borgen"); unknown parameters and empty values are ignored. */
export function parseFilter(query: string): Filter {
	const params = new URLSearchParams(query);
	const filter: Filter = {};
	for (const [key, param] of Object.entries(filterParams) as [FilterKey, string][]) {
		const value = params.get(param)?.trim();
		if (value) filter[key] = value;
	}
	return filter;
}

/** Writes a filter as a query string with a leading "?", or "" when nothing is filtered. */
export function filterQuery(filter: Filter): string {
	const params = new URLSearchParams();
	for (const [key, param] of Object.entries(filterParams) as [FilterKey, string][]) {
		const value = filter[key]?.trim();
		if (value) params.set(param, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Does a requirement with these facets pass the filter? Free text matches when every word occurs. */
export function matches(facets: Facets, filter: Filter): boolean {
	if (filter.level && facets.level !== filter.level) return false;
	if (filter.phase && facets.phase !== filter.phase) return false;
	if (filter.role && !facets.roles.includes(filter.role)) return false;
	if (filter.area && !facets.areas.includes(filter.area)) return false;
	const words = filter.text ? normalise(filter.text).split(' ') : [];
	return words.every((word) => facets.text.includes(word));
}
