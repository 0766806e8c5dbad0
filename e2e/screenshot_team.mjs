// Renders the README's curation screenshot: `node e2e/screenshot_team.mjs` after `make dist`.
// Imports three annotators' files of the same documents, then curates one through the real UI.
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/server.mjs';
import { launchProfile } from './lib/browser.mjs';
import { teamFile, importFirst, addWork } from './lib/team.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await serveDist(root + 'dist');
const { context } = await launchProfile();
const page = context.pages()[0] ?? await context.newPage();
await page.setViewportSize({ width: 1280, height: 820 });
await page.goto(server.url);
await importFirst(page, 'carol');
for (const name of ['ann-2.json', 'ann-3.json']) {
  const dialog = await addWork(page, await teamFile(name));
  await dialog.getByRole('button', { name: "Add annotator's work" }).click();
  await dialog.waitFor({ state: 'detached' });
}
await page.getByRole('list', { name: 'Documents' }).locator('[data-doc-id="doc-04"] button').click();
await page.getByRole('button', { name: 'Curate', exact: true }).click();
await page.getByRole('button', { name: 'Start: all must agree' }).click();
await page.getByRole('list', { name: 'Conflicts' }).locator('li').first().waitFor();
await page.evaluate(() => document.activeElement?.blur());
await page.keyboard.press('Tab');
await page.keyboard.press('1');
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: root + 'docs/curation.png' });
await context.close();
await server.close();
