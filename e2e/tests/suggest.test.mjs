// Suggestions in a real browser, on the sample article: dashed outlines once the worker answers
// (places after the gazetteer arrives), Tab / Enter / Backspace, accept all, the per-label switch,
// values in the popover (a date's, a place's, an actor's entity: merge and split), repeats of a
// labelled word (=), and what the export holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp } from '../lib/browser.mjs';
import { clickOn, doubleClickOn, importJson, panelSpans } from '../lib/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The project's own article, in the shape users paste: a date header, curly quotes, repeats.
const SAMPLE = root + 'e2e/fixtures/article.txt';

let server, browser, page;

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist', { acceptDialogs: true }));
});

after(() => closeApp({ server, browser }));

const suggested = (label) => page.locator(`#doc-text .piece.suggested[data-labels~="${label}"]`);

async function exportJson() {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('suggestions appear as dashed outlines; places once the place names arrive', async () => {
  await page.goto(server.url);
  await page.getByLabel('Article text').fill(await readFile(SAMPLE, 'utf8'));
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await page.locator('#doc-text').waitFor();
  await suggested('Date').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading place names' }).waitFor({ state: 'detached' });
  await suggested('Place').first().waitFor();
  const firstPlace = await suggested('Place').first().textContent();
  assert.equal(firstPlace, 'Moscow');
  const style = await suggested('Place').first().getAttribute('style');
  assert.match(style, /outline:2px dashed/);
  assert.equal((await panelSpans(page)).length, 0, 'nothing is a span until accepted');
  assert.match(await page.getByRole('checkbox', { name: 'Suggest Actor' }).locator('..').textContent(), /Actor \(\d+\)/);
});

/// Focus stays on the page, never moved to a control by a key the app handled.
const focusOnPage = () => page.evaluate(() => document.activeElement === document.body
  || !!document.activeElement?.closest('#doc-text'));
const cursorText = () => page.locator('#doc-text .cursor').allTextContents().then((t) => t.join(''));

test('Tab goes to a suggestion, Enter accepts it with its value, Backspace rejects the next', async () => {
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Tab');
  assert.equal(await cursorText(), 'Moscow');
  assert.ok(await focusOnPage(), 'Tab reviews suggestions and leaves focus where it was');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await cursorText(), 'Moscow', 'Tab and Shift+Tab step once each');
  assert.ok(await focusOnPage());
  await page.keyboard.press('Enter');
  const spans = await panelSpans(page);
  assert.deepEqual(spans.map((s) => [s.text, s.label]), [['Moscow', 'Place']]);
  assert.ok(await focusOnPage(), 'Enter accepted once, and focus stayed');
  // The cursor moved on to the next suggestion ("Islamic State"); reject it.
  assert.equal(await cursorText(), 'Islamic State');
  const before = await suggested('Actor').count();
  await page.keyboard.press('Backspace');
  assert.equal(await suggested('Actor').count(), before - 1);
  assert.equal((await panelSpans(page)).length, 1, 'rejecting adds nothing');
  assert.ok(await focusOnPage());
  const doc = (await exportJson()).documents[0];
  assert.equal(doc.spans[0].attrs.id, 'geonames:524901');
  assert.equal(doc.spans[0].attrs.country, 'RU');
  assert.ok(Math.abs(doc.spans[0].attrs.lat - 55.75) < 0.01);
  assert.ok(!doc.spans.some((s) => s.text === 'Islamic State'), 'a suggestion is not exported');
});

