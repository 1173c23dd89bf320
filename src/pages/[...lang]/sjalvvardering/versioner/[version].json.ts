/**
 * /sjalvvardering/versioner/<version>.json (and /en/…): what a released version said, in one language, from
 * content/snapshots/. The self-assessment and the checklists fetch it when they open work saved on that version.
 */
import type { APIRoute } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langParams } from '../../../../lib/model/from-collections.ts';
import { pageLang } from '../../../../lib/site/page-lang.ts';
import { snapshotDir } from '../../../../lib/model/snapshot.ts';
import { snapshotSchema } from '../../../../schemas/snapshot.ts';

const dir = join(process.cwd(), snapshotDir);
const versions = () => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

export const getStaticPaths = () => langParams.flatMap(({ param }) => versions().map((version) => ({ params: { lang: param, version } })));

export const GET: APIRoute = (context) => {
	const lang = pageLang(context);
	const snapshot = snapshotSchema.parse(JSON.parse(readFileSync(join(dir, `${context.params.version}.json`), 'utf8')));
	return new Response(JSON.stringify({ version: snapshot.version, date: snapshot.date, ...snapshot[lang] }), { headers: { 'Content-Type': 'application/json' } });
};
