// Gathers `make bench`'s numbers: native criterion results, the browser benchmark and the
// first-load size; prints one table next to the targets and writes bench/results.json.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function criterion(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (!statSync(p).isDirectory()) continue;
      if (name === 'new' && existsSync(join(p, 'benchmark.json'))) {
        const meta = JSON.parse(readFileSync(join(p, 'benchmark.json'), 'utf8'));
        const est = JSON.parse(readFileSync(join(p, 'estimates.json'), 'utf8'));
        out.push({ name: meta.title, mean_ms: est.mean.point_estimate / 1e6 });
      } else if (name !== 'base' && name !== 'report') walk(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const native = criterion(join(root, 'target/criterion'));
const browser = existsSync(join(root, 'bench/browser.json')) ? JSON.parse(readFileSync(join(root, 'bench/browser.json'), 'utf8')) : [];
const corpus = existsSync(join(root, 'bench/corpus.json')) ? JSON.parse(readFileSync(join(root, 'bench/corpus.json'), 'utf8')) : null;
const firstLoad = Number(process.argv[2] ?? NaN);
const results = { date: new Date().toISOString(), machine: '2 cores, headless Debian Chromium', native, browser, corpus, first_load_gzip_bytes: firstLoad };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

const pad = (s, n) => String(s).padEnd(n);
console.log('\n== native (criterion, mean)');
for (const r of native) {
  // Throughput where the benchmark names its input size ("suggest 2.6 MB of news").
  const mb = /([\d.]+) MB of/.exec(r.name);
  const rate = mb ? `   ${(Number(mb[1]) / (r.mean_ms / 1000)).toFixed(1)} MB/s (target ≥ 20)` : '';
  console.log(`${pad(r.name, 44)} ${r.mean_ms.toFixed(3).padStart(10)} ms${rate}`);
}
console.log('\n== browser (median / p95 ms)                 target (100k words, 10k spans)');
const rows = [
  ['open (a reload)', 'open_ms', '≤ 500 ms median'], ['add span', 'add_ms', '≤ 16 ms p95'], ['relabel', 'relabel_ms', '≤ 16 ms p95'],
  ['delete', 'delete_ms', '≤ 16 ms p95'], ['undo', 'undo_ms', '≤ 16 ms p95'],
];
console.log(pad('words', 36) + browser.map((b) => pad(b.words, 18)).join(''));
console.log(pad('spans', 36) + browser.map((b) => pad(b.spans, 18)).join(''));
for (const [label, key, target] of rows) {
  console.log(pad(label, 36) + browser.map((b) => pad(`${b[key].median.toFixed(1)} / ${b[key].p95.toFixed(1)}`, 18)).join('') + target);
}
if (browser.every((b) => b.suggest_ms)) {
  console.log(pad('suggestions shown (from navigation)', 36) + browser.map((b) => pad(`${b.suggest_ms.median.toFixed(0)} / ${b.suggest_ms.p95.toFixed(0)}`, 18)).join('') + '< 1000 ms after open, page never frozen');
  console.log(pad('  longest task meanwhile', 36) + browser.map((b) => pad(`${b.suggest_longest_task_ms.median.toFixed(0)} / ${b.suggest_longest_task_ms.max.toFixed(0)}`, 18)).join('') + '≤ 50 ms (median / max)');
}
if (browser.every((b) => b.jump_blank_ms)) {
  console.log(pad('blank after a jump, ms', 36) + browser.map((b) => pad(`${b.jump_blank_ms.median.toFixed(0)} / ${b.jump_blank_ms.p95.toFixed(0)}`, 18)).join('') + 'text in the first frame (0)');
  if (browser.every((b) => b.jump_spans_ms)) {
    console.log(pad('spans drawn after a jump, ms', 36) + browser.map((b) => pad(`${b.jump_spans_ms.median.toFixed(0)} / ${b.jump_spans_ms.p95.toFixed(0)}`, 18)).join(''));
  }
  console.log(pad('labelled word moved, px', 36) + browser.map((b) => pad(`${b.add_shift_px.median.toFixed(2)} / ${b.add_shift_px.max.toFixed(2)}`, 18)).join('') + '0 in 20 adds (median / max)');
  console.log(pad('worker wasm memory MB', 36) + browser.map((b) => pad(b.worker_memory_mb.toFixed(1), 18)).join('') + '≤ 20 MB');
}
console.log(pad('scroll: long tasks (max ms)', 36) + browser.map((b) => pad(`${b.scroll.long_tasks} (${b.scroll.longest_ms.toFixed(0)})`, 18)).join('') + 'none over 50 ms');
console.log(pad('JS heap MB', 36) + browser.map((b) => pad(b.js_heap_mb.toFixed(1), 18)).join('') + '≤ 150 MB');
console.log(pad('wasm memory MB', 36) + browser.map((b) => pad(b.wasm_memory_mb.toFixed(1), 18)).join(''));
if (corpus) {
  console.log(`\n== a project of ${corpus.documents} documents (${corpus.jsonl_mb.toFixed(1)} MB of JSONL), ms`);
  console.log(`${pad('read by the worker (preview)', 44)} ${corpus.read_ms}`);
  console.log(`${pad('import: confirm → project shown', 44)} ${corpus.shown_ms}`);
  console.log(`${pad('import: confirm → every document stored', 44)} ${corpus.stored_ms}`);
  console.log(`${pad('long tasks meanwhile (longest ms)', 44)} ${corpus.import_long_tasks} (${corpus.import_longest_ms.toFixed(0)})`);
  console.log(`${pad('reopen the project (median / p95)', 44)} ${corpus.reopen_ms.median.toFixed(0)} / ${corpus.reopen_ms.p95.toFixed(0)}`);
  console.log(`${pad(`open the ${corpus.documents}th document`, 44)} ${corpus.open_last_ms.toFixed(1)}`);
  console.log(`${pad('previous document, [ (median / p95)', 44)} ${corpus.previous_ms.median.toFixed(1)} / ${corpus.previous_ms.p95.toFixed(1)}`);
  console.log(`${pad('JS heap / wasm memory MB', 44)} ${corpus.js_heap_mb.toFixed(1)} / ${corpus.wasm_memory_mb.toFixed(1)}`);
}
console.log(`\nfirst load, gzipped: ${firstLoad} bytes (target ≤ 256000)`);
console.log('written: bench/results.json, bench/browser.json, bench/corpus.json');
