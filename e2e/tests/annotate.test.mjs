// The core flow in a real browser: paste the sample article, label with the mouse and the
// keyboard, relabel, delete, undo and redo, export and copy, reload, import, and check that no
// request left the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { dragOver, doubleClickOn, clickOn, panelSpans, cpSlice, importJson, suggestionsDrawn, textRect, twoFrames } from '../lib/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The project's own article, in the shape users paste: a date header, curly quotes, repeats.
const SAMPLE = root + 'e2e/fixtures/article.txt';

let server, browser, page, article, body;
const seen = [];

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist', { acceptDialogs: true }));
  browser.context.on('request', (r) => seen.push(r.url()));
  article = await readFile(SAMPLE, 'utf8');
  body = article.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
});

after(() => closeApp({ server, browser }));

const annotations = () => page.getByRole('list', { name: 'Annotations' });

async function exportJson() {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

test('paste the sample article and start annotating', async () => {
  await page.goto(server.url);
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await assert.doesNotReject(page.locator('#doc-text').waitFor());
  assert.equal(await page.getByLabel('Document date').inputValue(), '2024-03-23');
  const shown = await page.locator('#doc-text').textContent();
  assert.equal(shown, body, 'the header is not part of the text, and the text is kept exactly');
  // The engine's suggestions (places last) arrive on their own; the tests below label by hand,
  // so they start once the text is drawn with them.
  await suggestionsDrawn(page, 30000);
});

test('drag-select with the mouse and label by hotkey and by button, snapped to words', async () => {
  await dragOver(page, 'Moscow');
  await page.keyboard.press('p');
  // Partial words on both ends snap outward to "Islamic State".
  await dragOver(page, 'Islamic State (IS)', { from: 0.15, to: 0.5 });
  await page.getByRole('button', { name: 'Actor', exact: true }).click();
  await doubleClickOn(page, 'Friday');
  await page.keyboard.press('2');
  const spans = await panelSpans(page);
  assert.deepEqual(spans.map((s) => [s.label, s.text]).sort(), [
    ['Actor', 'Islamic State'], ['Date', 'Friday'], ['Place', 'Moscow']]);
  for (const s of spans) assert.equal(cpSlice(body, s.start, s.end), s.text, `offsets of ${s.text}`);
});

test('spans after curly quotes keep exact code-point offsets, and nested spans both show', async () => {
  await dragOver(page, 'Russia’s Federal Security Service');
  await page.keyboard.press('a');
  await dragOver(page, 'Russia’s Federal', { to: 0.3 });
  await page.keyboard.press('p');
  const spans = await panelSpans(page);
  const actor = spans.find((s) => s.text === 'Russia’s Federal Security Service');
  const place = spans.find((s) => s.text === 'Russia');
  assert.ok(actor && place, JSON.stringify(spans));
  assert.equal(cpSlice(body, actor.start, actor.end), actor.text);
  const both = page.locator(`#doc-text [data-spans~="${actor.id}"][data-spans~="${place.id}"]`);
  assert.equal(await both.count(), 1, 'the place inside the actor is drawn with both spans');
});

test('click a span to relabel or delete it; undo and redo', async () => {
  await clickOn(page, 'Friday');
  const popover = page.getByRole('dialog', { name: 'Span' });
  await popover.getByRole('button', { name: 'Place' }).click();
  let friday = (await panelSpans(page)).find((s) => s.text === 'Friday');
  assert.equal(friday.label, 'Place');
  await popover.getByRole('button', { name: 'Delete span' }).click();
  assert.equal((await panelSpans(page)).find((s) => s.text === 'Friday'), undefined);
  await page.keyboard.press('Control+z');
  friday = (await panelSpans(page)).find((s) => s.text === 'Friday');
  assert.equal(friday?.label, 'Place', 'undo brings the span back');
  await page.keyboard.press('Control+z');
  friday = (await panelSpans(page)).find((s) => s.text === 'Friday');
  assert.equal(friday.label, 'Date', 'undo reverts the relabel');
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.keyboard.press('Control+y');
  assert.equal((await panelSpans(page)).find((s) => s.text === 'Friday'), undefined, 'redo deletes again');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal((await panelSpans(page)).find((s) => s.text === 'Friday')?.label, 'Date');
});

test('keyboard only: move by word, extend with Shift, label, delete', async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight'); // "The"
  await page.keyboard.press('ArrowRight'); // "recent"
  await page.keyboard.press('Shift+ArrowRight'); // "recent attack"
  assert.equal(await page.locator('#doc-text .cursor').allTextContents().then((t) => t.join('')), 'recent attack');
  await page.keyboard.press('a');
  let spans = await panelSpans(page);
  assert.ok(spans.some((s) => s.text === 'recent attack' && s.label === 'Actor'), JSON.stringify(spans));
  await page.keyboard.press('Delete');
  spans = await panelSpans(page);
  assert.ok(!spans.some((s) => s.text === 'recent attack'));
});

