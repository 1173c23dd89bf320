/**
 * `npm run new -- step` in a copy of the project: it writes a Swedish and an English step with the next free ID and a
 * release note entry, all with placeholders; validation fails on every placeholder, and passes once they are filled in.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { loadStandard } from '../../src/lib/content/load-standard.ts';
import { copyProject, repoRoot } from '../support/fixtures.ts';

const root = copyProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args, '--root', root], { cwd: root, encoding: 'utf8' });

/** Rewrites the YAML (frontmatter) of a file and replaces its body. */
function fill(file: string, change: (data: any) => void, body?: string) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const { yaml } = body === undefined ? { yaml: text } : splitFrontmatter(text);
	const data = parse(yaml!);
	change(data);
	writeFileSync(path, body === undefined ? stringify(data) : `---\n${stringify(data)}---\n\n${body}\n`);
}

describe('npm run new', () => {
	const { standard } = loadStandard(repoRoot);
	const highest = Math.max(...standard.entries.steps.sv.map((s) => Number(s.data.id.slice(1))));
	const id = `S${String(highest + 1).padStart(2, '0')}`;

	it('creates a step with the next free ID that fails validation until it is filled in', () => {
		const result = node('new.ts', 'step', '--slug', 'test');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(`Created content/steps/sv/${id.toLowerCase()}-test.md`);
		const validate = node('validate.ts', '--quiet');
		expect(validate.status).toBe(1);
		expect(validate.stderr).toContain(`content/steps/sv/${id.toLowerCase()}-test.md: owner: is not filled in yet`);
		expect(validate.stderr).toContain(`content/steps/en/${id.toLowerCase()}-test.md: requirements[${id}.1].level: is not filled in yet`);
		expect(validate.stderr).toMatch(/content\/releases\/sv\/[\d.]+\.yaml: added\[S\d+\]\.why: is not filled in yet/);
	});

	it('passes validation once every field is filled in', () => {
		const phase = standard.entries.phases.sv[0].data.id;
		const order = Math.max(0, ...standard.entries.steps.sv.filter((s) => s.data.phase === phase).map((s) => s.data.order)) + 1;
		for (const lang of ['sv', 'en'] as const) {
			const sv = lang === 'sv';
			fill(`content/steps/${lang}/${id.toLowerCase()}-test.md`, (d) => {
				Object.assign(d, {
					phase,
					order,
					title: sv ? 'Ett nytt steg' : 'A new step',
					summary: sv ? 'Här gör vi något nytt.' : 'Here we do something new.',
					owner: 'bank',
					value: sv ? 'Det ger en bättre start.' : 'It gives a better start.',
					accessibility: ['TI01'],
					principles: ['P01'],
					sources: ['sus-handbog'],
				});
				Object.assign(d.requirements[0], { level: 'bör', text: sv ? 'Banken gör något nytt.' : 'The bank does something new.', verify: sv ? 'Fråga banken.' : 'Ask the bank.', sources: ['sus-handbog'] });
			}, sv ? 'Så går steget till.' : 'This is how the step is done.');
		}
		// The note of the next version: a new one, or the note already in preparation, that lists the new step.
		const notes = readdirSync(join(root, 'content/releases/sv')).filter((f) => readFileSync(join(root, 'content/releases/sv', f), 'utf8').includes(`- id: ${id}\n`));
		expect(notes).toHaveLength(1);
		const unfilled = /FYLL I|FILL IN/;
		for (const lang of ['sv', 'en'] as const) {
			fill(`content/releases/${lang}/${notes[0]}`, (d) => {
				if (unfilled.test(d.summary)) d.summary = lang === 'sv' ? 'Ett nytt steg.' : 'A new step.';
				for (const item of d.added) if (unfilled.test(item.why)) item.why = lang === 'sv' ? 'Steget behövs.' : 'The step is needed.';
			});
		}
		const validate = node('validate.ts', '--quiet');
		expect(validate.stderr).toBe('');
		expect(validate.status).toBe(0);
	});

	it('refuses a role ID that is already used, and an accessibility item without an area', () => {
		expect(node('new.ts', 'role', '--id', 'bank').stderr).toContain('"bank" is or was already used');
		expect(node('new.ts', 'accessibility').stderr).toContain('give the area: --area fysisk|informativ|kommunikativ|verksamhet');
	});
});
