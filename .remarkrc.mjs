/**
 * Content lint (`npm run lint`: remark over content/, .md and .mdx). Parses frontmatter, Starlight's `:::note`
 * directives and, in .mdx files only, MDX (a parse error fails the run); then the recommended and consistent presets
 * (bare URLs, unused definitions, undefined references, list and emphasis style, …) and the standard's own rules (headings, bare URLs, body content) in src/lint/.
 */
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import bodyContent from './src/lint/body-content.ts';
import headingLevels from './src/lint/heading-levels.ts';
import mdxOnlyInMdx from './src/lint/mdx-only-in-mdx.ts';
import noBareUrls from './src/lint/no-bare-urls.ts';

export default {
	plugins: [remarkFrontmatter, remarkDirective, mdxOnlyInMdx, remarkPresetLintRecommended, remarkPresetLintConsistent, headingLevels, noBareUrls, bodyContent],
};
