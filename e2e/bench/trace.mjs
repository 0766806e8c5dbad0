// Profiles scrolling a 100,000-word document: records a Chromium trace over the DevTools
// protocol and prints where the time went (the tool used to find what to optimize).
// `node e2e/bench/trace.mjs` after `make dist`.
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { importJson, suggestionsDrawn } from '../lib/page.mjs';
import { benchParagraphs, benchFile } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const { server, browser, page } = await openApp(root + 'dist');
const { context } = browser;
await page.goto(server.url);
await importJson(page, benchFile(benchParagraphs(shared), 100000), 'bench.json');
// Suggestions drawn, places included: the editor as an annotator uses it.
await suggestionsDrawn(page);
const cdp = await context.newCDPSession(page);
await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute', transferMode: 'ReturnAsStream' });
if (process.env.TRACE_RELOAD) {
  // A reopened book: its text drawn, then its suggestions arriving.
  await page.reload();
  await suggestionsDrawn(page);
}
if (process.env.TRACE_EDITS) {
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 20; i++) { await page.keyboard.press('ArrowRight'); await page.keyboard.press('p'); }
  for (let i = 0; i < 20; i++) await page.keyboard.press('Control+z');
}
// 60 wheel steps, or with TRACE_ALL the whole way down, as the benchmark scrolls.
for (let i = 0; i < (process.env.TRACE_ALL ? 2000 : process.env.TRACE_RELOAD ? 0 : 60); i++) {
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, 900);
  if (process.env.TRACE_ALL && await page.evaluate(() => innerHeight + scrollY >= document.body.scrollHeight - 4)) break;
}
const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.end');
const { stream } = await complete;
let data = '';
for (;;) {
  const chunk = await cdp.send('IO.read', { handle: stream });
  data += chunk.data;
  if (chunk.eof) break;
}
const parsed = JSON.parse(data);
const events = parsed.traceEvents ?? parsed;
const totals = {};
const longest = {};
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
  longest[e.name] = Math.max(longest[e.name] ?? 0, e.dur / 1000);
}
console.log('  total  longest  event');
for (const [name, ms] of Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${ms.toFixed(0).padStart(7)} ${longest[name].toFixed(0).padStart(8)}  ${name}`);
}
// Top-level tasks only ('toplevel' category): what the long-task API counts.
const main = events.find((e) => e.name === 'Layout')?.tid;
const long = events.filter((e) => e.ph === 'X' && e.dur > 50000 && e.cat?.includes('toplevel') && e.tid === main);
console.log(`tasks over 50 ms: ${long.length}, the longest ${Math.max(0, ...long.map((e) => e.dur / 1000)).toFixed(0)} ms`);
// What ran inside each long task: the longest events nested in it.
for (const t of process.env.TRACE_VERBOSE ? long : []) {
  const inner = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e !== t && e.dur > 5000);
  console.log(`  ${(t.dur / 1000).toFixed(0)} ms: ` + inner.slice(0, 6).map((e) => `${e.name}${e.args?.data?.type ? '(' + e.args.data.type + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''} ${(e.dur / 1000).toFixed(0)}`).join(', '));
}
await closeApp({ server, browser });
