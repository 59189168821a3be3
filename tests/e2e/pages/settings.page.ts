import type { Locator, Page } from 'playwright-core';

/**
 * The public address, where the system administrator sets it: the first-run card on the home screen
 * and "Cài đặt".
 */
export class PublicAddressForms {
  readonly page: Page;
  readonly setupCard: Locator;
  readonly settingsSection: Locator;

  constructor(page: Page) {
    this.page = page;
    this.setupCard = page.getByRole('region', { name: 'Thiết lập ban đầu: đặt Địa chỉ công khai' });
    this.settingsSection = page.getByRole('region', { name: 'Địa chỉ công khai' });
  }

  /** Types the address in `within` (the card or the Cài đặt section) and saves it. */
  async save(within: Locator, address: string): Promise<void> {
    await within.getByRole('textbox', { name: 'Địa chỉ công khai' }).fill(address);
    await within.getByRole('button', { name: 'Lưu địa chỉ' }).click();
  }
}
