// The team benchmark: the Agreement view on 10,000 documents by 3 annotators (from the click to
// the table), and curation keys on a 100,000-word book with three versions (from a key to the
// first change it makes on the page). Prints a table and writes bench/team.json. Run by
// `make bench` (BENCH_TEAM_DOCS, BENCH_VIEW_WORDS, BENCH_REPS).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importJson } from '../lib/page.mjs';
import { stats } from './stats.mjs';
import { openBench, keyLatency } from './probe.mjs';
import { benchParagraphs, benchFile } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const DOCS = Number(process.env.BENCH_TEAM_DOCS ?? 10000);
const WORDS = Number(process.env.BENCH_VIEW_WORDS ?? 100000);
const REPS = Number(process.env.BENCH_REPS ?? 20);


/// Three annotators' versions of `spans`: as they are, every seventh dropped, every eleventh
/// relabelled (the native benchmark's rule).
function versions(spans) {
  const b = spans.filter((_, i) => i % 7 !== 3);
  const c = spans.map((s, i) => (i % 11 === 5 ? { ...s, label: s.label === 'Place' ? 'Actor' : 'Place' } : s));
  return [{ annotator: 'ann-2', spans: b }, { annotator: 'ann-3', spans: c }];
}

function teamFile(file) {
  for (const d of file.documents) {
    d.annotator = 'ann-1';
    d.versions = versions(d.spans);
  }
  return file;
}


const paras = benchParagraphs(shared);
const { server, context, page } = await openBench(root + 'dist');

// A corpus of short documents, each by three annotators.
const short = benchFile(paras, 120).documents[0];
const corpus = teamFile({
  ...benchFile(paras, 120),
  documents: Array.from({ length: DOCS }, (_, i) => ({ ...short, id: `doc-${String(i + 1).padStart(5, '0')}` })),
});
await importJson(page, corpus, 'team.json');
await page.locator('[data-doc-id]').first().waitFor({ timeout: 300000 });
await page.waitForFunction((n) => document.querySelector('section.documents h2 .count')?.textContent === String(n), DOCS, { timeout: 300000 });
const agreement = [];
let longest = 0;
for (let i = 0; i < 3; i++) {
  await page.evaluate(() => { window.__longTasks = []; });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Agreement' }).click();
  await page.getByRole('table', { name: 'Agreement by label' }).waitFor({ timeout: 120000 });
  agreement.push(Date.now() - t0);
  longest = Math.max(longest, ...(await page.evaluate(() => window.__longTasks)), 0);
  await page.getByRole('dialog', { name: 'Agreement' }).getByRole('button', { name: 'Close' }).click();
}

// A book by three annotators, curated by keys.
await importJson(page, teamFile(benchFile(paras, WORDS)), 'book.json');
await page.waitForFunction(() => document.querySelector('section.documents h2 .count')?.textContent === '1', null, { timeout: 120000 });
await page.locator('#doc-text .piece.marked').first().waitFor({ timeout: 120000 });
await page.getByRole('button', { name: 'Curate', exact: true }).click();
const t0 = Date.now();
await page.getByRole('button', { name: 'Start: all must agree' }).click();
await page.getByRole('list', { name: 'Conflicts' }).locator('li').first().waitFor({ timeout: 120000 });
const start = Date.now() - t0;
const conflicts = await page.evaluate(() => Number(/of (\d+) conflicts/.exec(document.querySelector('[aria-label="Curation"] [role=status]').textContent)[1]));
await page.evaluate(() => document.activeElement?.blur());
await page.keyboard.press('Tab');
const tab = [], settle = [];
for (let i = 0; i < REPS; i++) {
  tab.push(await keyLatency(page, 'Tab'));
  settle.push(await keyLatency(page, ['1', '2', '3', 'x'][i % 4]));
}
const undo = [];
for (let i = 0; i < Math.min(REPS, 10); i++) {
  await page.evaluate(() => document.activeElement?.blur());
  undo.push(await keyLatency(page, 'Control+z'));
}
const results = {
  documents: DOCS, agreement_ms: stats(agreement), agreement_longest_task_ms: longest,
  book_words: WORDS, conflicts, start_ms: start, tab_ms: stats(tab), settle_ms: stats(settle), undo_ms: stats(undo),
};
mkdirSync(root + 'bench', { recursive: true });
writeFileSync(root + 'bench/team.json', JSON.stringify(results, null, 2) + '\n');
const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
console.log(`\n== team (median / p95 ms)`);
console.log(`Agreement, ${DOCS} documents × 3 annotators: ${f(results.agreement_ms)} (target < 2000); longest task ${longest.toFixed(0)}`);
console.log(`book of ${WORDS} words, ${conflicts} conflicts: start curation ${start} ms`);
console.log(`  Tab to the next conflict            ${f(results.tab_ms)}   (target ≤ 16 p95)`);
console.log(`  settle by key (1, 2, 3, x)          ${f(results.settle_ms)}   (target ≤ 16 p95)`);
console.log(`  undo a settled conflict             ${f(results.undo_ms)}`);
await context.close();
await server.close();
