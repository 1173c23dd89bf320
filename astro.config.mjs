// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { loadStandard } from './src/lib/load-standard.ts';
import { buildSidebar } from './src/lib/sidebar.ts';

const { standard } = loadStandard(process.cwd());

// SITE_URL and SITE_BASE let a deployment (e.g. GitHub Pages at /<repo>/) set where the site lives.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://mikrofinansstandard.se',
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
	// src/content links to content/; without this, MDX pages lose Starlight's asides and heading anchors.
	vite: { resolve: { preserveSymlinks: true } },
	integrations: [
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
			customCss: ['./src/styles/site.css'],
		}),
		mdx(),
	],
});
