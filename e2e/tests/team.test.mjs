// A team's work: three annotators' files of 50 documents become one project's versions, the
// Agreement view shows the reference tools' golden numbers, a document is curated by keys into
// gold, gold is exported, a reload keeps everything, and undo takes back a settled conflict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { TEAM, teamFile, importFirst, addWork } from '../lib/team.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let app, page, golden;

before(async () => {
  app = await openApp(root + 'dist');
  page = app.page;
  golden = JSON.parse(await readFile(TEAM + 'golden.json', 'utf8'));
});

after(async () => closeApp(app));

const message = () => page.locator('.message-text').textContent();
const conflicts = () => page.getByRole('list', { name: 'Conflicts' }).locator('[data-conflict-id]');
const curationStatus = () => page.getByRole('region', { name: 'Curation' }).getByRole('status').textContent();
const close = (a, b, what) => assert.ok(Math.abs(Number(a) - b) < 1e-9, `${what}: shown ${a}, reference ${b}`);

test("three annotators' files become one project's versions; a file of other texts is refused", async () => {
  await page.goto(app.server.url);
  await importFirst(page, 'carol');

  for (const name of ['ann-2', 'ann-3']) {
    const d = await addWork(page, await teamFile(`${name}.json`));
    assert.equal(await d.getByLabel('Annotator', { exact: true }).inputValue(), name, 'named after the file');
    await d.getByRole('button', { name: "Add annotator's work" }).click();
    await d.waitFor({ state: 'detached' });
    assert.equal(await message(), `Added ${name}'s work to 50 documents (50 by id, 0 by text).`);
  }
  assert.equal(await page.locator('[data-doc-id="doc-01"]').getAttribute('data-curation'), 'not-started');

  // doc-08 with another text: refused whole, nothing added.
  const bad = await addWork(page, await teamFile('ann-2.json', (t) => {
    const f = JSON.parse(t);
    f.documents[7].text += ' Changed.';
    return JSON.stringify(f);
  }, 'ann-4.json'));
  await bad.getByRole('button', { name: "Add annotator's work" }).click();
  // Refused in the dialog, which stays open; nothing changed.
  const refusal = bad.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /"doc-08" has another text.*nothing was added/);
  await bad.getByRole('button', { name: 'Cancel' }).click();
  await bad.waitFor({ state: 'detached' });
});

test('the Agreement view shows the figures bratiaa and scikit-learn computed', async () => {
  await page.getByRole('button', { name: 'Agreement' }).click();
  const table = page.getByRole('table', { name: 'Agreement by label' });
  await table.waitFor();
  assert.match(await page.locator('.agreement-summary').textContent(), /3 annotators \(ann-1, ann-2, ann-3\) · 50 documents/);
  for (const [label, f1] of Object.entries(golden.label_f1)) {
    close(await table.locator(`tr[data-label="${label}"] [data-figure="exact-f1"]`).getAttribute('data-value'), f1, label);
    assert.equal(await table.locator(`tr[data-label="${label}"] [data-figure="exact-f1"]`).textContent(), f1.toFixed(3));
  }
  close(await table.locator('tr[data-label="All"] [data-figure="exact-f1"]').getAttribute('data-value'), golden.overall_f1, 'overall');
  for (const [pair, f1] of Object.entries(golden.pair_f1)) {
    close(await page.locator(`[data-pair="${pair}"]`).first().getAttribute('data-value'), f1, pair);
  }
  const kappas = Object.values(golden.pair_kappa);
  close(await page.locator('[data-figure="kappa"]').getAttribute('data-value'), kappas.reduce((a, b) => a + b) / kappas.length, 'κ');
  // Worst document first, as bratiaa ranks them.
  const worst = Object.entries(golden.document_f1).sort((a, b) => a[1] - b[1])[0];
  const first = page.getByRole('table', { name: 'Agreement by document' }).locator('tbody tr').first();
  assert.equal(await first.locator('th').textContent(), worst[0]);
  close(await first.locator('[data-figure="f1"]').getAttribute('data-value'), worst[1], worst[0]);
});

