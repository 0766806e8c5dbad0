// What the browser benchmarks measure in the page: long tasks, and the time from a key to the
// first change it makes on the page (as browser.mjs measures).

/// Added to the page before it loads (`context.addInitScript(PROBE)`).
export const PROBE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.__t0 = null;
  window.__t1 = null;
  addEventListener('keydown', () => { window.__t0 = performance.now(); window.__t1 = null; }, true);
  addEventListener('DOMContentLoaded', () => new MutationObserver(() => {
    if (window.__t0 !== null && window.__t1 === null) window.__t1 = performance.now();
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }));
};

/// Presses `key`; the milliseconds until the page first changed.
export async function keyLatency(page, key) {
  await page.evaluate(() => { window.__t0 = null; window.__t1 = null; });
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__t1 !== null, null, { timeout: 10000 });
  return page.evaluate(() => window.__t1 - window.__t0);
}

/// The built site served and a fresh browser on it with the probe: `{ server, context, page }`.
export async function openBench(dist) {
  const { serveDist } = await import('../lib/server.mjs');
  const { launchProfile } = await import('../lib/browser.mjs');
  const server = await serveDist(dist);
  const { context } = await launchProfile();
  await context.addInitScript(PROBE);
  const page = context.pages()[0] ?? await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on('dialog', (d) => d.accept());
  await page.goto(server.url);
  return { server, context, page };
}
