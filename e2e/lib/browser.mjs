// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './server.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage',
];

/// A persistent profile, so a test can close the browser (or kill it) and start it again on the
/// same storage.
export async function launchProfile(dir) {
  const userDataDir = dir ?? await mkdtemp(join(tmpdir(), 'spanwright-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return { context, userDataDir, problems: watchConsole(context) };
}

/// Every error and warning the pages and their workers print, and every uncaught exception: a
/// clean console is part of every test (`assertCleanConsole`).
function watchConsole(context) {
  const problems = [];
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  const watchPage = (page) => page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return problems;
}

/// Fails when anything was printed to the console as an error or a warning.
export function assertCleanConsole(browser) {
  if (browser?.problems?.length) {
    throw new Error(`the console was not clean:\n${browser.problems.join('\n')}`);
  }
}

/// The built site at `dist` served, and a fresh browser on it: `{ server, browser, page }`, the
/// page not yet navigated. `acceptDialogs` answers every `confirm` with OK.
export async function openApp(dist, { acceptDialogs = false } = {}) {
  const server = await serveDist(dist);
  const browser = await launchProfile();
  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  if (acceptDialogs) page.on('dialog', (d) => d.accept());
  return { server, browser, page };
}

/// Ends what `openApp` started (either may be missing when it failed half-way).
export async function closeApp({ server, browser } = {}) {
  await browser?.context.close();
  await server?.close();
  assertCleanConsole(browser);
}
