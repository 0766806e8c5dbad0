// A team on one CouchDB database (pouchdb-server): the lead shares a project and assigns it, two
// annotators join and annotate, the curator sees both versions as they arrive and curates. The
// server goes down mid-work: edits queue and nothing is lost; after a restart all converge. A full
// server (507) is reported and the change waits until there is room. A write into another
// annotator's version is refused and reported; an unlisted server, a wrong password are refused
// with clear words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, closeApp, launchProfile, assertCleanConsole } from '../lib/browser.mjs';
import { importJson, dragOver } from '../lib/page.mjs';
import { startCouch, setupTeam, session, USERS, ADMIN, COUCH } from '../lib/couch.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let app, couch, ann, bea, cy, admin;
const people = {};

const TEXTS = [
  'Maria Lopez met the mayor of Lisbon on Monday to discuss the harbour.',
  'The delegation from Nairobi arrived in Geneva on 3 May 2024.',
  'Officials in Ottawa said the talks would resume in the spring.',
  'A storm closed the port of Valparaíso for two days last week.',
];

before(async () => {
  couch = await startCouch();
  await setupTeam('team');
  admin = await session(ADMIN.name, ADMIN.password);
  app = await openApp(root + 'dist');
});

after(async () => {
  try {
    for (const p of Object.values(people)) await p.browser.context.close().catch(() => {});
    await closeApp(app);
  } finally {
    await couch?.stop();
  }
});

/** A browser of its own for `name`, on the site. */
async function person(name) {
  const browser = name === 'lead' ? app.browser : await launchProfile();
  const page = name === 'lead' ? app.page : await browser.context.newPage();
  if (name !== 'lead') people[name] = { browser, page };
  await page.goto(app.server.url);
  return page;
}

async function waitStatus(page, re, timeout = 20000) {
  await page.waitForFunction(
    (src) => new RegExp(src).test(document.querySelector('[aria-label="Sync status"]')?.textContent ?? ''), re.source, { timeout },
  ).catch(async (e) => {
    const shown = await page.locator('[aria-label="Sync status"]').textContent().catch(() => 'no status');
    throw new Error(`Sync status "${shown}" never matched ${re}: ${e.message}`);
  });
}

