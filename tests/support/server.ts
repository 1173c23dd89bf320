/** Serves dist/ in-process; the server lives in scripts/lib/server.ts because the build's PDF step uses it too. */
export { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
