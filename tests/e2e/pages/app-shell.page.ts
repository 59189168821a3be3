import type { Locator, Page } from 'playwright-core';

/** The header and navigation around every signed-in screen. */
export class AppShell {
  readonly page: Page;
  readonly logout: Locator;
  readonly burger: Locator;
  readonly nav: Locator;
  readonly notFound: Locator;

  constructor(page: Page) {
    this.page = page;
    this.logout = page.getByRole('button', { name: 'Đăng xuất' });
    this.burger = page.getByRole('button', { name: /Mở menu|Đóng menu/ });
    this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    this.notFound = page.getByRole('heading', { name: 'Không tìm thấy trang hoặc bạn không có quyền xem' });
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }
}