test('hotkeys never fire while typing in an input', async () => {
  const before = await panelSpans(page);
  await page.getByLabel('Document date').focus();
  await page.keyboard.press('a');
  await page.keyboard.press('p');
  assert.deepEqual(await panelSpans(page), before);
});

test('with snapping off a partial selection stays as selected', async () => {
  await page.getByLabel('Snap to words').uncheck();
  // Read once the span is listed (a loaded machine can take more than a frame). The gesture is
  // made a second time if the first left no span: on a loaded machine a selection is sometimes
  // lost before its key (noted in the closing note of issue 14, under investigation).
  let partial;
  for (let attempt = 0; attempt < 2 && !partial; attempt++) {
    await dragOver(page, 'numerous', { to: 0.5 });
    await page.keyboard.press('a');
    for (let i = 0; i < 20 && !partial; i++) {
      partial = (await panelSpans(page)).find((s) => 'numerous'.startsWith(s.text) && s.text !== 'numerous');
      if (!partial) await page.waitForTimeout(100);
    }
  }
  assert.ok(partial, 'a part of the word was labelled');
  await page.keyboard.press('Control+z');
  await page.getByLabel('Snap to words').check();
});

test('the date is editable and its change is undoable', async () => {
  await page.getByLabel('Document date').fill('2024-03-22');
  await page.getByLabel('Document date').press('Tab');
  assert.equal(JSON.parse(await exportJson()).documents[0].meta.date, '2024-03-22');
  await page.keyboard.press('Control+z');
  assert.equal(await page.getByLabel('Document date').inputValue(), '2024-03-23');
});

test('clicking a listed span scrolls to it and flashes it', async () => {
  const item = annotations().locator('[data-span-id]').last();
  const id = await item.getAttribute('data-span-id');
  await item.getByRole('button').click();
  const mark = page.locator(`#doc-text [data-spans~="${id}"]`).first();
  await mark.and(page.locator('.flash')).waitFor();
  assert.ok(await mark.isVisible());
});

test('a crashed tab loses nothing', async () => {
  const before = await exportJson();
  await page.goto('chrome://crash').catch(() => {});
  page = await browser.context.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(server.url);
  await page.locator('#doc-text').waitFor();
  assert.equal(await exportJson(), before);
});

test('a reload brings back the document, its date and spans', async () => {
  const before = await exportJson();
  await page.reload();
  await page.locator('#doc-text').waitFor();
  assert.equal(await exportJson(), before);
});

