/**
 * The self-assessment (/sjalvvardering/) in a real Chromium: answers survive a reload and merge across tabs, an import
 * asks and can be undone, unreadable storage is kept and offered for download, an export from an earlier version keeps
 * unchanged answers and lists the rest, the share link round-trips, the verdict follows the rule, the report prints,
 * and axe finds nothing in any of these states.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assessmentKey, parseAssessment } from '../../src/lib/state/assessment-io.ts';
import { unreadableKey } from '../../src/lib/state/state-store.ts';
import { t } from '../../src/lib/site/i18n.ts';
import { requirements } from '../../src/lib/model/model.ts';
import { scopeRequirements } from '../../src/lib/model/scope.ts';
import { pageUrl } from '../../src/lib/site/urls.ts';
import type { Assessment } from '../../src/schemas/assessment-fields.ts';
import { repoRoot } from '../support/fixtures.ts';
import { model, standard, useSite } from '../support/site.ts';

const site = useSite();
const sv = model('sv');
const version = sv.meta.version;
const path = pageUrl('sv', 'assessment');
/** A small role (with at least three requirements), so that answering every requirement stays quick. */
const role = [...sv.roles].filter((r) => scopeRequirements(sv, r.id).length >= 3).sort((a, b) => scopeRequirements(sv, a.id).length - scopeRequirements(sv, b.id).length)[0].id;
const roleReqs = scopeRequirements(sv, role);
const firstSka = roleReqs.find((r) => r.level === 'ska')!;
const radio = (id: string, status: string) => `#svar-${id.replace('.', '-')}-${status}`;
const field = (id: string, name: string) => `#svar-${id.replace('.', '-')}-${name}`;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function ready(page: Page, url = `${path}?omfattning=${role}`) {
	await page.goto(site.url(url));
	await page.waitForSelector('[data-assessment][data-ready]');
	return page;
}
const open = async (url?: string) => ready(await site.page(), url);
const stored = (page: Page, scope = role) => page.evaluate((key) => localStorage.getItem(key), assessmentKey(scope, version));
async function axe(page: Page, state: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
		const { violations } = await new AxeBuilder({ page: page as never }).withTags(tags).analyze();
		expect(violations.map((v) => `${state}, ${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	}
}
async function answerAll(page: Page, status = 'uppfyllt') {
	for (const r of roleReqs) await page.check(radio(r.id, status));
}

describe('the self-assessment page', () => {
	it('lists every requirement by phase without JavaScript, and says what needs it', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(site.url(path));
		expect(await page.$$eval('[data-req]', (els) => els.map((e) => (e as HTMLElement).dataset.req))).toEqual(requirements(sv).map((r) => r.id));
		expect(await page.isVisible('[data-nojs]')).toBe(true);
		expect(await page.textContent('[data-nojs]')).toBe(t('sv', 'smf.assess.needsJs'));
		expect(await page.isVisible('fieldset')).toBe(false);
	});

	it('offers "ej tillämpligt", with a reason, only where the requirement says when it does not apply', async () => {
		const page = await open(path);
		for (const r of requirements(sv)) {
			const offered = (await page.$(radio(r.id, 'ej-tillampligt'))) !== null;
			expect(offered, r.id).toBe(r.notApplicableWhen !== undefined);
			expect((await page.$(field(r.id, 'reason'))) !== null, r.id).toBe(r.notApplicableWhen !== undefined);
		}
	});

	it('shows the scope’s requirements, keeps answers across a reload, and the verdict flips on one ska', async () => {
		const page = await open();
		expect(await page.$$eval('[data-req]:not([hidden])', (els) => els.map((e) => (e as HTMLElement).dataset.req))).toEqual(roleReqs.map((r) => r.id));
		await axe(page, 'empty');
		await answerAll(page);
		await page.fill('[data-org]', 'Testkommunens partnerskap');
		await page.fill(field(firstSka.id, 'evidence'), '=Policy, s. 4');
		await page.fill(field(firstSka.id, 'responsible'), 'Anna Andersson');
		await page.fill(field(firstSka.id, 'checked'), '2026-11-30');
		expect(await page.textContent('[data-verdict]')).toBe(t('sv', 'smf.assess.verdictYes'));
		await page.reload();
		await page.waitForSelector('[data-assessment][data-ready]');
		expect(await page.isChecked(radio(firstSka.id, 'uppfyllt'))).toBe(true);
		expect(await page.inputValue(field(firstSka.id, 'evidence'))).toBe('=Policy, s. 4');
		expect(await page.inputValue('[data-org]')).toBe('Testkommunens partnerskap');
		expect(await page.textContent('[data-verdict]')).toBe(t('sv', 'smf.assess.verdictYes'));
		await axe(page, 'conforms');
		const started = await page.evaluate(() => performance.now());
		await page.check(radio(firstSka.id, 'ej-uppfyllt'));
		const ms = (await page.evaluate(() => performance.now())) - started;
		expect(await page.textContent('[data-verdict]')).toBe(t('sv', 'smf.assess.verdictNo'));
		expect(await page.textContent('[data-missing]')).toContain(firstSka.id);
		expect(ms).toBeLessThan(500);
		const rows = await page.$$eval('[data-table] tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
		expect(rows.length).toBeGreaterThan(0);
		expect(await page.$$eval('[data-chart] rect', (r) => r.length)).toBeGreaterThan(0);
		await axe(page, 'does not conform');
	});

	it('merges two tabs editing different requirements, and a third tab sees both', async () => {
		const a = await open();
		const b = await ready(await a.context().newPage());
		const [r1, r2] = roleReqs;
		await a.check(radio(r1.id, 'uppfyllt'));
		await b.check(radio(r2.id, 'delvis'));
		await a.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).checked, radio(r2.id, 'delvis'));
		await a.fill(field(r1.id, 'evidence'), 'Från flik A');
		const c = await ready(await a.context().newPage());
		expect(await c.isChecked(radio(r1.id, 'uppfyllt'))).toBe(true);
		expect(await c.isChecked(radio(r2.id, 'delvis'))).toBe(true);
		expect(await c.inputValue(field(r1.id, 'evidence'))).toBe('Från flik A');
	});

	it('asks before an import replaces answers, and undo restores them', async () => {
		const page = await open();
		await page.check(radio(firstSka.id, 'uppfyllt'));
		await page.fill(field(firstSka.id, 'evidence'), 'Mitt belägg');
		const file: Assessment = JSON.parse((await stored(page))!);
		file.answers[firstSka.id] = { status: 'ej-uppfyllt', at: new Date(Date.now() + 1000).toISOString() };
		const upload = () => page.setInputFiles('#assess-import', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await upload();
		await page.waitForSelector('dialog[open]');
		expect(await page.textContent('[data-dialog-text]')).toBe(t('sv', 'smf.assess.importAsk', { count: 1 }));
		await axe(page, 'import dialog');
		await page.click('dialog button[value=cancel]');
		expect(await page.isChecked(radio(firstSka.id, 'uppfyllt'))).toBe(true);
		await upload();
		await page.click('dialog button[value=ok]');
		await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).checked, radio(firstSka.id, 'ej-uppfyllt'));
		expect(await page.inputValue(field(firstSka.id, 'evidence'))).toBe('');
		await page.click('button[data-action=undo]');
		expect(await page.isChecked(radio(firstSka.id, 'uppfyllt'))).toBe(true);
		expect(await page.inputValue(field(firstSka.id, 'evidence'))).toBe('Mitt belägg');
		const after = parseAssessment((await stored(page))!);
		expect(after.ok && after.assessment.answers[firstSka.id].status).toBe('uppfyllt');
	});

	it('keeps stored state that fails its schema and offers it for download as it is', async () => {
		const page = await site.page();
		const bad = JSON.stringify({ format: 'svensk-mikrofinansstandard/sjalvvardering@9', answers: { x: 1 } });
		await page.goto(site.url(path));
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [assessmentKey(role, version), bad]);
		await ready(page);
		expect(await page.isVisible('[data-unreadable]')).toBe(true);
		await axe(page, 'unreadable');
		await page.check(radio(firstSka.id, 'uppfyllt'));
		expect(await page.evaluate((key) => localStorage.getItem(key), unreadableKey(assessmentKey(role, version)))).toBe(bad);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action=unreadable]')]);
		expect((await readFile((await download.path())!)).toString('utf8')).toBe(bad);
	});

	it('opens an export made on 0.1.0: unchanged answers kept, changed and removed requirements listed', async () => {
		const fixture: Assessment = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/assessment/sjalvvardering-0.1.0.json'), 'utf8'));
		const current = new Map(requirements(sv).map((r) => [r.id, r]));
		// A known change on top of the real file: one answer recorded against an older text, one for a removed requirement.
		const changedId = Object.keys(fixture.answers).find((id) => current.get(id)?.text === fixture.answers[id].text)!;
		const file = structuredClone(fixture);
		file.answers[changedId] = { ...file.answers[changedId], text: 'En äldre lydelse av kravet.' };
		file.answers['S99.1'] = { status: 'uppfyllt', text: 'Ett krav som har tagits bort.', evidence: 'Gammalt belägg', at: file.saved };
		const expectKept = Object.keys(fixture.answers).filter((id) => id !== changedId && current.get(id)?.text === fixture.answers[id].text);
		const expectChanged = [changedId, ...Object.keys(fixture.answers).filter((id) => current.has(id) && current.get(id)!.text !== fixture.answers[id].text)];
		const expectRemoved = ['S99.1', ...Object.keys(fixture.answers).filter((id) => !current.has(id))];
		const page = await open(`${path}?omfattning=${fixture.scope}`);
		await page.setInputFiles('#assess-import', { name: 'gammal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await page.waitForSelector('[data-versions]:not([hidden])');
		const listed = await page.textContent('[data-versions-list]');
		for (const id of [...expectChanged, ...expectRemoved]) expect(listed).toContain(id);
		expect(listed).toContain('En äldre lydelse av kravet.');
		expect(listed).toContain(current.get(changedId)!.text);
		for (const id of expectKept) expect(await page.isChecked(radio(id, fixture.answers[id].status!))).toBe(true);
		expect(await page.getAttribute(`[data-req="${changedId}"]`, 'data-reassess')).toBe('');
		const saved = parseAssessment((await stored(page, fixture.scope))!);
		expect(saved.ok && saved.assessment.answers['S99.1'].evidence).toBe('Gammalt belägg');
		await axe(page, 'earlier version');
	});

	it('uses the snapshot of the version a file was made on: a synthetic older release with one changed and one new requirement', async () => {
		const [same, changed, added] = roleReqs;
		const old = {
			version: '0.0.9', date: '2026-01-01', checklists: {},
			requirements: Object.fromEntries(requirements(sv).filter((r) => r.id !== added.id).map((r) => [r.id, { step: r.step.id, level: r.level, text: r.id === changed.id ? 'Lydelsen i 0.0.9.' : r.text, roles: [] }])),
		};
		const page = await site.page();
		await page.route('**/sjalvvardering/versioner/0.0.9.json', (route) => route.fulfill({ json: old }));
		await ready(page);
		// Answers without recorded texts: only the snapshot can tell what they were answered against.
		const at = new Date().toISOString();
		const file: Assessment = { format: 'svensk-mikrofinansstandard/sjalvvardering@1', version: '0.0.9', versionDate: '2026-01-01', scope: role, organisation: 'Gamla AB', saved: at,
			answers: { [same.id]: { status: 'uppfyllt', at }, [changed.id]: { status: 'uppfyllt', at } } };
		await page.setInputFiles('#assess-import', { name: 'gammal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await page.waitForSelector('[data-versions]:not([hidden])');
		const listed = (await page.textContent('[data-versions-list]'))!;
		expect(listed).toContain('Lydelsen i 0.0.9.');
		expect(listed).toContain(changed.text);
		expect(listed).toContain(`${t('sv', 'smf.assess.added')} ${added.id}`);
		expect(listed).not.toContain(`${same.id} `);
		expect(await page.getAttribute(`[data-req="${changed.id}"]`, 'data-reassess')).toBe('');
		expect(await page.getAttribute(`[data-req="${same.id}"]`, 'data-reassess')).toBeNull();
		expect(await page.isChecked(radio(same.id, 'uppfyllt'))).toBe(true);
	});

	it('ships the snapshot of every released version for the page to compare with', async () => {
		const page = await site.page();
		for (const [lang, prefix] of [['sv', ''], ['en', '/en']] as const) {
			for (const snapshot of Object.values(standard.snapshots!)) {
				const response = await page.request.get(site.url(`${prefix}/sjalvvardering/versioner/${snapshot.version}.json`));
				expect(response.ok()).toBe(true);
				const body = await response.json();
				expect(body.requirements).toEqual(snapshot[lang].requirements);
				expect(body.checklists).toEqual(snapshot[lang].checklists);
			}
		}
	});

	it('round-trips through a share link, and the report prints', async () => {
		const page = await open();
		await answerAll(page);
		await page.fill(field(firstSka.id, 'evidence'), 'Delat belägg');
		await page.click('button[data-action=share]');
		await page.waitForFunction(() => location.hash.startsWith('#d='));
		const link = await page.evaluate(() => location.href);
		const other = await site.page();
		await other.goto(link);
		await other.waitForSelector('[data-assessment][data-ready]');
		await other.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value === 'Delat belägg', field(firstSka.id, 'evidence'));
		expect(await other.isChecked(radio(firstSka.id, 'uppfyllt'))).toBe(true);
		expect(await other.evaluate(() => location.hash)).toBe('');
		await other.emulateMedia({ media: 'print' });
		expect(await other.isVisible('fieldset')).toBe(false);
		expect(await other.textContent(`[data-req="${firstSka.id}"] [data-print]`)).toContain('Delat belägg');
		expect(await other.isVisible('[data-report-head]')).toBe(true);
		const pdf = await other.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
