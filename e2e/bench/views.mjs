// The timeline and map benchmark: a 100,000-word document with its suggestions (about 15,000),
// both views drawn and zoomed by the wheel, and the editor's keys timed with a view open.
// Prints a table and writes bench/views.json. Run by `make bench` (BENCH_VIEW_WORDS, BENCH_REPS).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importJson, suggestionsDrawn } from '../lib/page.mjs';
import { stats } from './stats.mjs';
import { openBench, keyLatency } from './probe.mjs';
import { benchParagraphs, benchFile } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const WORDS = Number(process.env.BENCH_VIEW_WORDS ?? 100000);
const REPS = Number(process.env.BENCH_REPS ?? 20);




/// Selects the `k`-th free word shown above the dock.
async function selectFreeWord(page, k) {
  const w = await page.evaluate((k) => {
    const top = document.querySelector('.sticky-head').getBoundingClientRect().bottom + 8;
    const bottom = document.querySelector('.views-dock').getBoundingClientRect().top - 8;
    const pieces = [...document.querySelectorAll('#doc-text .piece:not(.marked)')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top > top && r.bottom < bottom && /[A-Za-z]{4,}/.test(p.textContent);
    });
    const node = pieces[k % pieces.length].firstChild;
    const m = /[A-Za-z]{4,}/.exec(node.data);
    const range = document.createRange();
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const b = range.getClientRects()[0];
    return { x1: b.left + 1, x2: b.right - 1, y: b.top + b.height / 2 };
  }, k);
  await page.mouse.move(w.x1, w.y);
  await page.mouse.down();
  await page.mouse.move(w.x2, w.y, { steps: 3 });
  await page.mouse.up();
}

async function view(page, name) {
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name, exact: true }).click();
  const region = page.getByRole('region', { name, exact: true });
  await region.locator('.mark').first().waitFor({ timeout: 60000 });
  if (name === 'Map') await region.locator('path[data-country]').first().waitFor();
  const shown = await page.evaluate(() => performance.now());
  const markers = await region.locator('.mark').count();
  const spans = await region.locator('.mark').evaluateAll((els) => els.reduce((n, e) => n + e.dataset.spanIds.split(' ').length, 0));
  // Zoom in and out with the wheel over the drawing, one notch a frame, as a hand does.
  const box = await region.locator('svg').boundingBox();
  await page.evaluate(() => { window.__longTasks = []; });
  for (let i = 0; i < 60; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + 0.6 * ((i * 37) % 100) / 100), box.y + box.height / 2);
    await page.mouse.wheel(0, i < 30 ? -120 : 120);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  }
  const longTasks = await page.evaluate(() => window.__longTasks);
  return { view: name, open_ms: shown - t0, markers, spans, zoom_long_tasks: longTasks.length, zoom_longest_ms: Math.max(0, ...longTasks) };
}

const file = benchFile(benchParagraphs(shared), WORDS);
const { server, context, page } = await openBench(root + 'dist');
await importJson(page, file, 'bench.json');
await page.locator('#doc-text .piece.marked').first().waitFor({ timeout: 120000 });
await suggestionsDrawn(page);
const suggestions = await page.evaluate(() => [...document.querySelectorAll('.suggestion-bar label')]
  .reduce((n, l) => n + Number((/\((\d+)\)/.exec(l.textContent) ?? [0, 0])[1]), 0));
const results = { words: WORDS, suggestions, views: [] };
for (const name of ['Timeline', 'Map']) results.views.push(await view(page, name));
// The editor with the map open: label a word, undo it.
const add = [], undo = [];
for (let i = 0; i < REPS; i++) {
  await selectFreeWord(page, i * 3);
  add.push(await keyLatency(page, 'p'));
  undo.push(await keyLatency(page, 'Control+z'));
}
Object.assign(results, { add_with_view_ms: stats(add), undo_with_view_ms: stats(undo) });
await context.close();
await server.close();
mkdirSync(root + 'bench', { recursive: true });
writeFileSync(root + 'bench/views.json', JSON.stringify(results, null, 2) + '\n');
console.log(`\ntimeline and map: ${WORDS} words, ${suggestions} suggestions`);
console.log('view | first drawing ms | markers (spans) | long tasks while zooming (max ms)');
for (const v of results.views) {
  console.log(`${v.view} | ${v.open_ms.toFixed(0)} | ${v.markers} (${v.spans}) | ${v.zoom_long_tasks} (${v.zoom_longest_ms.toFixed(0)})`);
}
const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
console.log(`with the map open, median / p95 ms: add ${f(results.add_with_view_ms)}, undo ${f(results.undo_with_view_ms)}`);
