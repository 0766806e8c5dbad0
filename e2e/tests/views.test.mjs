// The timeline and the map, in a real browser on the sample article: dates at their values,
// Moscow inside Russia, a marker opening its span's popover, live updates on accept and undo,
// the project over several documents, and the saved SVG.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp, assertCleanConsole } from '../lib/browser.mjs';
import { importJson, suggestionsDrawn, twoFrames } from '../lib/page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = root + 'e2e/fixtures/article.txt';

let server, browser, page;

before(async () => {
  ({ server, browser, page } = await openApp(root + 'dist', { acceptDialogs: true }));
  await page.setViewportSize({ width: 1280, height: 900 });
});

after(() => closeApp({ server, browser }));

const region = (name) => page.getByRole('region', { name, exact: true });
const marks = (name) => region(name).locator('.mark');

/// Each marker's ids, status, label and centre on the screen.
const markers = (name) => marks(name).evaluateAll((els) => els.map((el) => {
  // The shape's box, not the group's (which holds a count beside it).
  const r = el.firstElementChild.getBoundingClientRect();
  return {
    ids: el.dataset.spanIds.split(' '), status: el.dataset.status, label: el.getAttribute('aria-label'),
    x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left,
  };
}));

const DAY = 86400000;

test('the article\'s dates sit on the timeline at their values', async () => {
  await page.goto(server.url);
  await page.getByLabel('Article text').fill(await readFile(SAMPLE, 'utf8'));
  await page.getByRole('button', { name: 'Start annotating' }).click();
  await suggestionsDrawn(page);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await marks('Timeline').first().waitFor();
  const shown = await markers('Timeline');
  const suggestedDates = await page.locator('#doc-text .piece.suggested[data-labels~="Date"]').count();
  assert.ok(shown.length >= 4, `the article's dates are drawn (${shown.length})`);
  assert.ok(shown.every((m) => m.status === 'suggested'), 'nothing is accepted yet');
  // The axis's ticks say which day is where; every day marker must be where its value is.
  const ticks = await region('Timeline').locator('svg text').evaluateAll((els) => els
    .map((t) => ({ text: t.textContent, x: t.getBoundingClientRect().left - 3 }))
    .filter((t) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$|^[A-Z][a-z]{2} \d{4}$|^\d{4}$/.test(t.text)));
  assert.ok(ticks.length >= 2, `the axis has ticks: ${JSON.stringify(ticks)}`);
  const t = (text) => Date.parse(`${/^\d{4}$/.test(text) ? `1 Jan ${text}` : /^[A-Z]/.test(text) ? `1 ${text}` : text} UTC`);
  const [a, b] = [ticks[0], ticks[ticks.length - 1]];
  const xOf = (ms) => a.x + (ms - t(a.text)) / (t(b.text) - t(a.text)) * (b.x - a.x);
  const days = shown.filter((m) => /\d{4}-\d{2}-\d{2},/.test(m.label));
  assert.ok(days.length >= 3, `days are points: ${shown.map((m) => m.label).join(' | ')}`);
  for (const m of days) {
    const value = m.label.match(/(\d{4}-\d{2}-\d{2}),/)[1];
    const expected = xOf(Date.parse(`${value}T12:00:00Z`));
    assert.ok(Math.abs(m.x - expected) < 2, `${m.label}: at ${m.x}, its value is at ${expected}`);
  }
  // "March 3" of a story dated 23 March 2024 is 2024-03-03, a Sunday.
  assert.ok(shown.some((m) => m.label.includes('2024-03-03, Sunday 3 March 2024')), 'the weekday is named');
  const ids = shown.flatMap((m) => m.ids);
  assert.equal(new Set(ids).size, ids.length, 'one marker per suggestion');
  assert.ok(ids.length <= suggestedDates);
  // The document date is a line.
  assert.equal(await region('Timeline').locator('line.doc-date').count(), 1);
  assertCleanConsole(browser);
});

test('zoom and pan by keys and wheel move the axis, not the text cursor', async () => {
  const before = (await markers('Timeline'))[0];
  await marks('Timeline').first().focus();
  await page.keyboard.press('+');
  await twoFrames(page);
  const zoomed = (await markers('Timeline'))[0];
  assert.notEqual(Math.round(zoomed.x), Math.round(before.x), 'the zoom moved the marker');
  await page.keyboard.press('ArrowLeft');
  await twoFrames(page);
  assert.equal(await page.locator('#doc-text .cursor').count(), 0, 'arrows pan the view, not the text');
  const box = await region('Timeline').locator('svg').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await twoFrames(page);
  await region('Timeline').getByRole('button', { name: 'Fit' }).click();
  await twoFrames(page);
  const fit = (await markers('Timeline'))[0];
  assert.ok(Math.abs(fit.x - before.x) < 1, 'Fit puts it back');
});

test('the map puts Moscow inside Russia, and a click on it opens its popover', async () => {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await region('Map').locator('path[data-country="Russia"]').waitFor();
  const moscow = (await markers('Map')).find((m) => m.label.startsWith('Moscow, RU'));
  assert.ok(moscow, (await markers('Map')).map((m) => m.label).join(' | '));
  const under = await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y)
    .map((el) => el.getAttribute('data-country')).filter(Boolean), moscow);
  assert.deepEqual(under, ['Russia']);
  // Krasnogorsk and Kaluga are a pixel or two away on the whole world: zoom in on Moscow with
  // the wheel until no other marker is near it, then click.
  await page.mouse.move(moscow.x, moscow.y);
  await page.mouse.wheel(0, -2000);
  await twoFrames(page);
  const all = await markers('Map');
  const near = all.find((m) => m.label.startsWith('Moscow, RU'));
  const others = all.filter((m) => m !== near).map((m) => Math.hypot(near.x - m.x, near.y - m.y));
  assert.ok(Math.min(...others) > 12, `zoomed in, Moscow stands apart (${Math.min(...others)} px)`);
  await page.mouse.click(near.x, near.y);
  const popover = page.locator('.popover');
  await popover.waitFor();
  assert.match(await popover.textContent(), /Moscow/);
  assert.equal(await page.locator('#doc-text .cursor').first().textContent(), 'Moscow');
  assertCleanConsole(browser);
});