test('a document is curated by keys; undo takes back a settled conflict', async () => {
  const first = page.getByRole('table', { name: 'Agreement by document' }).locator('tbody tr').first();
  const id = await first.locator('th').textContent();
  await first.click();
  await page.locator('.doc-position b', { hasText: id }).waitFor();
  await page.getByRole('button', { name: 'Start: all must agree' }).click();
  await conflicts().first().waitFor();
  const n = await conflicts().count();
  assert.ok(n > 3, `${n} conflicts`);
  assert.equal(await curationStatus(), `${n} of ${n} conflicts left · gold merged by all must agree · ann-1, ann-2, ann-3`);
  // Pieces of text name the versions that cover them.
  const versions = await page.locator('#doc-text [data-versions]').evaluateAll((els) => els.map((e) => e.dataset.versions));
  assert.ok(versions.includes('ann-1 ann-2 ann-3'), 'a span all three share');
  assert.ok(versions.some((v) => v && v.split(' ').length < 3), 'a span only some have');
  assert.ok(await page.locator('#doc-text .piece.suggested').count() > 0, 'conflicts are marked in the text');

  await page.evaluate(() => document.activeElement?.blur());
  const focused = (id) => page.waitForFunction((id) => document.activeElement?.dataset.conflictId === id, id);
  const [firstId, secondId] = await conflicts().evaluateAll((li) => li.slice(0, 2).map((l) => l.dataset.conflictId));
  await page.keyboard.press('Tab');
  await focused(firstId);
  await page.keyboard.press('Tab');
  await focused(secondId);
  await page.keyboard.press('Shift+Tab');
  await focused(firstId);
  const keys = ['1', '2', '3', 'x'];
  for (let k = 0; k < n; k++) {
    await page.keyboard.press(keys[k % 4]);
    await page.waitForFunction((left) => document.querySelector('[aria-label="Curation"] [role=status]')?.textContent.startsWith(`${left} of`), n - k - 1);
  }
  await page.locator(`[data-doc-id="${id}"][data-curation="curated"]`).waitFor();

  assert.equal(await page.locator('#doc-text .piece.suggested').count(), 0, 'nothing left to mark');
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[aria-label="Curation"] [role=status]')?.textContent.startsWith('1 of'));
  await page.locator('#doc-text .piece.suggested').first().waitFor();
  assert.equal(await page.locator('#conflicts li:not(.settled)').count(), 1);
  await page.locator('#conflicts li:not(.settled)').focus();
  await page.keyboard.press('1');
  await page.waitForFunction(() => document.querySelector('[aria-label="Curation"] [role=status]')?.textContent.startsWith('0 of'));
});

test('gold is exported, and a reload keeps versions and curation', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
  const out = JSON.parse(await readFile(await download.path(), 'utf8'));
  const id = await page.locator('.doc-position b').textContent();
  const doc = out.documents.find((d) => d.id === id);
  assert.deepEqual(doc.versions.map((v) => v.annotator), ['ann-1', 'ann-2', 'ann-3']);
  assert.equal(doc.curation.merge, 'all');
  assert.ok(doc.spans.length > 0 && doc.curation.settled.length > 3);
  assert.equal(out.documents.find((d) => d.id === 'doc-01').annotator, 'ann-1');

  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved');
  await page.reload();
  await page.locator(`[data-doc-id="${id}"][data-curation="curated"]`).waitFor();
  await page.getByRole('button', { name: 'Curate', exact: true }).click();
  assert.match(await curationStatus(), /^0 of \d+ conflicts left/);
  assert.equal(await page.getByLabel('Annotator name').inputValue(), 'carol');
  await page.getByLabel('Status filter').selectOption('curated');
  assert.deepEqual(await page.getByRole('list', { name: 'Documents' }).locator('[data-doc-id]').evaluateAll((r) => r.map((x) => x.dataset.docId)), [id]);
});
