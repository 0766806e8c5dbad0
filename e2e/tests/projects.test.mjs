// Corpus projects that never lose work: import 1,000 documents from JSONL, annotate and mark
// documents done, reload, kill the browser, open the project in two tabs, run out of storage,
// restore a backup into an empty profile, manage projects, and migrate an earlier version's work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../lib/server.mjs';
import { launchProfile, assertCleanConsole } from '../lib/browser.mjs';
import { panelSpans } from '../lib/page.mjs';
import { fixtureParagraphs, jsonlCorpus } from '../bench/corpus.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = 1000;

let server, browser, page, corpus;
const profiles = [];

async function open(dir) {
  const b = await launchProfile(dir);
  profiles.push(b);
  const p = b.context.pages()[0] ?? await b.context.newPage();
  return [b, p];
}

before(async () => {
  server = await serveDist(root + 'dist');
  [browser, page] = await open();
  corpus = jsonlCorpus(fixtureParagraphs(), DOCS, 120);
});

after(async () => {
  for (const b of profiles) await b.context.close().catch(() => {});
  await server?.close();
  for (const b of profiles) assertCleanConsole(b);
});

const docRows = (p = page) => p.getByRole('list', { name: 'Documents' }).locator('[data-doc-id]');
const docCount = (p = page) => p.locator('section.documents h2 .count').textContent();
const saveStatus = (p = page) => p.locator('.save-status').textContent();
const progress = async (p = page) => {
  const bar = p.getByRole('progressbar', { name: 'Project progress' });
  return [await bar.getAttribute('aria-valuenow'), await bar.getAttribute('aria-valuemax')];
};
const row = (id, status, p = page) => p.locator(`[aria-label="Documents"] [data-doc-id="${id}"][data-status="${status}"]`);
const openDocId = (p = page) => p.locator('.doc-position b').textContent();

async function download(p, click) {
  const [d] = await Promise.all([p.waitForEvent('download'), click()]);
  return readFile(await d.path(), 'utf8');
}
const exportJson = (p = page) => download(p, () => p.getByRole('button', { name: 'Export JSON', exact: true }).click());

/// Labels the first word of the open document by keyboard: cursor on, then the label's hotkey.
async function labelFirstWord(p, key, words = 1) {
  await p.keyboard.press('Escape');
  await p.keyboard.press('ArrowRight');
  for (let i = 1; i < words; i++) await p.keyboard.press('Shift+ArrowRight');
  await p.keyboard.press(key);
}

/// "Every change is saved within a second."
const aSecond = () => new Promise((ok) => setTimeout(ok, 1000));

async function waitSaved(p = page) {
  await p.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved', null, { timeout: 120_000 });
}

async function openById(p, id) {
  await p.getByLabel('Search documents').fill(id);
  await docRows(p).filter({ has: p.locator(`text=${id}`) }).first().getByRole('button').click();
  await p.getByLabel('Search documents').fill('');
  await p.evaluate(() => document.activeElement.blur());
  await p.locator('.doc-position b', { hasText: id }).waitFor();
}

test('1,000 documents import from JSONL into a new project, with progress', async () => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Import file').setInputFiles({ name: 'corpus.jsonl', mimeType: 'text/plain', buffer: Buffer.from(corpus) });
  await dialog.getByRole('status').waitFor();
  assert.match(await dialog.getByRole('status').textContent(), /doccano JSONL: 1000 documents, 0 spans/);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await docCount(), String(DOCS));
  assert.deepEqual(await progress(), ['0', String(DOCS)]);
  assert.equal(await openDocId(), 'doc-0001');
  assert.equal(await page.getByLabel('Document date').inputValue(), '2024-03-02', 'meta.date became the date');
  await waitSaved();
});

