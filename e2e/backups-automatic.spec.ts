// Automatic backups as a researcher sets them: the schedule and the kept days in the Notebook
// area, checked like every form and kept; the backups list says which backup was manual.
import { expect, test } from './support/fixtures';
import { NotebookPage } from './pages/notebook-page';
import { ShellPage } from './pages/shell-page';

test('the automatic backups settings are checked, saved and kept, and a manual backup is listed as manual', async ({ app }) => {
  const shell = new ShellPage(app);
  const notebook = new NotebookPage(app);
  await notebook.open();
  const every = app.getByRole('textbox', { name: 'Back up every' });
  const keep = app.getByRole('textbox', { name: 'Keep automatic backups for' });
  await expect(every).toHaveValue('4');
  await expect(keep).toHaveValue('14');

  await keep.fill('0');
  await app.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(app.getByText(/Keep automatic backups for.*at least 1 day/).first()).toBeVisible();

  await every.fill('2');
  await keep.fill('30');
  await app.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(shell.notice('Automatic backups: every 2 h, kept 30 days')).toBeVisible();
  await app.reload();
  await notebook.open();
  await expect(app.getByRole('textbox', { name: 'Keep automatic backups for' })).toHaveValue('30');

  await notebook.backUp();
  await expect(notebook.backupRows()).toHaveCount(1);
  await expect(notebook.backupRows().first()).toContainText('manual');
});
