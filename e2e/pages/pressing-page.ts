// Page model: the Pressing area (plans, equipment register) and a build's press plan section
// (steps, the step form with its live checks, recording actuals, the run sheet).
import type { Locator, Page } from '@playwright/test';

export class PressingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Pressing/ }).click();
  }

  async openEquipment(): Promise<void> {
    await this.open();
    await this.page.getByRole('tab', { name: 'Equipment' }).click();
  }

  equipmentRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Equipment' }).locator(`tr[data-equipment="${name}"]`);
  }

  equipmentDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Add equipment|Edit )/ });
  }

  private async startEquipment(name: string, kind: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add equipment' }).click();
    const dialog = this.equipmentDialog();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    return dialog;
  }

  private async saveEquipment(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Add to the register' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addPress(name: string, maxForceTf: string): Promise<void> {
    const dialog = await this.startEquipment(name, 'Uniaxial press');
    await dialog.getByText('tonne-force', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Maximum force' }).fill(maxForceTf);
    await this.saveEquipment(dialog);
  }

  async addRectangularDie(name: string, widthMm: string, lengthMm: string, ratingMPa: string): Promise<void> {
    const dialog = await this.startEquipment(name, 'Die');
    await dialog.getByText('Rectangular', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Bore width' }).fill(widthMm);
    await dialog.getByRole('textbox', { name: 'Bore length' }).fill(lengthMm);
    await dialog.getByRole('textbox', { name: 'Maximum pressure' }).fill(ratingMPa);
    await this.saveEquipment(dialog);
  }

  async addRoundDie(name: string, diameterMm: string, ratingMPa: string): Promise<void> {
    const dialog = await this.startEquipment(name, 'Die');
    await dialog.getByRole('textbox', { name: 'Bore diameter' }).fill(diameterMm);
    await dialog.getByRole('textbox', { name: 'Maximum pressure' }).fill(ratingMPa);
    await this.saveEquipment(dialog);
  }

  plan(): Locator {
    return this.page.getByTestId('press-plan');
  }

  steps(): Locator {
    return this.plan().getByRole('table', { name: 'Press plan steps' }).locator('tbody tr');
  }

  step(position: number): Locator {
    return this.plan().getByRole('table', { name: 'Press plan steps' }).locator(`tr[data-step="${position}"]`);
  }

  async applyTemplate(name: RegExp): Promise<void> {
    await this.plan().getByRole('button', { name: /with a template|from a template/ }).click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  stepDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^(Step \d+:|Add a step)/ });
  }

  async editStep(position: number): Promise<Locator> {
    await this.step(position).getByRole('button', { name: `edit step ${position}` }).click();
    return this.stepDialog();
  }

  /** Chooses an option of a select in the step form by its label. */
  async choose(dialog: Locator, label: string, option: string | RegExp): Promise<void> {
    await dialog.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** A check in the form's live preview, by its id (press_capacity, die_rating, ...). */
  previewCheck(dialog: Locator, id: string): Locator {
    return dialog.getByTestId('step-preview').locator(`[data-check="${id}"]`);
  }

  stepCheck(position: number, id: string): Locator {
    return this.step(position).locator(`[data-check="${id}"]`);
  }

  recordDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Record step / });
  }

  async openRecord(position: number): Promise<Locator> {
    await this.step(position).getByRole('button', { name: 'Record actuals' }).click();
    return this.recordDialog();
  }
}