/** Opens Sync and signs in as `user`. */
async function signIn(page, user, password, url = couch.url('team')) {
  await page.getByRole('button', { name: /^Sync$|Join a team/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Sync' });
  // Focus goes into the dialog, to its first field.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Server URL');
  await dialog.getByLabel('Server URL').fill(url);
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Sign in and sync' }).click();
  return dialog;
}

const server = async (id) => (await admin.call('GET', `/team/${encodeURIComponent(id)}`)).json;
async function openDoc(page, id) {
  await page.locator(`[data-doc-id="${id}"]`).click();
  await page.locator('.doc-position b', { hasText: id }).waitFor();
}

async function label(page, text, name) {
  await dragOver(page, text);
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#doc-text .piece.marked', { hasText: text }).first().waitFor();
}

test('an unlisted server and a wrong password are refused with clear words', async () => {
  const page = await person('lead');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, new RegExp(`connect-src 'self' ${COUCH.replace(/[.:/]/g, '\\$&')};`));
  let dialog = await signIn(page, 'lead', ADMIN.password, 'http://127.0.0.1:5999/team');
  assert.match(await dialog.getByRole('alert').textContent(), /may sync only with http:\/\/127\.0\.0\.1:5985, not with http:\/\/127\.0\.0\.1:5999/);
  await dialog.getByLabel('Server URL').fill(couch.url('team'));
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in and sync' }).click();
  await dialog.getByRole('alert', { hasText: 'Wrong user name or password.' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // …and back to the button that opened it.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Join a team's project…");
});

test('the lead shares a project and assigns its documents', async () => {
  const page = app.page;
  await importJson(page, {
    format: 'spanwright', version: 1, labels: [{ name: 'Actor' }, { name: 'Date' }, { name: 'Place' }],
    documents: TEXTS.map((text, i) => ({ id: `d${i + 1}`, text, spans: [] })),
  }, 'team.json');
  await page.locator('[data-doc-id="d4"]').waitFor();
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved');
  const dialog = await signIn(page, ADMIN.name, ADMIN.password);
  await waitStatus(page, /^All sent · last sync/);
  assert.equal((await server('doc:d2')).text, TEXTS[1]);
  assert.deepEqual((await server('project')).labels.labels.map((l) => l.name), ['Actor', 'Date', 'Place']);
  // Both annotators on every document, then d4 to bea alone.
  const list = dialog.getByRole('list', { name: 'Assignments' });
  await dialog.getByLabel('Annotators', { exact: true }).fill('ann, bea');
  await dialog.getByLabel('Annotators per document').fill('2');
  await dialog.getByRole('button', { name: 'Assign evenly' }).click();
  await list.getByLabel('Annotators of d4').fill('bea');
  await list.getByLabel('Annotators of d4').press('Enter');
  for (let i = 0; i < 100 && (await server('assign:d4'))?.annotators?.join() !== 'bea'; i++) await new Promise((ok) => setTimeout(ok, 100));
  assert.deepEqual((await server('assign:d1')).annotators, ['ann', 'bea']);
  assert.deepEqual((await server('assign:d4')).annotators, ['bea']);
  await dialog.getByRole('button', { name: 'Close' }).click();
});

test('two annotators join and annotate; their Next unfinished follows the assignments', async () => {
  ann = await person('ann');
  bea = await person('bea');
  for (const [page, name] of [[ann, 'ann'], [bea, 'bea']]) {
    const dialog = await signIn(page, name, USERS[name]);
    await page.locator('[data-doc-id="d4"]').waitFor();
    await waitStatus(page, /^All sent · last sync/);
    assert.equal(await page.getByLabel('Annotator name').inputValue(), name, 'named as on the server');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  await openDoc(ann, 'd1');
  await label(ann, 'Maria Lopez', 'Actor');
  await label(ann, 'Lisbon', 'Place');
  await openDoc(bea, 'd1');
  await label(bea, 'Maria Lopez', 'Actor');
  await label(bea, 'Monday', 'Date');
  for (let i = 0; i < 100 && ((await server('version:d1:ann'))?.spans?.length !== 2 || (await server('version:d1:bea'))?.spans?.length !== 2); i++) {
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.deepEqual((await server('version:d1:ann')).spans.map((r) => [...TEXTS[0]].slice(r[1], r[2]).join('')), ['Maria Lopez', 'Lisbon']);
  assert.deepEqual((await server('version:d1:bea')).spans.map((r) => [...TEXTS[0]].slice(r[1], r[2]).join('')), ['Maria Lopez', 'Monday']);
  // Nobody sees another's spans in their own view.
  assert.equal(await ann.locator('#doc-text .piece.marked:not(.suggested)', { hasText: 'Monday' }).count(), 0);
  // d4 is bea's alone: ann's Next unfinished goes d1 → d2 → d3 → d1.
  await openDoc(ann, 'd3');
  await ann.getByRole('button', { name: 'Next unfinished' }).click();
  await ann.locator('.doc-position b', { hasText: 'd1' }).waitFor();
});

test('the curator sees both versions as they arrive and curates into gold', async () => {
  cy = await person('cy');
  await signIn(cy, 'cy', USERS.cy);
  await cy.locator('[data-doc-id="d1"][data-curation="not-started"]').waitFor({ timeout: 20000 });
  await cy.getByRole('button', { name: 'Close' }).click();
  // A new span of ann's arrives without a reload.
  await label(ann, 'harbour', 'Place');
  const started = Date.now();
  await openDoc(cy, 'd1');
  await cy.getByRole('button', { name: 'Curate', exact: true }).click();
  await cy.getByRole('button', { name: 'Start: all must agree' }).click();
  const conflicts = cy.getByRole('list', { name: 'Conflicts' }).locator('[data-conflict-id]');
  await cy.waitForFunction(() => document.querySelectorAll('#conflicts [data-conflict-id]').length === 3, null, { timeout: 10000 });
  assert.ok(Date.now() - started < 10000);
  const n = await conflicts.count();
  for (let k = 0; k < n; k++) {
    await cy.locator('#conflicts li:not(.settled)').first().focus();
    await cy.keyboard.press('1');
  }
  await cy.locator('[data-doc-id="d1"][data-curation="curated"]').waitFor();
  for (let i = 0; i < 100 && (await server('gold:d1'))?.settled?.length !== n; i++) await new Promise((ok) => setTimeout(ok, 100));
  const gold = await server('gold:d1');
  assert.equal(gold.curator, 'cy');
  assert.ok(gold.spans.some((r) => [...TEXTS[0]].slice(r[1], r[2]).join('') === 'Maria Lopez'), 'the agreed span is gold');
});

test('with the server down, edits queue and nothing is lost; after a restart all converge', async () => {
  await couch.stop();
  await openDoc(ann, 'd2');
  await label(ann, 'Nairobi', 'Place');
  await openDoc(bea, 'd2');
  await label(bea, 'Geneva', 'Place');
  await label(bea, '3 May 2024', 'Date');
  await waitStatus(ann, /^Offline · 1 change to send/);
  await waitStatus(bea, /^Offline · 1 change to send/);
  // A reload while offline loses nothing either.
  await bea.reload();
  await bea.locator('#doc-text .piece.marked', { hasText: 'Geneva' }).waitFor();
  couch = await startCouch(couch.dir);
  await waitStatus(ann, /^All sent/, 40000);
  await waitStatus(bea, /^All sent/, 40000);
  assert.equal((await server('version:d2:bea')).spans.length, 2);
  assert.equal((await server('version:d2:ann')).spans.length, 1);
  await cy.locator('[data-doc-id="d2"][data-curation="not-started"]').waitFor({ timeout: 40000 }).catch(async (e) => {
    const shown = await cy.locator('[aria-label="Sync status"]').textContent().catch(() => 'no status');
    throw new Error(`the curator's Sync status: "${shown}": ${e.message}`);
  });
});

test('a document the lead adds reaches the annotators without moving them off their document', async () => {
  await openDoc(bea, 'd3');
  await app.page.locator('summary', { hasText: 'Add documents' }).click();
  await app.page.getByLabel('New document text').fill('Talks in Accra ended on Friday.');
  await app.page.getByRole('button', { name: 'Add document' }).click();
  await bea.locator('section.documents h2 .count', { hasText: '5' }).waitFor({ timeout: 20000 });
  await bea.waitForTimeout(300);
  assert.equal(await bea.locator('.doc-position b').textContent(), 'd3');
});

test('a full server is reported and the change waits; once there is room it goes out', async () => {
  // CouchDB answers 507 when a database's quota is used up; pouchdb-server has no quota, so the
  // answer is made here, for bea's writes only.
  const bulk = `${COUCH}/team/_bulk_docs`;
  await bea.route(bulk, (route) => route.fulfill({
    status: 507, contentType: 'application/json', body: JSON.stringify({ error: 'insufficient_storage', reason: 'quota exceeded' }),
  }));
  await openDoc(bea, 'd4');
  await label(bea, 'Valparaíso', 'Place');
  await waitStatus(bea, /^Not synced · 1 change to send/);
  assert.equal(await bea.getByRole('status', { name: 'Sync status' }).getAttribute('title'),
    'The server is out of space (its quota is used up); nothing was lost here.');
  assert.equal((await server('version:d4:bea')).error, 'not_found');
  await bea.unroute(bulk);
  await waitStatus(bea, /^All sent/, 40000);
  const sent = await server('version:d4:bea');
  assert.deepEqual(sent.spans.map((r) => [...TEXTS[3]].slice(r[1], r[2]).join('')), ['Valparaíso']);
});

test("a write into another annotator's version is refused and reported", async () => {
  // ann calls herself bea in this browser: what she writes now goes to bea's versions.
  await ann.getByLabel('Annotator name').fill('bea');
  await ann.getByLabel('Annotator name').press('Enter');
  await ann.waitForFunction(() => localStorage.getItem('spanwright.annotator') === 'bea');
  await openDoc(ann, 'd3');
  await label(ann, 'Ottawa', 'Place');
  await waitStatus(ann, /^Not synced/);
  assert.match(await ann.getByRole('status', { name: 'Sync status' }).getAttribute('title'),
    /^The server refused \d+ changes?: ann may not write the version of bea\.$/);
  assert.equal((await server('version:d3:bea')).error, 'not_found');
  // The browser itself logs the requests this test made fail on purpose (a wrong password, the
  // server stopped: a long poll it cut after its headers ends "incomplete"); nothing else may
  // reach the console.
  const deliberate = new RegExp(`Failed to load resource: (the server responded with a status of 401 \\(Unauthorized\\) \\(${COUCH}/_session\\)|the server responded with a status of 507 \\(Insufficient Storage\\) \\(${COUCH}/team/_bulk_docs\\)|net::(ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_SOCKET_NOT_CONNECTED|ERR_INCOMPLETE_CHUNKED_ENCODING) \\(${COUCH}/)`);
  for (const p of [app.browser, ...Object.values(people).map((p) => p.browser)]) {
    p.problems.splice(0, p.problems.length, ...p.problems.filter((m) => !deliberate.test(m)));
    assertCleanConsole(p);
  }
});
