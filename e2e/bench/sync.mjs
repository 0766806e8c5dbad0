// The sync benchmark, on pouchdb-server on localhost: the lead's first sync of 10,000 documents
// (time, requests, bytes), an annotator joining that project (the same, the other way), and the
// time from an annotator's edit to the curator's page showing it. Prints a table and writes
// bench/sync.json. Run by `make bench` (BENCH_SYNC_DOCS, BENCH_REPS).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importJson, dragOver } from '../lib/page.mjs';
import { launchProfile } from '../lib/browser.mjs';
import { stats } from './stats.mjs';
import { openBench } from './probe.mjs';
import { benchParagraphs, benchFile } from './corpus.mjs';
import { startCouch, setupTeam, USERS, ADMIN, COUCH } from '../lib/couch.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shared = process.env.SPANWRIGHT_SHARED ?? root + '../shared/';
const DOCS = Number(process.env.BENCH_SYNC_DOCS ?? 10000);
const REPS = Math.min(Number(process.env.BENCH_REPS ?? 20), 10);

const couch = await startCouch();
await setupTeam('bench');
const paras = benchParagraphs(shared);
const short = benchFile(paras, 120);
// The word the annotator labels: the first long word of the document.
const WORD = short.documents[0].text.match(/\p{L}{6,}/u)[0];
const corpus = { ...short, documents: Array.from({ length: DOCS }, (_, i) => ({ ...short.documents[0], id: `doc-${String(i + 1).padStart(5, '0')}` })) };

/** Counts the requests to the server and their bytes (bodies both ways). */
function meter(context) {
  const m = { requests: 0, sent: 0, received: 0 };
  context.on('requestfinished', async (r) => {
    if (!r.url().startsWith(COUCH)) return;
    m.requests++;
    const s = await r.sizes().catch(() => null);
    if (s) { m.sent += s.requestBodySize; m.received += s.responseBodySize; }
  });
  return m;
}

async function signIn(page, user, password) {
  await page.getByRole('button', { name: /^Sync$|Join a team/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Sync' });
  await dialog.getByLabel('Server URL').fill(couch.url('bench'));
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password').fill(password);
  const t0 = Date.now();
  await dialog.getByRole('button', { name: 'Sign in and sync' }).click();
  await page.waitForFunction(() => /^All sent · last sync/.test(document.querySelector('[aria-label="Sync status"]')?.textContent ?? ''),
    null, { timeout: 900000, polling: 50 });
  const ms = Date.now() - t0;
  await dialog.getByRole('button', { name: 'Close' }).click();
  return ms;
}

const { server, context, page } = await openBench(root + 'dist');
await importJson(page, corpus, 'corpus.json');
await page.waitForFunction((n) => document.querySelector('section.documents h2 .count')?.textContent === String(n), DOCS, { timeout: 300000 });
await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved', null, { timeout: 300000 });
const leadMeter = meter(context);
// The first sync is interrupted (the page reloaded) a third of the way, and resumes by itself.
const t0 = Date.now();
await page.getByRole('button', { name: 'Sync', exact: true }).click();
const dialog = page.getByRole('dialog', { name: 'Sync' });
await dialog.getByLabel('Server URL').fill(couch.url('bench'));
await dialog.getByLabel('User name').fill(ADMIN.name);
await dialog.getByLabel('Password').fill(ADMIN.password);
await dialog.getByRole('button', { name: 'Sign in and sync' }).click();
await page.waitForFunction(() => {
  const m = /Sending (\d+) of (\d+)/.exec(document.querySelector('[aria-label="Sync status"]')?.textContent);
  return m && Number(m[1]) >= Number(m[2]) / 3;
}, null, { timeout: 900000, polling: 50 });
const cut = await page.locator('[aria-label="Sync status"]').textContent();
await page.reload();
await page.waitForFunction(() => /^All sent · last sync/.test(document.querySelector('[aria-label="Sync status"]')?.textContent ?? ''),
  null, { timeout: 900000, polling: 50 });
const lead = { ms: Date.now() - t0, interrupted_at: cut, ...leadMeter };
const info = await (await fetch(couch.url('bench'), { headers: { authorization: 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64') } })).json();
lead.records_on_server = info.doc_count;

// An annotator joins: every document arrives.
const ann = await launchProfile();
const annPage = await ann.context.newPage();
await annPage.goto(server.url);
const annMeter = meter(ann.context);
const joinMs = await signIn(annPage, 'ann', USERS.ann);
const join = { ms: joinMs, ...annMeter };

// The curator, and the time from ann's edit to the curator's document list showing two versions.
const cy = await launchProfile();
const cyPage = await cy.context.newPage();
await cyPage.goto(server.url);
await signIn(cyPage, 'cy', USERS.cy);
const latency = [];
for (let i = 0; i < REPS; i++) {
  const id = `doc-${String(i + 1).padStart(5, '0')}`;
  // The list shows a window of its 10,000 rows: the search brings the document's row into it.
  await annPage.getByLabel('Search documents').fill(id);
  await annPage.locator(`[data-doc-id="${id}"]`).click();
  await annPage.locator('.doc-position b', { hasText: id }).waitFor();
  await annPage.locator('#doc-text .piece').first().waitFor();
  await cyPage.getByLabel('Search documents').fill(id);
  await cyPage.locator(`[data-doc-id="${id}"]`).waitFor();
  // A word of the text, selected, then labelled by key: the edit.
  await dragOver(annPage, WORD);
  const t0 = Date.now();
  await annPage.keyboard.press('a');
  await cyPage.waitForFunction((id) => document.querySelector(`[data-doc-id="${id}"]`)?.dataset.curation, id, { timeout: 30000, polling: 10 });
  latency.push(Date.now() - t0);
}

const results = { documents: DOCS, lead_first_sync: lead, annotator_join: join, edit_to_curator_ms: stats(latency) };
mkdirSync(root + 'bench', { recursive: true });
writeFileSync(root + 'bench/sync.json', JSON.stringify(results, null, 2) + '\n');
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
console.log(`\n== sync (pouchdb-server on localhost)`);
console.log(`lead's first sync of ${DOCS} documents (reloaded at "${lead.interrupted_at}", resumed): ${(lead.ms / 1000).toFixed(1)} s, ${lead.requests} requests, ${mb(lead.sent)} sent, ${mb(lead.received)} received; ${lead.records_on_server} records on the server`);
console.log(`an annotator joins (${DOCS} documents arrive): ${(join.ms / 1000).toFixed(1)} s, ${join.requests} requests, ${mb(join.sent)} sent, ${mb(join.received)} received`);
console.log(`edit → curator's page, median / p95: ${results.edit_to_curator_ms.median.toFixed(0)} / ${results.edit_to_curator_ms.p95.toFixed(0)} ms (target ≤ 1000)`);
for (const c of [ann.context, cy.context, context]) await c.close();
await server.close();
await couch.stop();
