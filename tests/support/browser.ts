/** The test Chromium; the launcher lives in scripts/lib/browser.ts because the build's PDF step uses it too. */
export { launchBrowser } from '../../scripts/lib/browser.ts';
