import type { Locator, Page } from 'playwright-core';

/** The unit tree ("Đơn vị"). */
export class UnitsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly search: Locator;
  readonly tree: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Đơn vị', level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    this.tree = page.getByRole('list', { name: 'Đơn vị' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/units`);
    await this.heading.waitFor();
  }

  /** The highlighted row of the user's own unit (it carries the "Đơn vị của bạn" badge). */
  homeRow(): Locator {
    return this.page.locator('[data-home="true"]');
  }

  /** A unit's link in the tree (only units within the user's scope are links). */
  unitLink(name: string): Locator {
    return this.tree.getByRole('link', { name, exact: true });
  }

  /** A unit shown as plain text because it is outside the user's scope. */
  outOfScopeUnit(name: string): Locator {
    return this.tree.locator('.vd-unit-out-of-scope', { hasText: name });
  }

  /** Whether the element lies wholly inside the visible part of the page. */
  async isInViewport(element: Locator): Promise<boolean> {
    return element.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page
      .getByRole('status')
      .filter({ hasText: /Tìm thấy|Không có đơn vị/ })
      .waitFor();
  }
}