test('the popover shows a place, and picks another place of that name', async () => {
  await clickOn(page, 'Moscow');
  const pop = page.getByRole('dialog', { name: 'Span' });
  await pop.waitFor();
  assert.match(await pop.locator('.popover-value').first().textContent(), /Moscow, RU · 55\.752, 37\.618/);
  const other = pop.getByLabel('Other places of this name');
  const options = await other.locator('option').allTextContents();
  const idaho = options.findIndex((o) => o.startsWith('Moscow, US'));
  assert.ok(idaho > 0, `another Moscow is offered: ${options}`);
  await other.selectOption({ index: idaho });
  assert.match(await pop.locator('.popover-value').first().textContent(), /Moscow, US/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  assert.equal((await exportJson()).documents[0].spans[0].attrs.country, 'RU', 'undo brings the first place back');
});

test('accept all dates, then edit a value; the weekday is shown', async () => {
  await page.getByRole('button', { name: 'Accept all Date' }).click();
  assert.equal(await suggested('Date').count(), 0);
  let doc = (await exportJson()).documents[0];
  const friday = doc.spans.find((s) => s.text === 'this Friday');
  assert.deepEqual(friday.attrs, { value: '2024-03-22' });
  await clickOn(page, 'this Friday');
  const pop = page.getByRole('dialog', { name: 'Span' });
  assert.match(await pop.locator('.popover-value').first().textContent(), /2024-03-22 \(Friday\)/);
  await pop.getByLabel('Date value').fill('2024-03-21');
  await pop.getByLabel('Date value').press('Enter');
  await pop.getByLabel('Date value').blur();
  assert.match(await pop.locator('.popover-value').first().textContent(), /2024-03-21 \(Thursday\)/);
  await page.keyboard.press('Escape');
  doc = (await exportJson()).documents[0];
  assert.equal(doc.spans.find((s) => s.text === 'this Friday').attrs.value, '2024-03-21');
});

test('actors share entities; a mention is split off and merged back', async () => {
  await page.getByRole('button', { name: 'Accept all Actor' }).click();
  let doc = (await exportJson()).documents[0];
  const entityOf = (text) => doc.spans.find((s) => s.text === text && s.label === 'Actor').attrs.entity;
  assert.equal(entityOf('FSB'), entityOf('Federal Security Service'));
  assert.equal(entityOf('ISIS'), 'islamic-state');
  const table = doc.entities.find((e) => e.id === 'islamic-state');
  assert.equal(table.canonical, 'Islamic State');
  await clickOn(page, 'ISIS');
  const pop = page.getByRole('dialog', { name: 'Span' });
  await pop.getByLabel('Entity').selectOption('+new');
  doc = (await exportJson()).documents[0];
  assert.equal(entityOf('ISIS'), 'isis', 'split into an entity of its own');
  assert.ok(doc.entities.some((e) => e.id === 'isis' && e.canonical === 'ISIS'));
  await pop.getByLabel('Entity').selectOption('islamic-state');
  doc = (await exportJson()).documents[0];
  assert.equal(entityOf('ISIS'), 'islamic-state', 'merged back');
  await page.keyboard.press('Escape');
});

test('a label switched off hides its suggestions', async () => {
  const places = await suggested('Place').count();
  assert.ok(places > 5);
  await page.getByRole('checkbox', { name: 'Suggest Place' }).uncheck();
  assert.equal(await suggested('Place').count(), 0);
  await page.getByRole('checkbox', { name: 'Suggest Place' }).check();
  assert.equal(await suggested('Place').count(), places);
});

test('labelling a word offers its repeats, and = labels them all', async () => {
  await doubleClickOn(page, 'caliphate');
  await page.keyboard.press('p');
  await page.getByText('appears 1 more time in this document').waitFor();
  await page.keyboard.press('=');
  const doc = (await exportJson()).documents[0];
  assert.equal(doc.spans.filter((s) => s.text === 'caliphate' && s.label === 'Place').length, 2);
  await page.keyboard.press('Control+z');
  const undone = (await exportJson()).documents[0];
  assert.equal(undone.spans.filter((s) => s.text === 'caliphate').length, 1, 'one undo takes the repeats back');
});

test('suggestions not accepted are exported only when asked, marked as suggested', async () => {
  const plain = (await exportJson()).documents[0];
  assert.ok(!plain.spans.some((s) => s.status === 'suggested'), 'Export JSON leaves them out');
  // At a person's pace: Chromium's guard against many downloads at once can hold back one that
  // the page starts on its own (this menu's file comes from the worker) tens of milliseconds
  // after another.
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('checkbox', { name: 'With suggestions' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Spanwright JSON' }).click(),
  ]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')).documents[0];
  const suggestedSpans = doc.spans.filter((s) => s.status === 'suggested');
  assert.ok(suggestedSpans.length > 5, 'the remaining suggestions are in the file');
  const kabul = suggestedSpans.find((s) => s.text === 'Kabul');
  assert.equal(kabul.attrs.country, 'AF');
  assert.ok(doc.spans.some((s) => s.text === 'Moscow' && !s.status), 'accepted spans carry no status');
});

test('the About box credits GeoNames for the place names', async () => {
  const about = page.locator('details.about');
  await about.locator('summary').click();
  await assert.doesNotReject(about.getByText('GeoNames (geonames.org), under the Creative Commons Attribution 4.0').waitFor());
  assert.ok(await about.getByText('Creative Commons Attribution 4.0').isVisible());
  await about.locator('summary').click();
  assert.equal(await about.getByText('Creative Commons Attribution 4.0').isVisible(), false);
});

test('a place the gazetteer lacks is suggested by the words around it, unresolved, and the popover says why', async () => {
  const text = 'Floods cut off the village of Bariyarpur on Monday.\n';
  const doc = { id: 'unknown-place', meta: { date: '2024-03-22' }, text, spans: [] };
  await importJson(page, { format: 'spanwright', version: 1, labels: [{ name: 'Place' }], documents: [doc] }, 'unknown.json');
  await suggested('Place').filter({ hasText: 'Bariyarpur' }).first().waitFor();
  await clickOn(page, 'Bariyarpur');
  const pop = page.getByRole('dialog', { name: 'Span' });
  await pop.waitFor();
  assert.equal(await pop.locator('.popover-value').first().textContent(),
    "Bariyarpur · unresolved: not in the place names · why: named as a place ('the village of')");
  await pop.getByRole('button', { name: 'Accept' }).click();
  const span = (await exportJson()).documents[0].spans.find((s) => s.text === 'Bariyarpur');
  assert.deepEqual(span?.attrs, { name: 'Bariyarpur', resolved: false, why: "named as a place ('the village of')" });
});

test('a place inside an organization is suggested nested in its actor, and a switch takes it away', async () => {
  const text = "Deputies of the Laurel County Sheriff's Office searched the woods.\n";
  const doc = { id: 'nested-place', meta: { date: '2024-03-22' }, text, spans: [] };
  await importJson(page, { format: 'spanwright', version: 1, labels: [{ name: 'Actor' }, { name: 'Place' }], documents: [doc] }, 'nested.json');
  await suggested('Place').filter({ hasText: 'Laurel County' }).first().waitFor();
  const nested = page.locator('#doc-text .piece.suggested[data-labels~="Place"][data-labels~="Actor"]');
  assert.equal(await nested.first().textContent(), 'Laurel County', 'the place is drawn inside the actor');
  assert.equal(await suggested('Actor').filter({ hasText: 'Office' }).count(), 1);
  const switchOff = page.getByRole('checkbox', { name: 'Places inside actors' });
  assert.ok(await switchOff.isChecked(), 'on by default');
  await switchOff.uncheck();
  assert.equal(await suggested('Place').count(), 0);
  assert.ok(await suggested('Actor').count() > 0, 'the actor stays');
  await switchOff.check();
  await page.getByRole('button', { name: 'Accept all Place' }).click();
  await page.getByRole('button', { name: 'Accept all Actor' }).click();
  const spans = (await exportJson()).documents[0].spans;
  const place = spans.find((s) => s.label === 'Place');
  assert.equal(place.text, 'Laurel County');
  assert.equal(place.attrs.kind, 'district');
  assert.equal(place.attrs.country, 'US');
  assert.ok(spans.some((s) => s.label === 'Actor' && s.text === "Laurel County Sheriff's Office"));
});
