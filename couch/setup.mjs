#!/usr/bin/env node
// Sets up a CouchDB database for a Spanwright team, as docs/sync.md describes: the database,
// Spanwright's validate_doc_update rules (couch/validate_doc_update.js), who may use it, the
// team's users, and CORS for the site. Works with Apache CouchDB 3 and pouchdb-server.
//
//   node couch/setup.mjs [--create-admin] --server http://127.0.0.1:5984 --admin admin:secret --db team \
//     --user ann:pw --user bea:pw --user cy:pw:curator --user lea:pw:lead \
//     --origin https://annotate.example.org
//
// Roles: none (an annotator), `curator` (writes gold), `lead` (the project, documents and
// assignments). Running it again updates the rules and passwords and keeps the data.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));
const server = (opt('server')[0] || 'http://127.0.0.1:5984').replace(/\/$/, '');
const [adminName, adminPassword] = (opt('admin')[0] || 'admin:admin').split(':');
const db = opt('db')[0] || 'spanwright';
const users = opt('user').map((u) => {
  const [name, password, ...roles] = u.split(':');
  return { name, password, roles };
});
const origins = opt('origin');

const auth = 'Basic ' + Buffer.from(`${adminName}:${adminPassword}`).toString('base64');
async function call(method, path, body, { ok = [] } = {}) {
  const r = await fetch(server + path, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok && !ok.includes(r.status)) {
    throw new Error(`${method} ${path}: ${r.status} ${json.reason || json.error || ''}`);
  }
  return { status: r.status, json };
}

/** Writes a document, over its current revision if it has one. */
async function put(path, doc) {
  const old = await call('GET', path, undefined, { ok: [404] });
  const rev = old.status === 200 ? { _rev: old.json._rev } : {};
  return call('PUT', path, { ...doc, ...rev });
}

/** A server in "admin party" (a fresh pouchdb-server) gets its first admin. */
async function createAdmin() {
  for (const path of ['/_node/_local/_config/admins/', '/_config/admins/']) {
    const r = await fetch(server + path + encodeURIComponent(adminName),
      { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(adminPassword) });
    if (r.ok) return;
  }
}

export async function setup() {
  if (args.includes('--create-admin')) await createAdmin();
  await call('PUT', `/${db}`, undefined, { ok: [412] });
  const validate = readFileSync(new URL('./validate_doc_update.js', import.meta.url), 'utf8')
    .replace(/^\s*\/\/.*\n/gm, '').trim();
  await put(`/${db}/_design/spanwright`, { language: 'javascript', validate_doc_update: validate });
  await call('PUT', `/${db}/_security`, {
    admins: { names: [adminName], roles: ['lead'] },
    members: { names: users.map((u) => u.name), roles: [] },
  });
  for (const u of users) {
    await put(`/_users/org.couchdb.user:${encodeURIComponent(u.name)}`,
      { _id: `org.couchdb.user:${u.name}`, name: u.name, type: 'user', roles: u.roles, password: u.password });
  }
  if (origins.length) {
    // CouchDB 3 keeps its settings per node; pouchdb-server answers CORS requests by itself.
    const cfg = async (section, key, value) => {
      const r = await call('PUT', `/_node/_local/_config/${section}/${key}`, value, { ok: [400, 404, 405] });
      return r.status < 300;
    };
    if (await cfg('chttpd', 'enable_cors', 'true')) {
      await cfg('cors', 'origins', origins.join(','));
      await cfg('cors', 'credentials', 'true');
      await cfg('cors', 'headers', 'accept, authorization, content-type, origin, referer');
      await cfg('cors', 'methods', 'GET, PUT, POST, HEAD, DELETE');
    }
  }
  console.log(`${server}/${db}: ready for ${users.map((u) => u.name + (u.roles.length ? ` (${u.roles.join(', ')})` : '')).join(', ') || 'its admin'}`);
}

await setup();
