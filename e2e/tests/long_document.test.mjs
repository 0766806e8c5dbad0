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
  // Their text is in the page all the same (find in page finds it), before any scroll.
  const [lastPending, lastText] = await page.evaluate(() => {
    const last = [...document.querySelectorAll('#doc-text .chunk')].pop();
    return [last.classList.contains('pending'), last.textContent];
  });
  assert.ok(lastPending, 'the last chunk waits');
  assert.ok(lastText.trim().length > 0 && file.documents[0].text.trimEnd().endsWith(lastText.trimEnd()), 'it holds the end of the text');
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
  // By its id: the virtual list may still be drawing rows, and "the 21st row" move on to another.
  await page.getByRole('list', { name: 'Annotations' }).locator(`[data-span-id="${id}"]`).getByRole('button').click();
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
  const toolbar = await page.locator('.sticky-head').boundingBox();
  assert.ok(box && box.y >= toolbar.y + toolbar.height && box.y + box.height <= height, JSON.stringify({ box, toolbar }));
  assert.ok(await page.evaluate(() => scrollY) > 1000, 'the page scrolled with the cursor');
});

test('a paragraph of 6,000 words is drawn wherever it is scrolled', async () => {
  // Short paragraphs past what is drawn at once, a single paragraph of 6,000 words, short ones after.
  const paras = fixtureParagraphs();
  const short = paras.map((p) => p.split(/\s+/).slice(0, 9).join(' ') + '.');
  let text = '';
  for (let i = 0; Array.from(text).length < 24000; i++) text += short[i % short.length] + '\n\n';
  const giantStart = Array.from(text).length;
  const words = paras.join(' ').split(/\s+/);
  text += Array.from({ length: 6000 }, (_, k) => words[k % words.length]).join(' ') + '\n\n';
  const giantEnd = Array.from(text).length;
  for (let i = 0; i < 300; i++) text += short[i % short.length] + '\n\n';
  const doc = { id: 'one-paragraph', meta: {}, text, spans: [] };
  page.once('dialog', (d) => d.accept()); // it replaces the open document
  await importJson(page, { format: 'spanwright', version: 1, labels: [{ name: 'Place' }], documents: [doc] }, 'para.json');
  await page.locator(`#doc-text .chunk[data-chunk="${giantStart}"]`).waitFor({ state: 'attached' });
  const inParagraph = await page.locator('#doc-text .chunk').evaluateAll((els, [a, b]) =>
    els.map((el) => Number(el.dataset.chunk)).filter((s) => s >= a && s < b), [giantStart, giantEnd]);
  assert.ok(inParagraph.length >= 3, `the paragraph spans several chunks: ${inParagraph}`);
  for (const start of inParagraph) {
    // The middle of each part of the paragraph in the middle of the screen: its top far above.
    await page.evaluate((start) => {
      const el = document.querySelector(`#doc-text .chunk[data-chunk="${start}"]`);
      const r = el.getBoundingClientRect();
      window.scrollTo(0, scrollY + r.top + r.height * 0.6 - innerHeight / 2);
    }, start);
    await page.waitForFunction(() => {
      const el = document.elementFromPoint(innerWidth * 0.3, innerHeight / 2)?.closest('#doc-text .chunk');
      return el && !el.classList.contains('pending') && el.textContent.length > 0;
    }, null, { timeout: 3000 }).catch(() => assert.fail(`the text at chunk ${start} is not drawn`));
  }
});
