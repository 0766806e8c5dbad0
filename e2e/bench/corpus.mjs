// Builds book-length Spanwright JSON files for the tests and the browser benchmark: news text,
// repeated to length, with a span every ten words (every fifth nesting a shorter one).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../fixtures/news-paragraphs.txt', import.meta.url));

/// The paragraphs of the TimeBank JSONL in the shared dev data.
export function paragraphs(devData) {
  const out = [];
  for (const line of readFileSync(devData, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const p of JSON.parse(line).text.split('\n\n')) {
      const t = p.trim().replace(/\n/g, ' ');
      if (t) out.push(t);
    }
  }
  return out;
}

/// The project's own news paragraphs: what the tests build on, the same on every machine.
export function fixtureParagraphs() {
  return readFileSync(FIXTURE, 'utf8').split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ' ')).filter(Boolean);
}

/// Benchmarks read the shared TimeBank news when it is beside the project (more varied text),
/// else the project's own paragraphs, and say so.
export function benchParagraphs(shared) {
  const devData = shared + 'dev-data/timebank-dates.jsonl';
  if (existsSync(devData)) return paragraphs(devData);
  console.log(`notice: ${devData} is not there; benchmarking on the project's own paragraphs`);
  return fixtureParagraphs();
}

/// A v1 file with one document of about `words` words; offsets in code points.
export function benchFile(paras, words) {
  let text = '';
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length];
    text += p + '\n\n';
    count += p.split(/\s+/).filter(Boolean).length;
  }
  const chars = Array.from(text);
  const isWord = (c) => /[\p{L}\p{N}]/u.test(c);
  const starts = [];
  for (let i = 0; i < chars.length; i++) if (isWord(chars[i]) && (i === 0 || !isWord(chars[i - 1]))) starts.push(i);
  const wordEnd = (i) => { while (i < chars.length && isWord(chars[i])) i++; return i; };
  const labels = ['Actor', 'Date', 'Place'];
  const spans = [];
  let n = 0;
  for (let k = 0; k < starts.length; k += 10) {
    const start = starts[k];
    const two = k + 1 < starts.length ? wordEnd(starts[k + 1]) : wordEnd(start);
    const end = chars.slice(start, two).includes('\n') ? wordEnd(start) : two;
    n++;
    spans.push({ id: `s${n}`, start, end, label: labels[n % 3], text: chars.slice(start, end).join('') });
    if (n % 5 === 0) {
      n++;
      const e = wordEnd(start);
      spans.push({ id: `s${n}`, start, end: e, label: labels[n % 3], text: chars.slice(start, e).join('') });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  return {
    format: 'spanwright', version: 1, offset_unit: 'codepoint',
    labels: [
      { name: 'Actor', color: '#E69F00', hotkey: 'a' }, { name: 'Date', color: '#56B4E9', hotkey: 'd' },
      { name: 'Place', color: '#009E73', hotkey: 'p' },
    ],
    documents: [{ id: `bench-${words}`, meta: {}, text, spans }],
  };
}

/// A JSONL corpus of `count` documents of about `words` words each, one `{id, text, meta}` a
/// line (ids `doc-00001`…, dates spread over March 2024), as dataset builders bring them.
export function jsonlCorpus(paras, count, words) {
  const lines = [];
  let p = 0;
  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    let text = '';
    let n = 0;
    while (n < words) {
      const para = paras[p++ % paras.length];
      text += (text ? '\n\n' : '') + para;
      n += para.split(/\s+/).length;
    }
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `doc-${String(i).padStart(width, '0')}`, text, meta: { date: `2024-03-${day}` } }));
  }
  return lines.join('\n') + '\n';
}
