// The rules a team's database enforces (couch/validate_doc_update.js, installed by
// couch/setup.mjs), checked against a running server: who may write which record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startCouch, setupTeam, session, USERS, ADMIN } from '../lib/couch.mjs';

let couch, ann, cy, lead;
const DB = '/rules';

before(async () => {
  couch = await startCouch();
  await setupTeam('rules');
  [ann, cy, lead] = await Promise.all([session('ann', USERS.ann), session('cy', USERS.cy), session(ADMIN.name, ADMIN.password)]);
});

after(async () => couch?.stop());

const version = (annotator) => ({ type: 'version', doc: 'd1', annotator, spans: [['s1', 0, 4, 0, {}]], status: 'in-progress', time: 1 });

test('a wrong password is refused, and a stranger cannot read the database', async () => {
  assert.equal((await session('ann', 'not-it')).status, 401);
  const r = await fetch(couch.url('rules'));
  assert.equal(r.status, 401);
});

test('an annotator writes their own version and no one else’s', async () => {
  const mine = await ann.call('PUT', `${DB}/version:d1:ann`, version('ann'));
  assert.equal(mine.status, 201, JSON.stringify(mine.json));
  const theirs = await ann.call('PUT', `${DB}/version:d1:bea`, version('bea'));
  assert.equal(theirs.status, 403);
  assert.equal(theirs.json.reason, 'ann may not write the version of bea.');
  // Nor by naming themselves in the record that holds another's version.
  const squat = await ann.call('PUT', `${DB}/version:d2:bea`, { ...version('ann'), doc: 'd2' });
  assert.equal(squat.status, 403);
  assert.equal(squat.json.reason, 'A version is stored as version:<document>:<annotator>.');
  // The same refusal inside a batch, per record, while the rest is written.
  const bulk = await ann.call('POST', `${DB}/_bulk_docs`, { docs: [
    { _id: 'version:d3:ann', ...version('ann'), doc: 'd3' },
    { _id: 'version:d3:bea', ...version('bea'), doc: 'd3' },
  ] });
  assert.equal(bulk.status, 201);
  const byId = Object.fromEntries(bulk.json.map((r) => [r.id, r]));
  assert.ok(byId['version:d3:ann'].rev, JSON.stringify(bulk.json));
  assert.equal(byId['version:d3:bea'].error, 'forbidden');
});

test('only a curator writes gold; only the lead writes documents, assignments and the project', async () => {
  const gold = { type: 'gold', doc: 'd1', curator: 'x', spans: [], settled: [], time: 1 };
  assert.equal((await ann.call('PUT', `${DB}/gold:d1`, gold)).status, 403);
  assert.equal((await cy.call('PUT', `${DB}/gold:d1`, gold)).status, 201);
  for (const [id, body] of [
    ['doc:d9', { type: 'doc', id: 'd9', text: 'Some text.', index: 0 }],
    ['assign:d1', { type: 'assign', doc: 'd1', annotators: ['ann'] }],
    ['project', { type: 'project', name: 'P', labels: [] }],
  ]) {
    const r = await cy.call('PUT', `${DB}/${id}`, body);
    assert.equal(r.status, 403, id);
    assert.match(r.json.reason, /^Only the project lead writes/);
    assert.equal((await lead.call('PUT', `${DB}/${id}`, body)).status, 201, id);
  }
  assert.equal((await ann.call('PUT', `${DB}/other`, { type: 'note' })).status, 403, 'an unknown record');
});

test('members cannot delete records or change the rules', async () => {
  const got = await ann.call('GET', `${DB}/version:d1:ann`);
  const del = await ann.call('DELETE', `${DB}/version:d1:ann?rev=${got.json._rev}`);
  assert.equal(del.status, 403);
  assert.equal(del.json.reason, 'Only the project lead deletes records.');
  const design = await ann.call('GET', `${DB}/_design/spanwright`);
  const changed = await ann.call('PUT', `${DB}/_design/spanwright`, { ...design.json, validate_doc_update: 'function(){}' });
  assert.ok([401, 403].includes(changed.status), `status ${changed.status}`);
});
