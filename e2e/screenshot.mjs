// Renders the README's screenshot: `node e2e/screenshot.mjs` after `make dist`.
// Annotates the project's own sample article through the real UI, then writes docs/screenshot.png.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveDist } from './lib/server.mjs';
import { launchProfile } from './lib/browser.mjs';
import { dragOver } from './lib/page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const article = await readFile(root + 'e2e/fixtures/article.txt', 'utf8');
const server = await serveDist(root + 'dist');
const { context } = await launchProfile();
const page = context.pages()[0] ?? await context.newPage();
await page.goto(server.url);
await page.getByLabel('Project name').fill('Moscow attack coverage');
await page.getByLabel('Article text').fill(article);
await page.getByRole('button', { name: 'Start annotating' }).click();
// Two more documents, so the list and the progress bar have something to show.
await page.getByText('Add documents').click();
for (const t of ['date 2024-03-24\nFollow-up: the investigation.', 'date 2024-03-25\nReactions abroad.']) {
  await page.getByLabel('New document text').fill(t);
  await page.getByRole('button', { name: 'Add document' }).click();
}
await page.getByText('Add documents').click();
await page.getByRole('button', { name: 'Mark done' }).click();
await page.getByRole('list', { name: 'Documents' }).locator('[data-doc-id] button').first().click();
const marks = [
  ['Moscow', 'p'], ['Islamic State', 'a'], ['this Friday', 'd'], ['Syria', 'p'], ['Sahel', 'p'],
  ['Krasnogorsk', 'p'], ['Russia', 'a'], ['Ukraine', 'p'],
];
for (const [text, key] of marks) {
  await dragOver(page, text);
  await page.keyboard.press(key);
}
// A place nested in an actor: "the Russian capital" holds "Russian capital".
await dragOver(page, 'the Russian capital');
await page.keyboard.press('a');
await dragOver(page, 'Russian capital');
await page.keyboard.press('p');
await page.evaluate(() => window.scrollTo(0, 0));
await page.setViewportSize({ width: 1280, height: 760 });
await page.screenshot({ path: root + 'docs/screenshot.png' });
// The timeline and the map, docked under the text, with the suggestions of the article.
await page.setViewportSize({ width: 1280, height: 900 });
await page.waitForFunction(() => document.querySelector('#doc-text .piece.suggested')
  && !document.querySelector('.suggestion-bar [role=status]'), null, { timeout: 120000 });
for (const [button, file] of [['Timeline', 'timeline'], ['Map', 'map']]) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('region', { name: button, exact: true }).locator('.mark').first().waitFor();
  if (button === 'Map') await page.locator('path[data-country="Russia"]').waitFor();
  await page.getByRole('region', { name: button, exact: true }).locator('.mark').first().focus();
  await page.screenshot({ path: root + `docs/${file}.png` });
}
await context.close();
await server.close();
