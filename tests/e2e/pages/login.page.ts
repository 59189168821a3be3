import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './browser.page.ts';

/** The sign-in screen. */
export class LoginPage {
  readonly page: Page;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.username = page.getByRole('textbox', { name: 'Tên đăng nhập' });
    this.password = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
    this.submit = page.getByRole('button', { name: 'Đăng nhập' });
    this.error = page.getByRole('alert');
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/login`);
    await this.username.waitFor();
  }

  /** Signs in and waits for the app shell ("Đăng xuất" in the header). */
  async login(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
    await this.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }
}
