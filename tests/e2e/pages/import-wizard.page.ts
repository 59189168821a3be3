import type { Locator, Page } from 'playwright-core';

/** The "Nhập từ Excel" dialog: choose a file, check the column mapping, check, import. */
export class ImportWizardPage {
  readonly page: Page;
  readonly dialog: Locator;
  readonly errors: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Nhập đề cử từ tệp Excel' });
    this.errors = this.dialog.getByRole('region', { name: 'Danh sách lỗi' }).getByRole('listitem');
  }

  button(name: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Chooses the file and reads it; waits for the proposed column mapping. */
  async chooseAndRead(filePath: string): Promise<void> {
    await this.dialog.locator('input[type="file"]').setInputFiles(filePath);
    await this.button('Đọc tệp').click();
    await this.dialog.getByText(/Tìm thấy \d+ dòng dữ liệu/).waitFor();
  }

  /** The source column proposed for a template column (its select's shown value). */
  async mappedTo(templateHeader: string): Promise<string> {
    return this.dialog.getByRole('combobox', { name: templateHeader, exact: true }).inputValue();
  }

  /** "Kiểm tra": a dry run; waits for its verdict. */
  async check(): Promise<void> {
    await this.button('Kiểm tra').click();
    await this.dialog
      .getByText(/Tệp hợp lệ|Tệp có \d+ lỗi/)
      .first()
      .waitFor();
  }

  async chooseFixedFile(filePath: string): Promise<void> {
    await this.button('Chọn tệp đã sửa').click();
    await this.chooseAndRead(filePath);
  }

  /** "Nhập N hồ sơ"; waits for "Đã nhập". */
  async importAll(): Promise<string> {
    await this.button(/^Nhập \d+ hồ sơ$/).click();
    const done = this.dialog.getByText(/^Đã nhập \d+ hồ sơ/);
    await done.waitFor();
    return (await done.textContent()) ?? '';
  }

  async close(): Promise<void> {
    await this.button('Đóng').last().click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