test('annotations in three documents and a done mark survive a reload', async () => {
  await labelFirstWord(page, 'a');
  await page.getByRole('button', { name: 'Mark done' }).click();
  await row('doc-0001', 'done').waitFor();
  assert.deepEqual(await progress(), ['1', String(DOCS)]);
  await page.keyboard.press(']');
  await page.locator('.doc-position b', { hasText: 'doc-0002' }).waitFor();
  await labelFirstWord(page, 'p', 2);
  await row('doc-0002', 'in-progress').waitFor();
  await openById(page, 'doc-0500');
  await labelFirstWord(page, 'd');

  // The filter and "next unfinished".
  await page.getByLabel('Status filter').selectOption('done');
  // The list is drawn again on the next frame after the filter changes.
  await page.waitForFunction(() => document.querySelectorAll('.doc-rows [data-doc-id]').length === 1);
  assert.deepEqual(await docRows().evaluateAll((rows) => rows.map((r) => r.dataset.docId)), ['doc-0001']);
  await page.getByRole('button', { name: 'Export as…' }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  await menu.getByLabel('Only listed documents').check();
  const lines = (await download(page, () => menu.getByRole('menuitem', { name: 'doccano JSONL' }).click())).trim().split('\n');
  assert.deepEqual(lines.map((l) => JSON.parse(l).id), ['doc-0001'], 'only the listed document is exported');
  await page.getByLabel('Status filter').selectOption('all');
  await openById(page, 'doc-0001');
  await page.getByRole('button', { name: 'Next unfinished' }).click();
  assert.equal(await openDocId(), 'doc-0002');

  const before = await exportJson();
  const file = JSON.parse(before);
  assert.equal(file.documents.length, DOCS);
  const annotated = file.documents.filter((d) => d.spans.length).map((d) => [d.id, d.spans.map((s) => s.label)]);
  assert.deepEqual(annotated, [['doc-0001', ['Actor']], ['doc-0002', ['Place']], ['doc-0500', ['Date']]]);
  assert.equal(file.documents[0].status, 'done');
  assert.equal(file.documents[1].status, 'in-progress');

  await aSecond();
  await page.reload();
  await page.locator('#doc-text').waitFor();
  assert.equal(await openDocId(), 'doc-0002', 'the open document is still open');
  assert.equal(await exportJson(), before);
  assert.deepEqual(await progress(), ['1', String(DOCS)]);
});

test('killing the browser right after an edit loses nothing', async () => {
  await labelFirstWord(page, 'a');
  const expected = await exportJson();
  await aSecond();
  const dir = browser.userDataDir;
  const pids = execFileSync('pgrep', ['-f', '--', `--user-data-dir=${dir}`]).toString().trim().split('\n');
  for (const pid of pids) {
    try { process.kill(Number(pid), 'SIGKILL'); } catch { /* already gone */ }
  }
  await browser.context.close().catch(() => {});
  [browser, page] = await open(dir);
  await page.goto(server.url);
  await page.locator('#doc-text').waitFor();
  assert.equal(await exportJson(), expected);
});

test('a second tab on the project is noticed, and its saves stop the first tab from overwriting them', async () => {
  const second = await browser.context.newPage();
  await second.goto(server.url);
  await second.locator('#doc-text').waitFor();
  await page.getByRole('alert').filter({ hasText: 'open in another tab too' }).waitFor();
  await second.getByRole('alert').filter({ hasText: 'open in another tab too' }).waitFor();

  await openById(second, 'doc-0003');
  await labelFirstWord(second, 'p');
  await page.getByRole('alert').filter({ hasText: 'changed in another tab' }).waitFor();
  assert.match(await saveStatus(), /Not saving/);
  await page.getByRole('alert').getByRole('button', { name: 'Download backup' }).waitFor();

  await openById(page, 'doc-0004');
  await labelFirstWord(page, 'p'); // kept in this tab only
  await aSecond();
  await second.close();
  await page.reload();
  await page.locator('#doc-text').waitFor();
  const docs = JSON.parse(await exportJson()).documents;
  assert.equal(docs.find((d) => d.id === 'doc-0003').spans.length, 1, "the second tab's edit is stored");
  assert.equal(docs.find((d) => d.id === 'doc-0004').spans.length, 0, 'the paused tab did not overwrite it');
});

test('a full disk is reported at once, nothing is lost, and the backup holds everything', async () => {
  // A test hook stands in for a small quota: Chromium's Storage.overrideQuotaForOrigin does not
  // reach IndexedDB writes here. Writes over 1 MB now fail as a full disk makes them fail.
  await page.evaluate(() => localStorage.setItem('spanwright.test.quota', '1000000'));
  const big = 'date 2024-03-30\n' + 'A very long dispatch from Kharkiv. '.repeat(60_000);
  await page.getByText('Add documents').click();
  await page.getByLabel('New document text').fill(big);
  await page.getByRole('button', { name: 'Add document' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not save' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /storage for this site is full/);
  assert.match(await saveStatus(), /Not saved/);
  assert.equal(await docCount(), String(DOCS + 1), 'the new document stays in the tab');
  const backup = JSON.parse(await download(page, () => alert.getByRole('button', { name: 'Download backup' }).click()));
  assert.equal(backup.documents.length, DOCS + 1);
  assert.ok(backup.documents.at(-1).text.startsWith('A very long dispatch'));

  // With room again, the next change writes what failed too.
  await page.evaluate(() => localStorage.removeItem('spanwright.test.quota'));
  await labelFirstWord(page, 'p');
  await waitSaved();
  const expected = await exportJson();
  await page.reload();
  await page.locator('#doc-text').waitFor();
  assert.equal(await exportJson(), expected);
  assert.equal(await docCount(), String(DOCS + 1));
});

test('a folder of .txt files and dropped files are added as documents', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'spanwright-folder-'));
  await mkdir(join(dir, 'more'));
  await writeFile(join(dir, 'kyiv.txt'), 'date 2024-03-21\nTalks in Kyiv.');
  await writeFile(join(dir, 'more', 'lviv.txt'), 'Rain in Lviv.');
  await writeFile(join(dir, 'notes.md'), 'not a document');
  const count = Number(await docCount());
  await page.getByLabel('Add a folder').setInputFiles(dir);
  await page.getByRole('status').filter({ hasText: 'Skipped: notes.md' }).waitFor();
  assert.equal(Number(await docCount()), count + 2);
  assert.equal(await openDocId(), 'kyiv', 'the first added document opens, named after its file');
  assert.equal(await page.getByLabel('Document date').inputValue(), '2024-03-21');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Snow in Odesa.'], 'odesa.txt', { type: 'text/plain' }));
    data.items.add(new File(['Sun in Dnipro.'], 'dnipro.txt', { type: 'text/plain' }));
    const target = document.querySelector('.add-documents');
    for (const type of ['dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.locator('.doc-position b', { hasText: 'dnipro' }).waitFor();
  assert.equal(Number(await docCount()), count + 4);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => document.querySelector('section.documents h2 .count').textContent === String(n), count + 2);
});

test('a backup restores the project exactly in an empty browser profile', async () => {
  const original = await exportJson();
  const backup = await download(page, () => page.locator('.project-bar').getByRole('button', { name: 'Download backup' }).click());
  const [, fresh] = await open();
  await fresh.goto(server.url);
  await fresh.getByLabel('Restore backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await fresh.locator('#doc-text').waitFor({ timeout: 60_000 });
  assert.equal(await exportJson(fresh), original, 'byte for byte');
  assert.equal(await download(fresh, () => fresh.locator('.project-bar').getByRole('button', { name: 'Download backup' }).click()), backup);
  assert.equal(await fresh.locator('.project-name').textContent(), await page.locator('.project-name').textContent());
});

test('projects can be listed, renamed, duplicated and deleted (after confirming)', async () => {
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  const list = page.getByRole('list', { name: 'Projects' });
  await list.locator('li').first().waitFor();
  const name = await list.locator('.project-open').first().textContent();
  assert.match(await list.locator('li').first().textContent(), /1003 documents, 1 done/);

  page.once('dialog', (d) => d.accept('Moscow corpus'));
  await list.getByRole('button', { name: `Rename ${name}` }).click();
  await list.getByRole('button', { name: 'Moscow corpus', exact: true }).waitFor();

  await list.getByRole('button', { name: 'Duplicate Moscow corpus' }).click();
  await list.getByRole('button', { name: 'Moscow corpus (copy)', exact: true }).waitFor();

  page.once('dialog', (d) => d.dismiss());
  await list.getByRole('button', { name: 'Delete Moscow corpus (copy)' }).click();
  assert.equal(await list.locator('li').count(), 2, 'dismissing keeps the project');
  page.once('dialog', (d) => d.accept());
  await list.getByRole('button', { name: 'Delete Moscow corpus (copy)' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[aria-label="Projects"] li').length === 1);

  await list.getByRole('button', { name: 'Moscow corpus', exact: true }).click();
  await page.locator('#doc-text').waitFor();
  assert.equal(await docCount(), String(DOCS + 3));
});

test('work saved by an earlier version becomes a project, and its record is kept aside', async () => {
  const [, old] = await open();
  await old.goto(server.url);
  const session = {
    draft: 'half-typed', snap: true,
    workspace: {
      docs: [{ id: 'doc-old', date: '2024-03-23', meta_extra: {}, text: 'Ann met Bo in Kyiv.', extra: {},
        spans: [{ id: 's1', start: 14, end: 18, label: 2, extra: {} }] }],
      current: 0,
      labels: { labels: [
        { id: 0, name: 'Actor', color: '#E69F00', hotkey: 'a', extra: {} },
        { id: 1, name: 'Date', color: '#56B4E9', hotkey: 'd', extra: {} },
        { id: 2, name: 'Place', color: '#009E73', hotkey: 'p', extra: {} }], next_id: 3 },
      file_extra: {}, history: { undo: [], redo: [] }, next_span: 2,
    },
  };
  await old.evaluate((s) => localStorage.setItem('spanwright.session.v1', JSON.stringify(s)), session);
  await old.reload();
  await old.locator('#doc-text').waitFor();
  assert.equal(await old.locator('.project-name').textContent(), 'My work');
  assert.deepEqual((await panelSpans(old)).map((s) => [s.label, s.text]), [['Place', 'Kyiv']]);
  assert.equal(await old.getByLabel('Document date').inputValue(), '2024-03-23');
  assert.equal(await old.evaluate(() => localStorage.getItem('spanwright.session.v1')), null);
  assert.ok(await old.evaluate(() => localStorage.getItem('spanwright.session.v1.migrated')));
  await old.reload();
  await old.locator('#doc-text').waitFor();
  await old.getByRole('button', { name: 'Projects', exact: true }).click();
  // The list is read from storage after the start page shows: wait for it, then count.
  await old.getByRole('list', { name: 'Projects' }).locator('li').first().waitFor();
  assert.equal(await old.getByRole('list', { name: 'Projects' }).locator('li').count(), 1, 'migrated once');
  assert.equal(await old.getByLabel('Article text').inputValue(), 'half-typed');
});
