import type { Locator, Page } from 'playwright-core';

/** The list of conferences and the "Tạo hội nghị từ mẫu" dialog. */
export class ConferenceListPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  readonly createButton: Locator;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Hội nghị', level: 1 });
    this.table = page.getByRole('table', { name: 'Danh sách hội nghị' });
    this.createButton = page.getByRole('button', { name: 'Tạo hội nghị từ mẫu' });
    this.dialog = page.getByRole('dialog', { name: 'Tạo hội nghị từ mẫu kế hoạch' });
  }

  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/conferences`);
    await this.heading.waitFor();
    await this.table.or(this.page.getByText('Chưa có hội nghị nào')).waitFor();
  }

  rows(): Locator {
    return this.table.getByRole('row');
  }

  /** Opens the dialog, keeps the proposed unit (the user's own) and template, creates, and waits for the editor. */
  async createFromTemplate(): Promise<void> {
    await this.createButton.click();
    await this.dialog.waitFor();
    await this.dialog.getByRole('combobox', { name: 'Đơn vị tổ chức' }).waitFor();
    await this.dialog.getByRole('button', { name: 'Tạo và mở hội nghị' }).click();
    await this.page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    await this.page.getByRole('tab', { name: 'Kế hoạch' }).waitFor();
  }
}
