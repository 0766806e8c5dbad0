// Profiles editing a 100,000-word document with its suggestions drawn: a CPU profile (the
// DevTools protocol's sampling profiler) over 20 spans added from the keyboard and 20 undos,
// printed as the functions with the most time of their own. For readable names build a site with
// wasm-opt off and names kept, e.g. index.html with `data-wasm-opt="0" data-keep-debug` built
// into /tmp/prof-dist, then `PROFILE_DIST=/tmp/prof-dist node e2e/bench/profile.mjs`.
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { importJson, suggestionsDrawn } from '../lib/page.mjs';
import { benchParagraphs, benchFile } from './corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const { server, browser, page } = await openApp(process.env.PROFILE_DIST ?? root + 'dist');
const { context } = browser;
await page.goto(server.url);
const words = Number(process.env.PROFILE_WORDS ?? 100000);
await importJson(page, benchFile(benchParagraphs(shared), words), 'bench.json');
await suggestionsDrawn(page);
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.keyboard.press('ArrowRight');
for (let i = 0; i < 20; i++) {
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  await page.waitForTimeout(50);
}
for (let i = 0; i < 20; i++) {
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(50);
}
const { profile } = await cdp.send('Profiler.stop');
const dt = [];
for (let i = 0; i < profile.samples.length; i++) dt.push((profile.timeDeltas[i + 1] ?? 0) / 1000);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const f = byId.get(id).callFrame;
  const name = f.functionName || `(${f.url.split('/').pop()}:${f.lineNumber})`;
  self.set(name, (self.get(name) ?? 0) + dt[i]);
});
const busy = [...self].filter(([n]) => n !== '(idle)' && n !== '(program)').reduce((a, [, ms]) => a + ms, 0);
console.log(`busy ${busy.toFixed(0)} ms over 40 edits; the functions with most self time:`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40))) {
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 140)}`);
}
// PROFILE_CALLERS=pattern: the call paths (three callers deep) into functions matching it.
if (process.env.PROFILE_CALLERS) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hits = new Map();
  const re = new RegExp(process.env.PROFILE_CALLERS);
  profile.samples.forEach((id, i) => {
    if (!re.test(byId.get(id).callFrame.functionName)) return;
    const path = [];
    for (let p = parent.get(id); p && path.length < 3; p = parent.get(p)) path.push(byId.get(p).callFrame.functionName.slice(0, 70));
    const key = path.join(' <- ');
    hits.set(key, (hits.get(key) ?? 0) + dt[i]);
  });
  for (const [path, ms] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${ms.toFixed(1).padStart(8)} ms  <- ${path}`);
}
await closeApp({ server, browser });
