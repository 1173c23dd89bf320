/**
 * Serves dist/ on a free loopback port, in-process, so tests and scripts can close it for sure. With `gzip`, text files
 * are served gzip-compressed as a real host does (from a compressed copy in a temp folder, so dist/ stays as built).
 * With `base` (the site's base path, e.g. `/repo/` on GitHub Pages), dist/ is served under that path, as deployed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|csv|webmanifest)$/;

/** A copy of `dir` with a .gz file (zlib's default level, like most hosts) next to every text file. */
function gzipCopy(dir: string): string {
	const copy = mkdtempSync(join(tmpdir(), 'smf-gzip-'));
	cpSync(dir, copy, { recursive: true });
	const walk = (d: string): void => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (compressible.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)));
		}
	};
	walk(copy);
	return copy;
}

export async function serveDist(dir = 'dist', options: { gzip?: boolean; base?: string } = {}): Promise<StaticServer> {
	const root = options.gzip ? gzipCopy(dir) : dir;
	const handler = sirv(root, { dev: false, etag: true, gzip: options.gzip ?? false, brotli: false, extensions: ['html'] });
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const notFound = (res: ServerResponse) => {
		res.statusCode = 404;
		res.end('Not found');
	};
	const server: Server = createServer((req, res) => {
		if (base !== '/') {
			if (!req.url?.startsWith(base)) return notFound(res);
			req.url = req.url.slice(base.length - 1);
		}
		handler(req, res, () => notFound(res));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve, reject) =>
				server.close((e) => {
					if (root !== dir) rmSync(root, { recursive: true, force: true });
					if (e) reject(e);
					else resolve();
				}),
			),
	};
}
