// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { buildSidebar } from './src/lib/sidebar.ts';
import { standardOnce } from './src/lib/standard-once.ts';
import { validatorIntegration } from './src/integrations/validator.ts';

// Read once per process: the validator integration and the route middleware (src/route-data.ts) reuse it.
const { standard } = standardOnce(process.cwd());

// SITE_URL and SITE_BASE let a deployment (e.g. GitHub Pages at /<repo>/) set where the site lives.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://mikrofinansstandard.se',
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
	// src/content links to content/; without this, MDX pages lose Starlight's asides and heading anchors.
	vite: { resolve: { preserveSymlinks: true } },
	integrations: [
		// Prints the validator's messages (file, field, hint) in `astro dev` and `astro build`; a build stops on any.
		validatorIntegration(),
		starlight({
			title: { sv: 'Svensk mikrofinansstandard', en: 'Swedish Microfinance Standard' },
			description: 'En kvalitetsstandard för mikrofinans i partnerskap mellan bank, offentlig aktör, social organisation och entreprenör.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Svenska', lang: 'sv' },
				en: { label: 'English', lang: 'en' },
			},
			favicon: '/favicon.svg',
			sidebar: buildSidebar(standard),
			customCss: ['./src/styles/site.css', './src/styles/living.css'],
			// Every page shows the standard's version in the footer; src/route-data.ts sets each page's edit link and
			// "last changed" date from the content file it is built from.
			components: { Footer: './src/components/Footer.astro' },
			routeMiddleware: './src/route-data.ts',
		}),
		mdx(),
	],
});
