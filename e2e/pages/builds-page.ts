// Page model: the Builds area (list, build page, stack editor, clone, compare).
import type { Locator, Page } from '@playwright/test';

export class BuildsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: /^Builds/ }).click();
  }

  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load the demo notebook' }).click();
    await this.page.getByRole('region', { name: 'Builds' }).waitFor();
  }

  async openBuild(name: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Builds' }).getByText(name, { exact: true }).click();
    await this.page.getByRole('heading', { name, level: 2 }).waitFor();
  }

  async clone(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Clone' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Clone / });
    await dialog.getByRole('textbox', { name: 'Name of the new build' }).fill(name);
    await dialog.getByRole('button', { name: 'Clone' }).click();
    await this.page.getByRole('heading', { name, level: 2 }).waitFor();
  }

  stackEditor(): Locator {
    return this.page.getByRole('dialog', { name: 'Edit the layer stack' });
  }

  componentAmount(layer: string, component: number): Locator {
    return this.stackEditor().getByRole('textbox', { name: `${layer} component ${component} amount` });
  }

  rule(id: string): Locator {
    return this.page.getByTestId('design-rules').locator(`tr[data-rule="${id}"]`);
  }

  async compareWith(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Compare' }).click();
    await this.page.getByRole('menuitem', { name: `with ${name}` }).click();
  }
}
