// Page model: the window frame (area navigation, header, jobs bar, notices).
import type { Locator, Page } from '@playwright/test';

export class ShellPage {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Areas' });
  }

  navLink(label: string): Locator {
    return this.nav().getByRole('link', { name: new RegExp(`^${label}`) });
  }

  async openArea(label: string): Promise<void> {
    await this.navLink(label).click();
  }

  emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }

  operatorBadge(): Locator {
    return this.page.getByText(/^recording as/);
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: text });
  }
}
