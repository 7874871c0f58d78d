// Page model: cycling data — dropping a tester's export onto a cell or the Cycling area, the import
// dialog, and a test's page (grade, lifespan, plots, cycle table).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';

export class CyclingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Cycling/ }).click();
    await this.page.getByRole('heading', { name: 'Cycling', exact: true, level: 2 }).waitFor();
  }

  /**
   * Drops a file from disk onto `target` as a file manager does: dragenter, dragover and drop
   * carrying a DataTransfer that holds the file (Playwright has no file drag from the desktop).
   */
  async dropFile(target: Locator, filePath: string): Promise<void> {
    const bytes = readFileSync(filePath).toString('base64');
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, base64 }) => {
        const binary = atob(base64);
        const array = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i += 1) array[i] = binary.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([array], name, { type: 'text/csv' }));
        return transfer;
      },
      { name: path.basename(filePath), base64: bytes },
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer });
  }

  importDialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Import cycling data/ });
  }

  /** Waits for the file to be sent and recognised, imports it, and waits for the test's page. */
  /** `cellHasTest`: the answer to "this cell already has a test" when the cell has one. */
  async importFromDialog(cellHasTest?: 'continues it' | 'replaces it' | 'is a second test of this cell'): Promise<void> {
    const dialog = this.importDialog();
    await dialog.getByTestId('detected-format').waitFor();
    if (cellHasTest) await dialog.getByRole('radio', { name: new RegExp(`^${cellHasTest}`) }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
    await this.page.getByTestId('lifespan').waitFor();
  }

  fact(testId: 'lifespan' | 'standard-capacity' | 'cycle-count'): Locator {
    return this.page.getByTestId(testId);
  }

  /** The cycle table (virtualised: aria-rowcount holds the number of rows, not all are drawn). */
  cycleTable(): Locator {
    return this.page.getByRole('region', { name: 'Cycles' }).locator('table');
  }

  plot(label: string): Locator {
    return this.page.getByTestId(`plot-${label}`);
  }
}
