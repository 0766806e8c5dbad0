// The browser benchmark: Playwright drives the release build in Debian's Chromium on documents
// of 5,000, 25,000 and 100,000 words with a span every ten words, loaded by import, and measures
// what a user feels. Prints a table and writes bench/browser.json. Run by `make bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../lib/server.mjs';
import { launchProfile } from '../lib/browser.mjs';
import { importJson, suggestionsDrawn } from '../lib/page.mjs';
import { stats } from './stats.mjs';
import { benchParagraphs, benchFile, jsonlCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const SIZES = (process.env.BENCH_WORDS ?? '5000,25000,100000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 20);
const WHEEL = Number(process.env.BENCH_WHEEL ?? 900);
const CORPUS = Number(process.env.BENCH_CORPUS ?? 10000);


// Records, in the page, the time of an input event and of the first change to the document
// after it (a MutationObserver), so latency = DOM updated - event.
const PROBE = () => {
  window.__t0 = null;
  window.__t1 = null;
  const mark = () => { window.__t0 = performance.now(); window.__t1 = null; };
  addEventListener('keydown', mark, true);
  addEventListener('click', (e) => { if (e.target.closest('.popover button')) mark(); }, true);
  new MutationObserver(() => { if (window.__t0 !== null && window.__t1 === null) window.__t1 = performance.now(); })
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
};

async function latency(page, act) {
  await page.evaluate(() => { window.__t0 = null; window.__t1 = null; });
  await act();
  await page.waitForFunction(() => window.__t1 !== null, null, { timeout: 10000 }).catch(async (e) => { console.error(await page.evaluate(() => [window.__t0, window.__t1, document.querySelector(".popover")?.outerHTML.slice(0, 300)])); throw e; });
  return page.evaluate(() => window.__t1 - window.__t0);
}

/// Viewport centre of the first word of the `k`-th visible unannotated piece.
async function freeWord(page, k) {
  return page.evaluate((k) => {
    // Below the sticky head (toolbar and message line), which covers the text scrolled under it.
    const top = document.querySelector('.sticky-head').getBoundingClientRect().bottom + 8;
    const pieces = [...document.querySelectorAll('#doc-text .piece:not(.marked)')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top > top && r.bottom < innerHeight - 40 && /[A-Za-z]{4,}/.test(p.textContent);
    });
    const p = pieces[k % pieces.length];
    const node = p.firstChild;
    const m = /[A-Za-z]{4,}/.exec(node.data);
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const b = range.getClientRects()[0];
    return { x1: Math.round(b.left + 1), x2: Math.round(b.right - 1), y: Math.round(b.top + b.height / 2), left: b.left, top: b.top };
  }, k);
}

async function markedPoint(page, k) {
  return page.evaluate((k) => {
    const top = document.querySelector('.sticky-head').getBoundingClientRect().bottom + 8;
    const marks = [...document.querySelectorAll('#doc-text .piece.marked:not(.suggested)')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top > top && r.bottom < innerHeight - 200 && r.width > 8;
    });
    const b = marks[k % marks.length].getClientRects()[0];
    return { x: Math.round(b.left + b.width / 2), y: Math.round(b.top + b.height / 2) };
  }, k);
}

