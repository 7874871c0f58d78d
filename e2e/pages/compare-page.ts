// Page model: the Compare area — builds ticked in the Builds list and "Compare selected", the
// overlay, Table 1 and the parameter-against-outcome scatter.
import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

export class ComparePage {
  constructor(readonly page: Page) {}

  /** A build's number of cells as the Builds list (which must be open) shows it. */
  async cellCount(name: string): Promise<number> {
    const row = this.page.getByRole('region', { name: 'Builds' }).getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
    const cells = row.getByRole('cell').nth(4);
    await expect(cells).toHaveText(/^\d+$/);
    return Number(await cells.textContent());
  }

  /** Ticks builds in the Builds list (which must be open) and presses "Compare selected". */
  async compareBuilds(names: readonly string[]): Promise<void> {
    const list = this.page.getByRole('region', { name: 'Builds' });
    for (const name of names) await list.getByRole('checkbox', { name: `Select ${name} to compare` }).check();
    await this.page.getByRole('button', { name: `Compare selected (${names.length})` }).click();
    await expect(this.page.getByRole('heading', { name: 'Compare', level: 2 })).toBeVisible();
  }

  section(title: 'Overlay' | 'Table 1' | 'Parameter against outcome' | 'Design differences'): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  tableOneRow(build: string, cell: string): Locator {
    return this.page.getByTestId('table-one').getByTestId('table-one-cell').filter({ hasText: build }).filter({ hasText: cell });
  }
}
