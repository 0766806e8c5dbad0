// Every format through the app: import one file of each through the Import dialog, check what
// the annotator sees, export it back from the Export menu, and import that again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { panelSpans } from '../lib/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const golden = root + 'crates/core/tests/golden/';
let server, browser, page;

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist', { acceptDialogs: true }));
  await page.goto(server.url);
  await page.getByLabel('Article text').fill('A first document about Kyiv.');
  await page.getByRole('button', { name: 'Start annotating' }).click();
});

after(() => closeApp({ server, browser }));

const file = async (name) => ({ name: name.split('/').pop(), mimeType: 'application/octet-stream', buffer: await readFile(golden + name) });

async function importFiles(files, { format, add = false } = {}) {
  await page.getByRole('button', { name: 'Import from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Import file').setInputFiles(files);
  if (format) await dialog.getByLabel('Import format').selectOption(format);
  const preview = dialog.getByRole('status');
  await preview.waitFor();
  const summary = await preview.locator('p').textContent();
  if (add) await dialog.getByLabel('Add to its documents').check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return summary;
}

async function exportAs(title, unit) {
  await page.getByRole('button', { name: 'Export as…' }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  if (unit) await menu.getByLabel('Offset unit').selectOption(unit);
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: title }).click()]);
  return { name: download.suggestedFilename(), buffer: await readFile(await download.path()) };
}

const seen = async () => (await panelSpans(page)).map((s) => [s.label, s.text]).sort();

const CASES = [
  { title: 'doccano JSONL', files: ['doccano.jsonl'], summary: '2 documents, 3 spans, 0 warnings', spans: [['Date', 'Friday'], ['Place', 'Moscow']] },
  // As Label Studio's editor writes it: code points, read with no option.
  { title: 'Label Studio JSON', files: ['label_studio_editor.json'], summary: '1 document, 3 spans, 0 warnings',
    spans: [['Actor', 'test'], ['Place', 'Montréal'], ['Place', '東京都']] },
  // A file counted in UTF-16 units: recognised from its texts, and said.
  { title: 'Label Studio JSON', files: ['label_studio.json'], summary: '1 document, 3 spans, 2 warnings',
    spans: [['Actor', 'Terrorists'], ['Date', 'Friday'], ['Place', 'Moscow']] },
  { title: 'brat standoff (.zip of .txt/.ann)', files: ['brat/moscow.txt', 'brat/moscow.ann'], summary: '1 document, 3 spans, 2 warnings',
    spans: [['Actor', 'The FSB said'], ['Date', 'Friday'], ['Place', 'Moscow']] },
  { title: 'CoNLL BIO', files: ['conll2003.txt'], summary: '1 document, 4 spans, 1 warning',
    spans: [['MISC', 'British'], ['MISC', 'German'], ['ORG', 'EU'], ['PER', 'Peter Blackburn']] },
  { title: 'spaCy training JSON', files: ['spacy.json'], summary: '1 document, 1 span, 0 warnings', spans: [['ORG', 'Uber']] },
  { title: 'displaCy JSON', files: ['displacy.json'], summary: '1 document, 1 span, 0 warnings', spans: [['ORG', 'Google']] },
];

for (const c of CASES) {
  test(`${c.title} (${c.files[0]}): import through the dialog, export, import again`, async () => {
    const summary = await importFiles(await Promise.all(c.files.map(file)));
    assert.match(summary, new RegExp(`^${c.title.replace(/[().]/g, '\\$&')}: ${c.summary}`));
    assert.deepEqual(await seen(), c.spans);
    const exported = await exportAs(c.title);
    await importFiles([{ name: exported.name, mimeType: 'application/octet-stream', buffer: exported.buffer }]);
    assert.deepEqual(await seen(), c.spans, 'the export reads back the same');
  });
}

test('export in UTF-16 names the unit and shifts offsets after an emoji', async () => {
  await importFiles([await file('doccano.jsonl')]);
  const exported = await exportAs('doccano JSONL', 'utf16');
  const first = JSON.parse(exported.buffer.toString('utf8').split('\n')[0]);
  assert.equal(first.offset_unit, 'utf16');
  assert.deepEqual(first.label, [[18, 24, 'Place'], [31, 37, 'Date']]);
});

test('adding to the project keeps what was there and lists both documents', async () => {
  await importFiles([await file('spacy.json')]);
  await importFiles([await file('displacy.json')], { add: true });
  const rows = page.getByRole('list', { name: 'Documents' }).locator('[data-doc-id]');
  assert.equal(await rows.count(), 2);
  assert.deepEqual(await seen(), [['ORG', 'Google']]);
  await rows.first().getByRole('button').click();
  assert.deepEqual(await seen(), [['ORG', 'Uber']]);
  await page.keyboard.press('Control+z');
  assert.equal(await rows.count(), 1, 'undo takes the added document away');
});

test('a bad file shows why in the preview and changes nothing', async () => {
  const before = await seen();
  await page.getByRole('button', { name: 'Import from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Import file').setInputFiles({ name: 'bad.jsonl', mimeType: 'text/plain', buffer: Buffer.from('{"text": "ab", "label": [[0, 9, "X"]]}\n') });
  assert.match(await dialog.getByRole('alert').textContent(), /line 1: label\[0\]\[1\]: 9 is past the end/);
  assert.equal(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual(await seen(), before);
});

test('CoNLL can be written with BILOU tags', async () => {
  await importFiles([await file('conll2003.txt')]);
  const exported = await exportAs('CoNLL BILOU');
  const text = exported.buffer.toString('utf8');
  assert.match(text, /^EU U-ORG$/m);
  assert.match(text, /^Peter B-PER\nBlackburn L-PER$/m);
});
