// `npm run demo`: builds (see package.json), then opens Debian's Chromium with the built extension
// on the bundled demo page, served from 127.0.0.1. Close the browser window or press Ctrl+C to stop.
// `npm run demo -- --headless` takes screenshots (page, tooltip, popup) to test-results/ instead (for machines without a display).
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../support/chromium.ts';
import { startFixtureServer } from '../support/fixture-server.ts';

const headless = process.argv.includes('--headless');
const server = await startFixtureServer();
const session = await launchChromium(server.origin, { headless }).catch((error: Error) => {
  console.error(`Could not start Chromium: ${error.message.split('\n')[0]}`);
  if (!headless && !process.env.DISPLAY) console.error('No display found: try `npm run demo -- --headless`.');
  process.exit(1);
});
const page = await session.context.newPage();
await page.goto(server.url('/forum.html'));

if (headless) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/demo-page.png' });
  // Hover "DVT" until its tooltip has faded in.
  const dvt = await page.evaluate(() => {
    const text = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('(DVT)'))!;
    const node = [...text.childNodes].find((n) => n.nodeType === 3 && n.textContent?.includes('(DVT)'))!;
    const range = document.createRange();
    const at = node.textContent!.indexOf('DVT');
    range.setStart(node, at);
    range.setEnd(node, at + 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.move(dvt.x, dvt.y);
  await page.waitForTimeout(900);
  await page.screenshot({ path: 'test-results/demo-tooltip.png' });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.screenshot({ path: 'test-results/demo-popup.png' });
  console.log('wrote test-results/demo-page.png, demo-tooltip.png and demo-popup.png');
  await session.close();
  await server.close();
} else {
  console.log(`Demo page: ${server.url('/forum.html')}`);
  console.log(`Popup as a tab: chrome-extension://${session.extensionId}/popup.html`);
  session.context.on('close', () => void server.close().then(() => process.exit(0)));
}
