import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatBytes } from '../shared/format/bytes';
import { GEL_TEMPLATES } from '../shared/chemistry/gel-templates';
import { expect, test } from './support/fixtures';
import { NotebookPage } from './pages/notebook-page';
import { ShellPage } from './pages/shell-page';

test('setting the operator name records it in history and in the header', async ({ app }) => {
  const shell = new ShellPage(app);
  const notebook = new NotebookPage(app);
  await notebook.open();
  await notebook.setOperator('M. Kim');
  await expect(shell.operatorBadge()).toHaveText('recording as M. Kim');
  await expect(notebook.operatorHistoryRows()).toHaveCount(1);
  await expect(notebook.historyRows().first()).toContainText('insert');
  await expect(notebook.historyRows().first()).toContainText('Value: — → M. Kim');

  await notebook.setOperator('J. Park');
  await expect(notebook.operatorHistoryRows()).toHaveCount(2);
  await expect(notebook.historyRows().first()).toContainText('M. Kim'); // who made the change
  await expect(notebook.historyRows().first()).toContainText('Value: M. Kim → J. Park');
});

test('a name over the limit is refused in words at the field, and nothing is saved', async ({ app }) => {
  const notebook = new NotebookPage(app);
  await notebook.open();
  await notebook.setOperator('x'.repeat(81));
  await expect(notebook.operatorInput()).toHaveAccessibleDescription('Operator name must be at most 80 characters');
  await expect(app.getByTestId('form-problem')).toHaveText('Nothing was saved: Operator name must be at most 80 characters.');
  await expect(notebook.operatorHistoryRows()).toHaveCount(0);
});

test('back up now writes a backup file beside the notebook and says so', async ({ app, cellbook }) => {
  const shell = new ShellPage(app);
  const notebook = new NotebookPage(app);
  await notebook.open();
  await notebook.backUp();
  // The notice closes after 4 s: its exact text is awaited as soon as the file is there, not after
  // a first look at it (on a loaded machine the second look could come after it closed).
  const backups = path.join(cellbook.dataDir, 'e2e-backups');
  const written = () => (existsSync(backups) ? readdirSync(backups).filter((file) => file.endsWith('.cellbook')) : []);
  await expect.poll(written).toHaveLength(1);
  const [file] = written();
  const bytes = statSync(path.join(backups, file!)).size;
  await expect(shell.notice(`Backup written: ${file} (${formatBytes(bytes)}) in e2e-backups/`)).toBeVisible();
});

test('check notebook reports integrity and an intact history chain', async ({ app }) => {
  const notebook = new NotebookPage(app);
  await notebook.open();
  await notebook.setOperator('M. Kim');
  await expect(notebook.operatorHistoryRows()).toHaveCount(1);
  const result = await notebook.check();
  await expect(result).toContainText('No problems found');
  // The recipe templates (a recipe and its first version each) and the operator setting.
  await expect(result).toContainText(`History: ${GEL_TEMPLATES.length * 2 + 1} entries, chain intact`);
});