async function benchSize(server, paras, words) {
  const file = benchFile(paras, words);
  const doc = file.documents[0];
  const { context } = await launchProfile();
  await context.addInitScript(PROBE);
  const page = context.pages()[0] ?? await context.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(server.url);
  await importJson(page, file, 'bench.json');
  await page.locator('#doc-text .piece.marked').first().waitFor({ timeout: 120000 });
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved', null, { timeout: 120000 });
  const spanCount = doc.spans.length;
  const result = { words, characters: Array.from(doc.text).length, spans: spanCount };

  // Open: navigation start → the whole text and its spans in the DOM.
  const chunks = await page.locator('#doc-text .chunk').count();
  const open = [], suggested = [], suggestLongTasks = [];
  for (let i = 0; i < REPS; i++) {
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('#doc-text .chunk').length === n
      && document.querySelector('#doc-text .piece.marked'), chunks, { timeout: 120000 });
    const opened = await page.evaluate(() => { const t = performance.now(); window.__longTasks = []; return t; });
    open.push(opened);
    // Suggestions: the worker's answer with places (the gazetteer fetched and read) drawn.
    await suggestionsDrawn(page);
    suggested.push(await page.evaluate(() => performance.now()));
    suggestLongTasks.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
  }
  result.open_ms = stats(open);
  result.suggest_ms = stats(suggested);
  result.suggest_longest_task_ms = stats(suggestLongTasks);
  // The worker's wasm memory on a reopened page: place names read, this text's suggestions made.
  result.worker_memory_mb = (await page.workers()[0].evaluate(() => self.spanwrightWasm.memory.buffer.byteLength)) / 1e6;

  // Jumps to parts of the text not yet seen (as a drag of the scroll bar does): the time until
  // text shows at three points of the viewport, and until its spans are drawn. What a frame
  // painted is read at the next frame's start: text there then was in the jump's own frame (0 ms).
  const jumps = [], jumpSpans = [];
  for (let i = 0; i < REPS; i++) {
    const at = 0.02 + 0.88 * (((i * 7919) % 997) / 997); // spread over the text, never twice the same place
    const [blank, spans] = await page.evaluate(async (at) => {
      const x = document.getElementById('doc-text').getBoundingClientRect().left + 12;
      const chunks = () => [0.35, 0.55, 0.75].map((f) => document.elementFromPoint(x, innerHeight * f)?.closest('#doc-text .chunk'));
      // Text skipped by the browser (content-visibility) or an empty block is no text.
      const hasText = () => chunks().every((c) => c && c.textContent.length > 0
        && c.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
      const hasSpans = () => chunks().every((c) => c && !c.classList.contains('pending'));
      const frame = () => new Promise((ok) => requestAnimationFrame(ok));
      scrollTo(0, at * (document.body.scrollHeight - innerHeight));
      const t0 = performance.now();
      await frame();
      let blank = Infinity;
      for (let n = 0; n < 600; n++) {
        await frame();
        if (blank === Infinity && hasText()) blank = n === 0 ? 0 : performance.now() - t0;
        if (blank !== Infinity && hasSpans()) return [blank, n === 0 ? 0 : performance.now() - t0];
      }
      return [blank, Infinity];
    }, at);
    jumps.push(blank);
    jumpSpans.push(spans);
  }
  result.jump_spans_ms = stats(jumpSpans.map((ms) => (Number.isFinite(ms) ? ms : 99999)));
  result.jump_blank_ms = stats(jumps.map((ms) => (Number.isFinite(ms) ? ms : 99999)));
  await page.evaluate(() => scrollTo(0, 0));

  const add = [], relabel = [], del = [], undo = [], shift = [];
  for (let i = 0; i < REPS; i++) {
    const w = await freeWord(page, i * 3);
    await page.mouse.move(w.x1, w.y);
    await page.mouse.down();
    await page.mouse.move(w.x2, w.y, { steps: 4 });
    await page.mouse.up();
    add.push(await latency(page, () => page.keyboard.press('p')));
    // How far the word just labelled moved on the screen (0 is the target). The text cut into
    // its own element lands on Chromium's layout units: 1/64 px sideways is that rounding.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    shift.push(await page.evaluate(({ x1, x2, y, left, top }) => {
      // Its text's box, measured as before the add (an element's box and its text's differ by
      // a layout unit).
      const el = document.elementFromPoint((x1 + x2) / 2, y)?.closest('.piece.marked');
      const text = el && [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
      const range = document.createRange();
      if (text) range.selectNodeContents(text);
      const r = text ? range.getClientRects()[0] : undefined;
      return r ? Math.max(Math.abs(r.left - left), Math.abs(r.top - top)) : Infinity;
    }, w));
  }
  result.add_shift_px = stats(shift);
  for (let i = 0; i < REPS; i++) {
    const m = await markedPoint(page, i * 2);
    await page.mouse.click(m.x, m.y);
    const popover = page.getByRole('dialog', { name: 'Span' });
    const pressed = await popover.locator('.popover-span').first().locator('[aria-pressed=true]').textContent();
    const other = ['Actor', 'Date', 'Place'].find((l) => l !== pressed.trim());
    relabel.push(await latency(page, () => popover.locator('.popover-span').first().getByRole('button', { name: other }).click()));
    del.push(await latency(page, () => popover.locator('.popover-span').first().getByRole('button', { name: 'Delete span' }).click()));
    await page.keyboard.press('Escape');
  }
  for (let i = 0; i < REPS; i++) undo.push(await latency(page, () => page.keyboard.press('Control+z')));
  Object.assign(result, { add_ms: stats(add), relabel_ms: stats(relabel), delete_ms: stats(del), undo_ms: stats(undo) });

  // Scroll from top to bottom with the wheel; long tasks (over 50 ms) seen meanwhile.
  // BENCH_SETTLE ms of quiet first (default none): then a pending save cannot land in the scroll.
  await page.waitForTimeout(Number(process.env.BENCH_SETTLE ?? 0));
  await page.evaluate(() => { scrollTo(0, 0); window.__longTasks = []; });
  const t0 = Date.now();
  for (let i = 0; i < 2000; i++) {
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, WHEEL);
    const done = await page.evaluate(() => innerHeight + scrollY >= document.body.scrollHeight - 4);
    if (done) break;
  }
  const longTasks = await page.evaluate(() => window.__longTasks);
  result.scroll = { seconds: (Date.now() - t0) / 1000, long_tasks: longTasks.length, longest_ms: Math.max(0, ...longTasks) };

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  result.js_heap_mb = metric('JSHeapUsedSize') / 1e6;
  result.wasm_memory_mb = (await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0)) / 1e6;
  result.dom_nodes = metric('Nodes');
  await context.close();
  return result;
}

