import { launchBrowser } from './tests/support/browser.ts';
import { serveDist } from './tests/support/server.ts';
const server = await serveDist('dist');
const browser = await launchBrowser();
const page = await (await browser.newContext()).newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text().slice(0, 300)));
for (const p of process.argv.slice(2)) { console.log('==', p); await page.goto(server.url + p, { waitUntil: 'load' }); }
await browser.close(); await server.close();
