/**
 * The editor's view of validation: each broken edit of a real step makes both `npm run validate` and `npm run build`
 * fail, with a message that names the file and the field. Runs the real scripts in a throw-away copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadStandard } from '../../src/lib/content/load-standard.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { copyProject, edit, repoRoot } from '../support/fixtures.ts';

/** The Swedish step owned by the bank: a real file of the real standard. */
const { standard } = loadStandard(repoRoot);
const step = standard.entries.steps.sv.find((s) => s.data.owner === 'bank')!;

function editStep(root: string, change: (data: Record<string, any>) => void) {
	edit(root, step.file, (text) => {
		const { yaml, body } = splitFrontmatter(text);
		const data = parse(yaml!);
		change(data);
		return `---\n${stringify(data)}---\n${body}`;
	});
}

const run = (cwd: string, command: string, args: string[]) => spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

const cases: { name: string; breakIt: (root: string) => void; file: string; line: RegExp }[] = [
	{ name: 'no owner', breakIt: (r) => editStep(r, (d) => delete d.owner), file: step.file, line: /: owner: is missing/ },
	{ name: 'an owner that does not exist', breakIt: (r) => editStep(r, (d) => (d.owner = 'bnak')), file: step.file, line: /: owner: role "bnak" does not exist \(did you mean "bank"\?\)/ },
	{ name: 'no value statement', breakIt: (r) => editStep(r, (d) => delete d.value), file: step.file, line: /: value: is missing/ },
	{ name: 'an empty accessibility list', breakIt: (r) => editStep(r, (d) => (d.accessibility = [])), file: step.file, line: /: accessibility: .*at least one accessibility item/ },
	{ name: 'an accessibility item that does not exist', breakIt: (r) => editStep(r, (d) => (d.accessibility = ['TK99'])), file: step.file, line: /: accessibility: accessibility item "TK99" does not exist/ },
	{ name: 'a principle that does not exist', breakIt: (r) => editStep(r, (d) => (d.principles = ['P99'])), file: step.file, line: /: principles: principle "P99" does not exist/ },
	{ name: 'broken YAML', breakIt: (r) => edit(r, step.file, (t) => t.replace(/^owner: (.*)$/m, 'owner: $1: och kommunen')), file: step.file, line: /: owner \(line \d+, column \d+\): broken YAML/ },
	{
		name: 'two steps with the same ID',
		breakIt: (r) => writeFileSync(join(r, step.file.replace(/\.md$/, '-kopia.md')), readFileSync(join(r, step.file), 'utf8')),
		file: '', // either copy may be named, depending on file order
		line: new RegExp(`^content/steps/sv/.*: id: "${step.data.id}" is already used by content/steps/sv/`),
	},
	{
		name: 'deleting a role that a step still uses',
		breakIt: (r) => {
			for (const lang of ['sv', 'en'] as const) rmSync(join(r, standard.entries.roles[lang].find((e) => e.data.id === 'bank')!.file));
		},
		file: step.file,
		line: /: owner: role "bank" does not exist/,
	},
];

describe.each(cases)('a step with $name', ({ breakIt, file, line }) => {
	const root = copyProject();
	breakIt(root);

	it('fails `npm run validate`, naming the file and the field', () => {
		const result = run(root, 'npm', ['run', '--silent', 'validate']);
		expect(result.status).toBe(1);
		const lines = result.stderr.split('\n').filter((l) => l.startsWith(`${file}`));
		expect(lines.some((l) => line.test(l)), result.stderr).toBe(true);
		expect(result.stderr).toMatch(/\d+ problems? found/);
	});

	it('fails `npm run build` before a site is produced', () => {
		const result = run(root, 'npm', ['run', '--silent', 'build']);
		expect(result.status).not.toBe(0);
		expect(result.stderr.split('\n').some((l) => line.test(l))).toBe(true);
		expect(existsSync(join(root, 'dist'))).toBe(false);
	});
});

describe('the real standard', () => {
	it('passes `npm run validate` and prints the LIX figures', () => {
		const result = run(repoRoot, 'node', ['scripts/validate.ts']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^LIX of the Swedish summaries \(limit 40\): average \d+, highest \d+/);
		expect(result.stdout).toMatch(/The standard is consistent: .* checked in \d+ ms\./);
	});

	it('reports every problem in one run, with a count at the end', () => {
		const root = copyProject();
		editStep(root, (d) => {
			d.owner = 'bnak';
			d.principles = ['P99'];
			delete d.value;
		});
		const result = run(root, 'node', ['scripts/validate.ts', '--quiet']);
		const lines = result.stderr.trim().split('\n');
		expect(lines.filter((l) => l.startsWith(step.file)).map((l) => l.split(': ')[1])).toEqual(['value', 'owner', 'principles']);
		const problemLines = lines.filter((l) => l.startsWith('content/'));
		expect(lines.at(-1)).toMatch(new RegExp(`^${problemLines.length} problems found`));
	});
});
