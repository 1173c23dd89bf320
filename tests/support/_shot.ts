import { launchBrowser } from './browser.ts';
import { serveDist } from './server.ts';
const [dir, ...paths] = process.argv.slice(2);
const server = await serveDist(dir);
const browser = await launchBrowser();
for (const spec of paths) {
  const [path, opts = ''] = spec.split('@');
  const width = opts.includes('narrow') ? 390 : 1280;
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: opts.includes('light') ? 'light' : 'dark' });
  const page = await ctx.newPage();
  await page.goto(server.url + path);
  const name = '/tmp/shot-' + (path.replace(/\W+/g, '_') + opts).replace(/^_+/, '') + '.png';
  await page.screenshot({ path: name, fullPage: opts.includes('full') });
  console.log(name);
  await ctx.close();
}
await browser.close(); await server.close();
