import type { Locator, Page } from 'playwright-core';

/** The bell in the header and its list of notifications. */
export class NotificationsPanel {
  readonly page: Page;
  readonly bell: Locator;

  constructor(page: Page) {
    this.page = page;
    this.bell = page.getByRole('button', { name: /^Thông báo/ });
  }

  /** The unread count the bell announces ("Thông báo, 2 chưa đọc"), 0 when none. */
  async unread(): Promise<number> {
    const name = (await this.bell.getAttribute('aria-label')) ?? '';
    return Number(/(\d+) chưa đọc/.exec(name)?.[1] ?? 0);
  }

  /** Waits until the bell announces unread notifications (they load after the page) and returns how many. */
  async waitForUnread(): Promise<number> {
    await this.page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ }).waitFor();
    return this.unread();
  }

  async open(): Promise<Locator> {
    await this.bell.click();
    const list = this.page.getByRole('list', { name: 'Thông báo' });
    await list.waitFor();
    return list;
  }
}