test('export, copy and re-import give identical JSON with exact offsets', async () => {
  const exported = await exportJson();
  const file = JSON.parse(exported);
  assert.equal(file.format, 'spanwright');
  assert.equal(file.offset_unit, 'codepoint');
  assert.equal(file.documents[0].meta.date, '2024-03-23');
  assert.equal(file.documents[0].text, body);
  assert.ok(file.documents[0].spans.length >= 5);
  for (const s of file.documents[0].spans) assert.equal(cpSlice(body, s.start, s.end), s.text);

  await page.getByRole('button', { name: 'Copy JSON' }).click();
  // The formats worker writes it; the message says when it is on the clipboard.
  await page.locator('.message-text', { hasText: 'Copied the annotations as JSON.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), exported);

  await importJson(page, exported, 'annotations.json');
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  assert.equal(await exportJson(), exported);
});

test('a malformed import says what is wrong and changes nothing', async () => {
  const before = await exportJson();
  const broken = JSON.parse(before);
  broken.documents[0].spans[0].end = 999999;
  await importJson(page, broken, 'broken.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /documents\[0\]\.spans\[0\]\.end/);
  assert.equal(await exportJson(), before);
});

test('labels can be added, re-keyed, used and deleted', async () => {
  await page.getByText('Labels', { exact: true }).click();
  await page.getByRole('button', { name: 'Add label' }).click();
  const name = page.getByLabel('Name of Label 4');
  await name.fill('Event');
  await name.press('Enter');
  await page.getByLabel('Hotkey of Event').fill('e');
  await page.getByLabel('Hotkey of Event').press('Tab');
  await dragOver(page, 'attack', { nth: 0 });
  await page.keyboard.press('e');
  assert.ok((await panelSpans(page)).some((s) => s.label === 'Event' && s.text === 'attack'));
  await page.getByRole('button', { name: 'Delete label Event' }).click(); // the dialog is accepted
  assert.ok(!(await panelSpans(page)).some((s) => s.label === 'Event'));
  assert.equal(await page.getByRole('button', { name: 'Event', exact: true }).count(), 0);
  await page.keyboard.press('Control+z');
  assert.ok((await panelSpans(page)).some((s) => s.label === 'Event'), 'undo restores the label and its span');
});

test('labelling a word moves nothing: not the word, its line or the page', async () => {
  // Words across the first paragraphs, some at the end of a line (where a tag that took width
  // would wrap it); "group" and "Russian" occur again, which brings up a message about repeats.
  const words = ['claimed', 'militant', 'group', 'left', 'numerous', 'dead', 'raised', 'fears', 'region',
    'Analysts', 'describe', 'answer', 'military', 'deadliest', 'decade', 'first', 'size', 'began',
    'fighters', 'Russian'];
  for (const word of words) {
    await textRect(page, word);
    await twoFrames(page);
    const before = await textRect(page, word, 0, { scroll: false });
    const scrolled = await page.evaluate(() => scrollY);
    // On a loaded machine the span may take more than two frames to land: wait for it (the
    // check that nothing moved is made once it has). A selection lost before its key (seen on a
    // loaded machine, under investigation) gets the gesture once more.
    const listed = () => page.waitForFunction((word) => [...document.querySelectorAll('[aria-label="Annotations"] [data-span-id]')]
      .some((li) => li.textContent === word), word, { timeout: 3000 }).then(() => true, () => false);
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.mouse.dblclick(before.x + before.w / 2, before.y + before.h / 2);
      await page.keyboard.press('a');
      if (await listed()) break;
    }
    await twoFrames(page);
    const after = await textRect(page, word, 0, { scroll: false });
    assert.ok((await panelSpans(page)).some((s) => s.text === word), `${word} was labelled`);
    // Less than half a pixel: a new element boundary may shift glyphs by a 64th of a pixel.
    const moved = Math.max(Math.abs(after.x - before.x), Math.abs(after.y - before.y));
    assert.ok(moved < 0.5, `labelling "${word}" moved it by ${after.x - before.x}, ${after.y - before.y} px`);
    assert.equal(await page.evaluate(() => scrollY), scrolled, `labelling "${word}" scrolled the page`);
    if (word === words[0]) {
      // Nor does saving it: the bar above says "Saving…", then "All changes saved" and how much
      // space is used, in its one line.
      await page.locator('.save-status').filter({ hasText: 'All changes saved' }).waitFor();
      await twoFrames(page);
      const saved = await textRect(page, word, 0, { scroll: false });
      assert.deepEqual([saved.x, saved.y], [after.x, after.y], 'saving moved the text');
    }
  }
});

test('pasted markup renders as text', async () => {
  await page.getByRole('button', { name: 'Projects', exact: true }).click();
  const evil = '<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2"> Ann met Bo.';
  await page.getByLabel('Article text').fill(evil);
  await page.getByRole('button', { name: 'Start annotating' }).click();
  assert.equal(await page.locator('#doc-text').textContent(), evil);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.equal(await page.locator('#doc-text img, #doc-text script').count(), 0);
});

test('no request left the page', async () => {
  assert.ok(seen.length > 0);
  const foreign = seen.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
  assert.deepEqual(foreign, []);
});
