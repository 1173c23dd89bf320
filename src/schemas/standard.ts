/** Version and status of the standard, defined once in content/standard.yaml. */
import { z } from 'astro/zod';

export const standardSchema = z
	.object({
		/** Semantic version of the standard, e.g. "0.1.0". */
		version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as "1.2.0"'),
		/** "utkast" (draft) or "fastställd" (adopted). */
		status: z.enum(['utkast', 'fastställd']),
		/** Date of this version, YYYY-MM-DD. */
		date: z.iso.date(),
		/** Repository where the standard is edited, for edit links. */
		repository: z.url({ protocol: /^https$/, error: 'must be an https:// URL, e.g. "https://github.com/owner/repo"' }).optional(),
		/** E-mail address for questions and problem reports, used by "Report a problem" when no repository is configured. */
		contact: z.email().optional(),
	})
	.strict();
export type StandardMeta = z.infer<typeof standardSchema>;
