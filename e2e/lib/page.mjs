// Helpers that act on the app as a person does: real mouse drags over the rendered text.

/// The viewport rectangle (of its first line, with the end point of its last line) of the `nth`
/// occurrence of `needle` in the document's text, after scrolling it into view (unless `scroll`
/// is false). The needle may
/// run across several drawn pieces (spans and suggestions cut the text into many).
export async function textRect(page, needle, nth = 0, { scroll = true } = {}) {
  const rect = await page.evaluate(([needle, nth, scroll]) => {
    const root = document.getElementById('doc-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push([node, all.length]);
      all += node.data;
    }
    let at = -1;
    for (let seen = 0, i = all.indexOf(needle); i >= 0; i = all.indexOf(needle, i + 1)) {
      if (seen++ === nth) { at = i; break; }
    }
    if (at < 0) return null;
    // Rectangles of the text alone: a range over several elements also returns the boxes of
    // the elements it contains, which are not where the letters are.
    const lines = [];
    for (const [node, base] of nodes) {
      const from = Math.max(at, base), to = Math.min(at + needle.length, base + node.data.length);
      if (from >= to) continue;
      if (!lines.length && scroll) node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, from - base);
      range.setEnd(node, to - base);
      lines.push(...[...range.getClientRects()].filter((b) => b.width > 1));
    }
    const [a, z] = [lines[0], lines[lines.length - 1]];
    const sameLine = lines.filter((b) => Math.abs(b.y - a.y) < 2);
    const right = Math.max(...sameLine.map((b) => b.right));
    return { x: a.x, y: a.y, w: right - a.x, h: a.height, endX: z.right, endY: z.y + z.height / 2 };
  }, [needle, nth, scroll]);
  if (!rect) throw new Error(`"${needle}" is not in the rendered text`);
  return rect;
}

/// Drags the real mouse across `needle`, from `from` to `to` (fractions of its width).
/// A needle that wraps onto another line is dragged from its start to its end.
export async function dragOver(page, needle, { from = 0.02, to = 0.98, nth = 0 } = {}) {
  const r = await textRect(page, needle, nth);
  const y = r.y + r.h / 2;
  // Let the scroll that brought the needle into view settle before the mouse goes down.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const oneLine = Math.abs(r.endY - y) < 2;
  // Whole pixels: Chromium drops a drag that starts at some fractional positions.
  const at = (x, y) => [Math.round(x), Math.round(y)];
  await page.mouse.move(...at(r.x + r.w * from, y));
  await page.mouse.down();
  const [endX, endY] = oneLine ? at(r.x + r.w * to, y) : at(r.endX - 2, r.endY);
  await page.mouse.move(endX, endY, { steps: 6 });
  await page.mouse.up();
}

export async function doubleClickOn(page, needle, nth = 0) {
  const r = await textRect(page, needle, nth);
  await page.mouse.dblclick(r.x + r.w / 2, r.y + r.h / 2);
}

export async function clickOn(page, needle, nth = 0) {
  const r = await textRect(page, needle, nth);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
}

/// The side panel's spans, in panel order.
export async function panelSpans(page) {
  return page.getByRole('list', { name: 'Annotations' }).locator('[data-span-id]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.dataset.spanId, label: li.dataset.label, start: +li.dataset.start, end: +li.dataset.end,
      text: li.textContent,
    })));
}

/// Code-point slicing, as Python's text[start:end].
export const cpSlice = (text, start, end) => Array.from(text).slice(start, end).join('');

/// Loads a Spanwright JSON file (an object, or its text) through **Import JSON**, as a person
/// picks a file.
export async function importJson(page, file, name = 'import.json') {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  await page.locator('input[aria-label="Import JSON file"]').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text),
  });
}

/// Waits until the engine's suggestions are drawn, places included (the bar's "Loading place
/// names…" gone).
export async function suggestionsDrawn(page, timeout = 120000) {
  await page.waitForFunction(() => document.querySelector('#doc-text .piece.suggested')
    && !document.querySelector('.suggestion-bar [role=status]'), null, { timeout });
}

/// Resolves after the next two animation frames: what a change drew is on the screen.
export const twoFrames = (page) =>
  page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