test('accepting turns the marker accepted, undo turns it back', async () => {
  await page.locator('.popover').getByRole('button', { name: 'Accept' }).first().click();
  await page.waitForFunction(() => [...document.querySelectorAll('.views-dock .mark')]
    .some((m) => m.dataset.status === 'accepted' && m.getAttribute('aria-label').startsWith('Moscow')));
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => ![...document.querySelectorAll('.views-dock .mark')]
    .some((m) => m.dataset.status === 'accepted'));
  assert.ok((await markers('Map')).some((m) => m.label.startsWith('Moscow, RU, suggested')));
});

test('the keyboard reaches every marker in reading order, and Enter opens one', async () => {
  const first = marks('Map').first();
  await first.focus();
  const order = await marks('Map').evaluateAll((els) => els.map((e) => e.dataset.spanId));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.spanId), order[0]);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.spanId), order[1]);
  await page.keyboard.press('Enter');
  await page.locator('.popover').waitFor();
});

test('the saved SVG parses and holds one marker per span', async () => {
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await marks('Timeline').first().waitFor();
  const shown = (await markers('Timeline')).flatMap((m) => m.ids).sort();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region('Timeline').getByRole('button', { name: 'Save SVG' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'spanwright-timeline.svg');
  const svg = await readFile(await download.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('.mark')].flatMap((m) => m.dataset.spanIds.split(' ')).sort();
  }, svg);
  assert.deepEqual(parsed, shown);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    region('Timeline').getByRole('button', { name: 'Save PNG' }).click(),
  ]);
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assertCleanConsole(browser);
});

test('the project view draws every document\'s accepted spans; a click opens the document', async () => {
  const doc = (id, date, text, spans) => ({ id, meta: { date }, text, spans });
  const labels = [{ name: 'Actor', color: '#E69F00', hotkey: 'a' }, { name: 'Date', color: '#56B4E9', hotkey: 'd' },
    { name: 'Place', color: '#009E73', hotkey: 'p' }];
  const file = {
    format: 'spanwright', version: 1, offset_unit: 'codepoint', labels,
    documents: [
      doc('d1', '2020-05-01', 'Rain in Lima on 2 May 2020.', [
        { id: 's1', start: 8, end: 12, label: 'Place', attrs: { id: 'geonames:3936456', name: 'Lima', country: 'PE', lat: -12.04, lon: -77.03, kind: 'city' } },
        { id: 's2', start: 16, end: 26, label: 'Date', attrs: { value: '2020-05-02' } }]),
      doc('d2', '2021-01-01', 'No dates here.', []),
      doc('d3', '2023-07-01', 'Oslo voted in 2023, then Lima in June 2023.', [
        { id: 's3', start: 0, end: 4, label: 'Place', attrs: { id: 'geonames:3143244', name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75, kind: 'city' } },
        { id: 's4', start: 14, end: 18, label: 'Date', attrs: { value: '2023' } },
        { id: 's5', start: 25, end: 29, label: 'Place', attrs: { id: 'geonames:3936456', name: 'Lima', country: 'PE', lat: -12.04, lon: -77.03, kind: 'city' } },
        { id: 's6', start: 33, end: 42, label: 'Date', attrs: { value: '2023-06' } }]),
    ],
  };
  await importJson(page, file, 'three.json');
  await page.getByText('Document 1 of 3').waitFor();
  await region('Timeline').getByRole('radio', { name: /Whole project/ }).check();
  await page.waitForFunction(() => document.querySelectorAll('.views-dock .mark').length === 3);
  const dates = await markers('Timeline');
  assert.deepEqual(dates.map((m) => m.status), ['accepted', 'accepted', 'accepted']);
  assert.ok(dates[0].x < dates[1].x, '2020 before 2023');
  await region('Timeline').locator('.mark[aria-label^="“June 2023”"]').click();
  await page.getByText('Document 3 of 3').waitFor();
  await page.locator('.popover').waitFor();
  assert.match(await page.locator('.popover').textContent(), /June 2023/);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await region('Map').getByRole('radio', { name: /Whole project/ }).check();
  await page.waitForFunction(() => [...document.querySelectorAll('.views-dock .mark')]
    .some((m) => m.getAttribute('aria-label') === 'Lima, PE, accepted, 2 mentions'));
  const places = await markers('Map');
  assert.deepEqual(places.map((m) => m.label).sort(), ['Lima, PE, accepted, 2 mentions', 'Oslo, NO, accepted']);
  // Only the documents the list shows: searching for "Oslo" leaves the third.
  await page.getByPlaceholder('Search text').fill('Oslo');
  await page.waitForFunction(() => [...document.querySelectorAll('.views-dock .mark')]
    .some((m) => m.getAttribute('aria-label') === 'Lima, PE, accepted'));
  assert.deepEqual((await markers('Map')).map((m) => m.label).sort(), ['Lima, PE, accepted', 'Oslo, NO, accepted']);
  assertCleanConsole(browser);
});
