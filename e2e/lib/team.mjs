// Three annotators' files of the same 50 documents (crates/core/tests/data/team): one imported
// as a project, the others added as their work, as a curator does.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const TEAM = fileURLToPath(new URL('../../crates/core/tests/data/team/', import.meta.url));

/// A file of the fixture as a file input takes it; `edit` changes its text, `as` renames it.
export async function teamFile(name, edit, as = name) {
  let text = await readFile(TEAM + name, 'utf8');
  if (edit) text = edit(text);
  return { name: as, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/// Imports `ann-1.json` as a new project and names this browser's annotator.
export async function importFirst(page, annotator) {
  await page.getByRole('button', { name: 'Import from…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Import file').setInputFiles(await teamFile('ann-1.json'));
  await dialog.getByRole('status').waitFor();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  // The new project is drawn and stored before the name is typed (a field typed into while the
  // project opens can be replaced under the typing).
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved');
  await page.getByLabel('Annotator name').fill(annotator);
  await page.getByLabel('Annotator name').press('Enter');
  await page.waitForFunction((name) => localStorage.getItem('spanwright.annotator') === name, annotator);
}

/// Opens "Add annotator's work" on `file`; returns the dialog, its preview shown.
export async function addWork(page, file) {
  await page.getByRole('button', { name: "Add annotator's work" }).click();
  const dialog = page.getByRole('dialog', { name: "Add annotator's work" });
  await dialog.getByLabel('Import file').setInputFiles(file);
  await dialog.getByRole('status').waitFor();
  return dialog;
}
