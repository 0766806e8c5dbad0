// A CouchDB-compatible server for the sync tests: pouchdb-server (npm) on 127.0.0.1, its files in
// a temporary directory so it can be stopped and started again on the same data, set up by the
// project's own couch/setup.mjs as docs/sync.md tells a team's admin to.
import { spawn, execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const BIN = fileURLToPath(new URL('../node_modules/.bin/pouchdb-server', import.meta.url));
const SETUP = fileURLToPath(new URL('../../couch/setup.mjs', import.meta.url));

/// The origin the test build of the site may sync with (the Makefile's TEST_COUCH).
export const COUCH = process.env.SYNC_ORIGINS?.split(' ')[0] || 'http://127.0.0.1:5985';
export const ADMIN = { name: 'lead', password: 'lead-pw' };
export const USERS = { ann: 'ann-pw', bea: 'bea-pw', cy: 'cy-pw' };

/// Starts the server (on `dir`'s files, or new ones); resolves once it answers.
export async function startCouch(dir) {
  dir ??= await mkdtemp(join(tmpdir(), 'spanwright-couch-'));
  const port = new URL(COUCH).port;
  const taken = await fetch(COUCH + '/').then(() => true, () => false);
  if (taken) throw new Error(`something already answers on ${COUCH}: stop it first (the tests start their own server)`);
  const child = spawn(BIN, ['--dir', dir, '--config', join(dir, 'config.json'), '--host', '127.0.0.1',
    '--port', port, '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise((ok) => child.once('exit', ok));
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(COUCH + '/')).ok) break;
    } catch { /* not yet */ }
    if (i > 300 || child.exitCode !== null) throw new Error(`pouchdb-server did not start on ${COUCH}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    dir,
    url: (db) => `${COUCH}/${db}`,
    stop: async () => {
      process.off('exit', orphan);
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/// Creates database `db` with the team: ann and bea annotate, cy curates, lead leads.
export async function setupTeam(db) {
  await promisify(execFile)('node', [SETUP, '--create-admin', '--server', COUCH, '--admin',
    `${ADMIN.name}:${ADMIN.password}`, '--db', db, ...Object.entries(USERS).flatMap(([n, p]) =>
      ['--user', `${n}:${p}${n === 'cy' ? ':curator' : ''}`])]);
  // Sessions outlive a restart of the test server (CouchDB keeps its secret in its settings too).
  await fetch(`${COUCH}/_config/couch_httpd_auth/secret`, {
    method: 'PUT', body: JSON.stringify('spanwright-test-secret'),
    headers: { authorization: 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64') },
  });
}

/// A signed-in client as `name`: `call(method, path, body)` answers `{ status, json }`.
export async function session(name, password) {
  const r = await fetch(`${COUCH}/_session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }),
  });
  const cookie = (r.headers.get('set-cookie') || '').split(';')[0];
  return {
    status: r.status,
    call: async (method, path, body) => {
      const res = await fetch(COUCH + path, {
        method, body: body && JSON.stringify(body),
        headers: { cookie, 'content-type': 'application/json', accept: 'application/json' },
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
  };
}
