import type { Download, Locator, Page } from 'playwright-core';

/** "Đề cử": one conference's nominations — search, filters, the list and its row buttons. */
export class NominationsPage {
  readonly page: Page;
  readonly search: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly addIndividual: Locator;
  readonly templateLink: Locator;
  readonly importButton: Locator;
  readonly exportLink: Locator;
  readonly submitAll: Locator;
  readonly drawer: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    this.table = page.getByRole('table', { name: 'Danh sách đề cử' });
    this.status = page.getByRole('status').filter({ hasText: /hồ sơ/ });
    this.addIndividual = page.getByRole('button', { name: 'Thêm cá nhân' });
    this.templateLink = page.getByRole('link', { name: 'Tải mẫu Excel' });
    this.importButton = page.getByRole('button', { name: 'Nhập từ Excel' });
    this.exportLink = page.getByRole('link', { name: 'Xuất Excel' });
    this.submitAll = page.getByRole('button', { name: /^Gửi tất cả đủ điều kiện/ });
    this.drawer = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('heading', { name: /^Đề cử số \d+:/ }) });
  }

  /** Opens "Đề cử" from the menu (a nominating unit lands there after signing in). */
  async goto(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/nominations`);
    await this.search.waitFor();
  }

  /** The names in the list, top to bottom. */
  async names(): Promise<string[]> {
    await this.table
      .or(this.page.getByText(/Chưa có hồ sơ|Không có hồ sơ nào khớp/))
      .first()
      .waitFor();
    if (!(await this.table.isVisible())) return [];
    const headers = await this.table.getByRole('columnheader').allTextContents();
    const column = headers.indexOf('Họ và tên / Tên tập thể') + 1;
    return this.table.locator(`tbody td:nth-child(${column}) button`).allTextContents();
  }

  /** Types in the search box and waits for the list to follow ("Tìm thấy …"). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.status.filter({ hasText: text === '' ? /^\d+ hồ sơ$/ : /^Tìm thấy/ }).waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Clicks a row's workflow button ("Gửi", "Tiếp nhận", "Trả lại", "Ghi kết quả Hội đồng"). */
  async act(action: string, name: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action}: ${name}`, exact: true }).click();
  }

  async stateOf(name: string): Promise<string> {
    return (await this.row(name).locator('td').nth(-2).textContent()) ?? '';
  }

  async open(name: string): Promise<void> {
    await this.table.getByRole('button', { name, exact: true }).click();
    await this.drawer.waitFor();
  }

  async closeDrawer(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Đóng' }).first().click();
    await this.drawer.waitFor({ state: 'hidden' });
  }

  /** Clicks a download link and returns the file's bytes. */
  async download(link: Locator): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return readDownload(download);
  }
}

async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
