/**
 * Throw-away projects for `npm run bench -- --scale N`, in temp folders that share the installed packages (a
 * hard-linked node_modules: `astro` cannot build from a symlinked one with `preserveSymlinks`):
 * - `syntheticProject(n)`: a copy of this project whose standard has n steps × 10 requirements in both languages,
 *   made from the real steps (cycled), so every reference, twin and plain-language rule still holds;
 * - `stockProject(pages, root)`: a stock Starlight site (sv root + en) with as many full pages and redirect stubs as a
 *   built site has (`countPages`): Markdown pages with the words of the standard's step pages, and redirects in
 *   Astro's `redirects` config, which Astro builds as the same kind of tiny meta-refresh page as our short URLs
 *   (/k/s07.2/). Half of each in Swedish, half in English. Astro's redirects go through its page pipeline; our short
 *   URLs are written as files by src/integrations/short-links.ts, within `astro build` all the same.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadStandard, lockFile } from '../../src/lib/content/load-standard.ts';
import { hashAll, normativeItems } from '../../src/lib/releases/normative.ts';
import { lockYaml } from '../../src/lib/releases/release-note.ts';
import { modelFromStandard } from '../../src/lib/model/from-disk.ts';
import { t } from '../../src/lib/site/i18n.ts';
import type { Lang } from '../../src/schemas/common.ts';
import { numberedId } from '../../src/schemas/id-patterns.ts';
import type { PageCount } from './measure.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
const requirementsPerStep = 10;

function newProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(dir, 'node_modules')]);
	return dir;
}

export const removeProject = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A front-matter file split into its data and body. */
function readMdx(path: string): { data: any; body: string } {
	const [, yaml, body] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
	return { data: parse(yaml), body };
}

/** A copy of this project with n steps of 10 requirements each, in Swedish and English. */
export function syntheticProject(n: number): string {
	const dir = newProject('smf-bench-');
	for (const name of ['content', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(repoRoot, name), join(dir, name), { recursive: true, verbatimSymlinks: true });
	}
	// The synthetic steps belong to the first release: its note lists every step and requirement as added, and the
	// release lock is written again from them (below).
	const stepIds = Array.from({ length: n }, (_, i) => numberedId('S', i + 1));
	for (const lang of ['sv', 'en']) {
		const folder = join(dir, 'content/releases', lang);
		for (const name of readdirSync(folder)) {
			const note = parse(readFileSync(join(folder, name), 'utf8'));
			const why = note.added?.[0]?.why ?? 'Synthetic.';
			const others = (note.added ?? []).filter((a: { id: string }) => !/^S\d/.test(a.id));
			const steps = stepIds.flatMap((id) => [id, ...Array.from({ length: requirementsPerStep }, (_, j) => `${id}.${j + 1}`)]);
			note.added = [...others, ...steps.map((id) => ({ id, why }))];
			writeFileSync(join(folder, name), stringify(note, { lineWidth: 0 }));
		}
	}
	for (const lang of ['sv', 'en']) {
		const folder = join(dir, 'content/steps', lang);
		const names = readdirSync(folder).sort();
		const templates = names.map((name) => ({ name, ...readMdx(join(folder, name)) }));
		for (const name of names) rmSync(join(folder, name));
		const orders = new Map<string, number>();
		for (let k = 1; k <= n; k++) {
			const template = templates[(k - 1) % templates.length];
			const id = numberedId('S', k);
			const order = (orders.get(template.data.phase) ?? 0) + 1;
			orders.set(template.data.phase, order);
			const requirements = Array.from({ length: requirementsPerStep }, (_, j) => ({
				...template.data.requirements[j % template.data.requirements.length],
				id: `${id}.${j + 1}`,
			}));
			const data = { ...template.data, id, order, requirements };
			const file = template.name.replace(/^s\d+/, id.toLowerCase());
			writeFileSync(join(folder, file), `---\n${stringify(data, { lineWidth: 0 })}---\n${template.body}`);
		}
	}
	const { standard } = loadStandard(dir);
	writeFileSync(join(dir, lockFile), lockYaml({ version: standard.lock!.version, hashes: hashAll(normativeItems(standard)) }));
	return dir;
}

/**
 * The words of the standard's step pages as plain Starlight Markdown, per language: title, summary, value, the step's
 * Markdown body and each requirement under its own heading with its text and how it is verified. The stock site is
 * built from these, so that both sites publish the same words (Pagefind's cost grows with the words it indexes) and
 * the difference left is the cost of this project's pipeline.
 */
function stepPagesAsMarkdown(root: string): Record<Lang, string[]> {
	const { standard } = loadStandard(root);
	const pages = (lang: Lang) => {
		const bodies = new Map(standard.entries.steps[lang].map((e) => [e.data.id, e.body]));
		return modelFromStandard(standard, lang).steps.map((step) =>
			[
				`---\n${stringify({ title: `${step.id} ${step.title}`, description: step.summary })}---\n`,
				step.summary,
				`## ${t(lang, 'smf.field.value')}\n\n${step.value}`,
				bodies.get(step.id) ?? '',
				`## ${t(lang, 'smf.field.requirements')}`,
				...step.requirements.map((r) => `### ${r.id}\n\n${r.text}\n\n${t(lang, 'smf.field.verify')}: ${r.verify}`),
			].join('\n\n') + '\n',
		);
	};
	return { sv: pages('sv'), en: pages('en') };
}

/**
 * A stock Starlight site in Swedish (root) and English with as many full pages and redirect stubs as `pages`. Its
 * pages carry the step pages' words of the standard under `root` (stepPagesAsMarkdown), cycled when there are more
 * pages than steps; /p2/ carries the first step, the page the bench weighs a step page against.
 */
export function stockProject(pages: PageCount, root: string): string {
	const texts = stepPagesAsMarkdown(root);
	const pagesPerLang = Math.ceil(pages.full / 2);
	const stubsPerLang = Math.ceil(pages.stubs / 2);
	const redirects = Object.fromEntries(
		['', '/en'].flatMap((prefix) => Array.from({ length: stubsPerLang }, (_, i) => [`${prefix}/k/${i + 1}`, `${prefix}/p${(i % Math.max(pagesPerLang - 1, 1)) + 2}/`])),
	);
	const dir = newProject('smf-stock-');
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ redirects: ${JSON.stringify(redirects)}, integrations: [starlight({ title: 'Stock', defaultLocale: 'root', locales: { root: { label: 'Svenska', lang: 'sv' }, en: { label: 'English', lang: 'en' } } })] });\n`,
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	for (const lang of ['sv', 'en'] as const) {
		const folder = join(dir, 'src/content/docs', lang === 'sv' ? '' : 'en');
		mkdirSync(folder, { recursive: true });
		for (let i = 1; i <= pagesPerLang; i++) writeFileSync(join(folder, i === 1 ? 'index.md' : `p${i}.md`), texts[lang][(i - 2 + texts[lang].length) % texts[lang].length]);
	}
	return dir;
}
