// Getting text in: the file picker and drag-and-drop on the start page, and a draft that
// survives a reload before annotating starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, browser, page;

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist'));
  await page.goto(server.url);
});

after(() => closeApp({ server, browser }));

test('a typed draft survives a reload', async () => {
  await page.getByLabel('Article text').fill('Draft typed by hand, not yet started.');
  await page.reload();
  assert.equal(await page.getByLabel('Article text').inputValue(), 'Draft typed by hand, not yet started.');
});

test('open a .txt file with the file picker', async () => {
  const text = 'date 2021-06-01\r\nCafé owners in Zürich 😀 met the mayor.\r\n';
  await page.getByLabel('Open text file').setInputFiles({ name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForFunction(() => document.getElementById('article').value.startsWith('date 2021'));
  await page.getByLabel('Project name').fill('Zürich stories');
  await page.getByRole('button', { name: 'Start annotating' }).click();
  assert.equal(await page.getByLabel('Document date').inputValue(), '2021-06-01');
  assert.equal(await page.locator('.project-name').textContent(), 'Zürich stories');
  assert.equal(await page.locator('#doc-text').textContent(), 'Café owners in Zürich 😀 met the mayor.\r\n');
});

test('drop a .txt file on the start page', async () => {
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped story about Kyiv.'], 'dropped.txt', { type: 'text/plain' }));
    const target = document.querySelector('main.start');
    for (const type of ['dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  });
  await page.waitForFunction(() => document.getElementById('article').value === 'Dropped story about Kyiv.');
});

test('starting with nothing says so and stays on the start page', async () => {
  await page.getByLabel('Article text').fill('   ');
  await page.getByRole('button', { name: 'Start annotating' }).click();
  assert.match(await page.getByRole('alert').textContent(), /Paste or type an article first/);
  assert.equal(await page.getByLabel('Article text').count(), 1);
});
