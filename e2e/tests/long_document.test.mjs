// A book-length document stays usable: only chunks near the viewport are drawn, scrolling draws
// the rest, the annotations list draws only its visible rows, and a click on a far span brings
// it into view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { importJson } from '../lib/page.mjs';
import { fixtureParagraphs, benchFile } from '../bench/corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, browser, page, file;

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist'));
  await page.goto(server.url);
  file = benchFile(fixtureParagraphs(), 25000);
  await importJson(page, file, 'long.json');
  await page.locator('#doc-text .piece.marked').first().waitFor();
});

after(() => closeApp({ server, browser }));

test('far chunks wait, and scrolling draws them', async () => {
  const pending = await page.locator('#doc-text .chunk.pending').count();
  assert.ok(pending > 100, `${pending} chunks wait to be drawn`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => {
    const last = [...document.querySelectorAll('#doc-text .chunk')].pop();
    return !last.classList.contains('pending');
  });
  const text = await page.locator('#doc-text').evaluate((el) => [...el.querySelectorAll('.chunk:not(.pending)')].pop().textContent);
  assert.ok(file.documents[0].text.trimEnd().endsWith(text.trimEnd()), 'the last chunk shows the end of the text');
});

test('the annotations list draws only its visible rows but counts every span', async () => {
  const spans = file.documents[0].spans.length;
  assert.equal(await page.locator('section.panel:has([aria-label="Annotations"]) h2 .count').textContent(), String(spans));
  const drawn = await page.getByRole('list', { name: 'Annotations' }).locator('[data-span-id]').count();
  assert.ok(drawn > 10 && drawn < 200, `${drawn} rows drawn of ${spans}`);
});

test('clicking a span far down the list brings it into view', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  const list = page.locator('.panel .virtual');
  await list.evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  const item = page.getByRole('list', { name: 'Annotations' }).locator('[data-span-id]').nth(20);
  await item.waitFor();
  const id = await item.getAttribute('data-span-id');
  await item.getByRole('button').click();
  const mark = page.locator(`#doc-text [data-spans~="${id}"]`).first();
  await mark.waitFor();
  await page.waitForFunction((id) => {
    const el = document.querySelector(`#doc-text [data-spans~="${id}"]`);
    const r = el?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= innerHeight;
  }, id);
});

test('the keyboard cursor stays on screen as it moves through the text', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Escape');
  for (let i = 0; i < 800; i++) await page.keyboard.press('ArrowRight');
  const box = await page.locator('#doc-text .piece.cursor').first().boundingBox();
  const height = await page.evaluate(() => innerHeight);
  const toolbar = await page.locator('nav.toolbar').boundingBox();
  assert.ok(box && box.y >= toolbar.y + toolbar.height && box.y + box.height <= height, JSON.stringify({ box, toolbar }));
  assert.ok(await page.evaluate(() => scrollY) > 1000, 'the page scrolled with the cursor');
});
