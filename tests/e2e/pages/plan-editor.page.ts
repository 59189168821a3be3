import type { Download, Locator, Page } from 'playwright-core';

/** A conference's page with the "Kế hoạch" tab: the plan editor, its live preview, save and downloads. */
export class PlanEditorPage {
  readonly page: Page;
  readonly title: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;
  readonly preview: Locator;
  readonly maxDelegates: Locator;
  readonly docxLink: Locator;
  readonly pdfLink: Locator;
  readonly previewSwitch: Locator;
  readonly editSwitch: Locator;
  readonly sessionDate: Locator;

  constructor(page: Page) {
    this.page = page;
    this.title = page.getByRole('heading', { level: 1 });
    this.saveButton = page.getByRole('button', { name: 'Lưu thay đổi' });
    this.status = page.getByRole('status').filter({ hasText: /thay đổi|Đã lưu|Đang lưu/ });
    this.preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    this.maxDelegates = page.getByRole('textbox', { name: 'Số đại biểu tối đa' });
    this.docxLink = page.getByRole('link', { name: 'Tải Kế hoạch (DOCX)' });
    this.pdfLink = page.getByRole('link', { name: 'Tải Kế hoạch (PDF)' });
    const phoneBar = page.getByRole('region', { name: 'Chế độ hiển thị' });
    this.previewSwitch = phoneBar.getByText('Xem trước', { exact: true });
    this.editSwitch = phoneBar.getByText('Soạn thảo', { exact: true });
    this.sessionDate = page.getByRole('textbox', { name: 'Ngày tổ chức' });
  }

  async goto(baseUrl: string, conferenceId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/conferences/${conferenceId}`);
    await this.page.getByRole('tab', { name: 'Kế hoạch' }).waitFor();
  }

  /** Types a new maximum number of delegates (section II of the plan). */
  async setMaxDelegates(n: number): Promise<void> {
    await this.maxDelegates.fill(String(n));
  }

  /** The text of the live preview, waiting until it contains `expected` when given. */
  async previewContains(expected: string): Promise<void> {
    await this.preview.getByText(expected, { exact: false }).first().waitFor();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.status.filter({ hasText: 'Đã lưu' }).waitFor();
  }

  /** Clicks a download link and returns the file's suggested name and its bytes. */
  async download(link: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return { name: download.suggestedFilename(), bytes: await readDownload(download) };
  }
}

async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
