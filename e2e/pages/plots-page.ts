// Page model: the plots of a cycling test's page — each plot card, its chart (data-ready and
// data-points as PlotlyChart sets them), the capacity basis, zooming by dragging on the plot, and
// the Export menu.
import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

export class PlotsPage {
  constructor(readonly page: Page) {}

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  chart(label: string): Locator {
    return this.page.getByTestId(`plot-${label}`);
  }

  /** Waits until the chart says it has drawn its data (Plotly's first load takes seconds on a busy machine). */
  async expectDrawn(label: string): Promise<void> {
    await expect(this.chart(label)).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  }

  async chooseBasis(unit: 'mAh' | 'mAh/g' | 'mAh/cm²'): Promise<void> {
    await this.page.getByTestId('capacity-basis').getByText(unit, { exact: true }).click();
  }

  /** Chooses "Every Nth" cycles in a card and sets N. */
  async chooseEveryNth(cardTitle: string, n: number): Promise<void> {
    const card = this.card(cardTitle);
    await card.getByRole('combobox', { name: 'Cycles' }).click();
    await this.page.getByRole('option', { name: 'Every Nth' }).click();
    await card.getByRole('textbox', { name: 'Every (cycles)' }).fill(String(n));
  }

  /** Drags a zoom box across the middle fifth of the chart's plot area, as a user zooms in x. */
  async zoomMiddle(label: string): Promise<void> {
    const dragLayer = this.chart(label).locator('.nsewdrag').first();
    await expect(dragLayer).toBeVisible();
    const box = (await dragLayer.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * 0.4, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * 0.5, y + 2, { steps: 5 });
    await this.page.mouse.move(box.x + box.width * 0.6, y + 3, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Exports a chart from its Export menu and returns the download. */
  async export(label: string, item: RegExp | string): Promise<Download> {
    await this.page.getByRole('button', { name: `Export the ${label} plot` }).click();
    const menuItem = this.page.getByRole('menuitem', { name: item });
    await expect(menuItem).toBeVisible();
    const [download] = await Promise.all([this.page.waitForEvent('download'), menuItem.click()]);
    return download;
  }
}
