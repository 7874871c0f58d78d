// Page model: the Materials area (list, material page, lot page and their forms).
import type { Locator, Page } from '@playwright/test';

export class MaterialsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Materials/ }).click();
  }

  table(): Locator {
    return this.page.getByRole('region', { name: 'Materials' });
  }

  row(name: string): Locator {
    return this.table().locator('tbody tr[data-index]').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async createMaterial(fields: { name: string; kind: string; formula?: string; density?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New material' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New material' });
    await dialog.getByLabel('Name').fill(fields.name);
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await this.page.getByRole('option', { name: fields.kind, exact: true }).click();
    if (fields.formula) await dialog.getByLabel('Formula').fill(fields.formula);
    if (fields.density) await dialog.getByLabel('Density').fill(fields.density);
    await dialog.getByRole('button', { name: 'Add material' }).click();
  }

  async addLot(fields: { lotNumber: string; quantity: string; unit?: string; location?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add lot' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^New lot of / });
    await dialog.getByLabel('Lot / batch number').fill(fields.lotNumber);
    await dialog.getByRole('textbox', { name: 'Quantity' }).fill(fields.quantity);
    if (fields.location) await dialog.getByRole('combobox', { name: 'Location' }).fill(fields.location);
    await dialog.getByRole('button', { name: 'Add lot' }).click();
  }

  async recordUse(amount: string, unit: string, purpose: string): Promise<void> {
    const form = this.page.getByRole('tabpanel', { name: 'Record use' });
    await form.getByRole('textbox', { name: 'Amount taken' }).fill(amount);
    await form.getByRole('combobox', { name: 'Unit' }).click();
    await this.page.getByRole('option', { name: unit, exact: true }).click();
    await form.getByLabel('For what (optional)').fill(purpose);
    await form.getByRole('button', { name: 'Record use' }).click();
  }

  remaining(): Locator {
    return this.page.getByTestId('lot-remaining');
  }

  movementRows(): Locator {
    return this.page.getByRole('region', { name: 'Uses and adjustments' }).locator('tbody tr[data-index]');
  }

  lotHistoryRows(): Locator {
    return this.page.getByRole('region', { name: 'History of this lot' }).locator('tbody tr[data-index]');
  }
}