/// A project of `CORPUS` documents of about 800 words (50 MB of JSONL): import it through the
/// dialog, wait until every document is stored, reopen the project, and open the last document.
async function benchCorpus(server, paras) {
  const jsonl = jsonlCorpus(paras, CORPUS, 800);
  const last = `doc-${String(CORPUS)}`;
  const { context } = await launchProfile();
  await context.addInitScript(PROBE);
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  let t = Date.now();
  // (Playwright hands files over 50 MB only by path.)
  const path = join(tmpdir(), 'spanwright-corpus.jsonl');
  writeFileSync(path, jsonl);
  await dialog.getByLabel('Import file').setInputFiles(path);
  await dialog.getByRole('status').waitFor({ timeout: 600000 });
  const read_ms = Date.now() - t;
  await page.evaluate(() => { window.__longTasks = []; });
  t = Date.now();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 600000 });
  await page.locator('#doc-text').waitFor();
  const shown_ms = Date.now() - t;
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved', null, { timeout: 600000, polling: 100 });
  const stored_ms = Date.now() - t;
  const longTasks = await page.evaluate(() => window.__longTasks);
  const reopen = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.locator('#doc-text .chunk').first().waitFor({ timeout: 600000 });
    reopen.push(await page.evaluate(() => performance.now()));
  }
  await page.getByLabel('Search documents').fill(last);
  const row = page.locator(`[aria-label="Documents"] [data-doc-id="${last}"] button`);
  await row.waitFor();
  const open_last_ms = await row.evaluate((button, id) => new Promise((done) => {
    const t0 = performance.now();
    const mo = new MutationObserver(() => {
      if (document.querySelector('.doc-position b')?.textContent === id && document.querySelector('#doc-text .chunk')) {
        mo.disconnect();
        done(performance.now() - t0);
      }
    });
    mo.observe(document, { subtree: true, childList: true, characterData: true });
    button.click();
  }), last);
  await page.getByLabel('Search documents').fill('');
  await page.evaluate(() => document.activeElement.blur());
  const next = [];
  for (let i = 0; i < 10; i++) next.push(await latency(page, () => page.keyboard.press('[')));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
  const wasm = (await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0)) / 1e6;
  await context.close();
  return {
    documents: CORPUS, jsonl_mb: Buffer.byteLength(jsonl) / 1e6, read_ms, shown_ms, stored_ms,
    import_long_tasks: longTasks.length, import_longest_ms: Math.max(0, ...longTasks),
    reopen_ms: stats(reopen), open_last_ms, previous_ms: stats(next), js_heap_mb: heap, wasm_memory_mb: wasm,
  };
}

const server = await serveDist(root + 'dist');
const paras = benchParagraphs(shared);
const results = [];
for (const words of SIZES) {
  process.stderr.write(`browser bench: ${words} words…\n`);
  results.push(await benchSize(server, paras, words));
}
let corpus = null;
if (CORPUS > 0) {
  process.stderr.write(`browser bench: a project of ${CORPUS} documents…\n`);
  corpus = await benchCorpus(server, paras);
}
await server.close();
// A fresh clone has no bench/ (its files are not committed).
mkdirSync(root + 'bench', { recursive: true });
writeFileSync(root + 'bench/browser.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync(root + 'bench/corpus.json', JSON.stringify(corpus, null, 2) + '\n');
const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
console.log('\nbrowser (median / p95 ms over %d repetitions)', REPS);
console.log(['words', 'spans', 'open', 'add', 'relabel', 'delete', 'undo', 'scroll long tasks (max ms)', 'JS heap MB', 'wasm MB', 'DOM nodes'].join(' | '));
for (const r of results) {
  console.log([r.words, r.spans, f(r.open_ms), f(r.add_ms), f(r.relabel_ms), f(r.delete_ms), f(r.undo_ms),
    `${r.scroll.long_tasks} (${r.scroll.longest_ms.toFixed(0)})`, r.js_heap_mb.toFixed(1), r.wasm_memory_mb.toFixed(1), r.dom_nodes].join(' | '));
}
