// Helpers that act on the app as a person does: real mouse drags over the rendered text.

/// The viewport rectangle of the `nth` occurrence of `needle` inside one text node of the
/// document, after scrolling it into view.
export async function textRect(page, needle, nth = 0) {
  const rect = await page.evaluate(([needle, nth]) => {
    const root = document.getElementById('doc-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = node.data.indexOf(needle); i >= 0; i = node.data.indexOf(needle, i + 1)) {
        if (seen++ !== nth) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + needle.length);
        const b = range.getClientRects()[0];
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      }
    }
    return null;
  }, [needle, nth]);
  if (!rect) throw new Error(`"${needle}" is not in one piece of the rendered text`);
  return rect;
}

/// Drags the real mouse across `needle`, from `from` to `to` (fractions of its width).
export async function dragOver(page, needle, { from = 0.02, to = 0.98, nth = 0 } = {}) {
  const r = await textRect(page, needle, nth);
  const y = r.y + r.h / 2;
  await page.mouse.move(r.x + r.w * from, y);
  await page.mouse.down();
  await page.mouse.move(r.x + r.w * to, y, { steps: 6 });
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
