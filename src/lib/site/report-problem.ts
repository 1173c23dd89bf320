/**
 * "Report a problem with this page": a link that opens a new issue in the standard's repository with the page's title
 * and URL filled in, or, when no repository is configured, a mail to the contact address in content/standard.yaml.
 * Built at build time; every value is URL-encoded. Pure, so it is tested without a build.
 */
import type { Repository } from './source-links.ts';

export interface ProblemReport {
	/** The page's title, e.g. "S07 Andra mötet". */
	title: string;
	/** The page's absolute URL. */
	url: string;
	/** The issue title or mail subject, already in the page's language. */
	subject: string;
	/** The issue or mail text, already in the page's language. */
	body: string;
}

/** The URL that opens the report, or undefined when there is neither a repository nor a contact address. */
export function reportProblemUrl(report: ProblemReport, repo: Repository | undefined, contact: string | undefined): string | undefined {
	// encodeURIComponent (not URLSearchParams): mail clients read "+" in a mailto: as a plus sign, not a space.
	const query = (params: Record<string, string>) =>
		Object.entries(params)
			.map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
			.join('&');
	if (repo) return `${repo.url}/issues/new?${query({ title: report.subject, body: report.body })}`;
	if (contact) return `mailto:${contact}?${query({ subject: report.subject, body: report.body })}`;
	return undefined;
}
