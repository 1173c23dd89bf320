// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { cspConfig } from './src/lib/site/csp.ts';
import { buildSidebar } from './src/lib/site/sidebar.ts';
import { standardOnce } from './src/lib/content/standard-once.ts';
import { validatorIntegration } from './src/integrations/validator.ts';
import { shortLinksIntegration } from './src/integrations/short-links.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { asideNotes } from './src/markdown/aside-notes.ts';

// Read once per process: the validator integration and the route middleware (src/route-data.ts) reuse it.
const { standard } = standardOnce(process.cwd());

// SITE_URL and SITE_BASE let a deployment (e.g. GitHub Pages at /<repo>/) set where the site lives.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://mikrofinansstandard.se',
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
	// A Content-Security-Policy <meta> on every page. Astro hashes every script and style it renders (Starlight's inline
	// theme script, the bundled page scripts, any <script> a new page adds), so only those run: a <script> or on…=
	// handler that got into a page some other way is blocked. Style attributes (the process map's layout) stay allowed;
	// Pagefind needs 'wasm-unsafe-eval' for its WebAssembly search. src/lib/site/csp.ts has the directives.
	security: { csp: cspConfig },
	// src/content links to content/; without this, MDX pages lose Starlight's asides and heading anchors.
	vite: { resolve: { preserveSymlinks: true } },
	// The standard has no code blocks: no Shiki (whose inline styles a strict CSP would block) and no Expressive Code.
	// Asides in content are notes, not landmarks (src/markdown/aside-notes.ts).
	markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [asideNotes] }) },
	integrations: [
		// Prints the validator's messages (file, field, hint) in `astro dev` and `astro build`; a build stops on any.
		validatorIntegration(),
		// The short URLs of requirements (/k/s07.2/): written after the build, before Starlight's Pagefind indexes them.
		shortLinksIntegration(),
		starlight({
			title: { sv: 'Svensk mikrofinansstandard', en: 'Swedish Microfinance Standard' },
			description: 'En kvalitetsstandard för mikrofinans i partnerskap mellan bank, offentlig aktör, social organisation och entreprenör.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Svenska', lang: 'sv' },
				en: { label: 'English', lang: 'en' },
			},
			favicon: '/favicon.svg',
			expressiveCode: false,
			sidebar: buildSidebar(standard),
			customCss: ['./src/styles/site.css', './src/styles/living.css'],
			// Every page shows the standard's version in the footer; src/route-data.ts sets each page's edit link and
			// "last changed" date from the content file it is built from.
			components: { Footer: './src/components/Footer.astro' },
			routeMiddleware: './src/route-data.ts',
			// Starlight's Markdown features (asides such as :::note, heading anchors) reach only its docs folder unless
			// told: the bodies of steps, principles and roles are Markdown too.
			markdown: { processedDirs: ['./content/steps/', './content/principles/', './content/roles/'] },
		}),
		mdx(),
		// Starlight's own sitemap settings. It lists the pages Astro built, so not the short URLs (they redirect).
		sitemap({ i18n: { defaultLocale: 'root', locales: { root: 'sv', en: 'en' } } }),
	],
});
