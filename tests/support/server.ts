/** Serves dist/ on a free loopback port, in-process, so tests can close it for sure. Gzip like a real host. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serveDist(dir = 'dist'): Promise<StaticServer> {
	const handler = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
	const server: Server = createServer((req, res) => handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	}));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
	};
}
