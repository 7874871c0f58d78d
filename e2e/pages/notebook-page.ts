// Page model: the Notebook area (operator, backup and check, history).
import type { Locator, Page } from '@playwright/test';

export class NotebookPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Notebook/ }).click();
  }

  operatorInput(): Locator {
    return this.page.getByLabel('Operator name');
  }

  async setOperator(name: string): Promise<void> {
    await this.operatorInput().fill(name);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }

  historyRows(): Locator {
    return this.page.getByRole('region', { name: 'History of changes' }).locator('tbody tr[data-index]');
  }

  /** History rows of the operator setting only (a new notebook already holds the recipe templates). */
  operatorHistoryRows(): Locator {
    return this.historyRows().filter({ hasText: 'Setting operator' });
  }

  async backUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back up now' }).click();
  }

  async check(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Check notebook' }).click();
    return this.page.getByTestId('check-result');
  }

  backupRows(): Locator {
    return this.page.getByRole('table', { name: 'Backups' }).locator('tbody tr');
  }

  /** Opens a backup's restore preview; the dialog it returns holds the preview and the confirm button. */
  async openRestore(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: /^Restore / }).click();
    return this.page.getByRole('dialog');
  }
}
