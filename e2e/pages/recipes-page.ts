// Page model: the Recipes area (recipe page, starting a batch, the batch page).
import type { Locator, Page } from '@playwright/test';

export class RecipesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Recipes/ }).click();
  }

  async openRecipe(name: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Recipes' }).getByText(name, { exact: true }).click();
  }

  async startBatchForOxide(grams: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start batch' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a batch' });
    await dialog.getByText('Target oxide').click();
    await dialog.getByRole('textbox', { name: 'Oxide to make' }).fill(grams);
    await dialog.getByRole('button', { name: 'Start batch' }).click();
  }

  weighRow(key: string): Locator {
    return this.page.getByRole('table', { name: 'Weigh list' }).locator(`tr[data-key="${key}"]`);
  }

  /** Records an item from its only lot; `factor` scales the planned amount (1.03 = 3 % over). */
  recordDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Record / });
  }

  async recordFromLot(key: string, lotNumber: string, amount?: string, deviationReason?: string): Promise<void> {
    await this.weighRow(key).getByRole('button', { name: 'Record' }).click();
    const dialog = this.recordDialog();
    if (amount !== undefined) await dialog.getByRole('textbox', { name: 'Actual amount' }).fill(amount);
    if (deviationReason !== undefined) await dialog.getByRole('textbox', { name: /^Deviation reason/ }).fill(deviationReason);
    if (lotNumber) {
      await dialog.getByRole('combobox', { name: /^Lot of / }).click();
      await this.page.getByRole('option', { name: new RegExp(`^${lotNumber}:`) }).click();
    }
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async finish(yieldG: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Finish batch / });
    await dialog.getByRole('textbox', { name: 'Dry product weighed' }).fill(yieldG);
    await dialog.getByRole('button', { name: 'Finish and make the lot' }).click();
  }
}
