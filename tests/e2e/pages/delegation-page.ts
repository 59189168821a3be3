import type { Download, Locator, Page } from 'playwright-core';

/**
 * Waits until `check` answers true. Each check is a round trip to the browser, which paces the loop;
 * between checks it only yields to pending events, never sleeps a fixed time.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeout = 20_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** "Thành phần đại biểu": shares, rules, the proposal, the candidates, approval and history. */
export class DelegationPage {
  readonly page: Page;
  readonly tab: Locator;
  readonly shares: Locator;
  readonly rules: Locator;
  readonly proposal: Locator;
  readonly proposalStatus: Locator;
  readonly charts: Locator;
  readonly proposeButton: Locator;
  readonly saveRules: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly history: Locator;
  readonly candidates: Locator;
  readonly approveDialog: Locator;
  readonly whatIfResult: Locator;

  constructor(page: Page) {
    this.page = page;
    this.tab = page.getByRole('tab', { name: 'Thành phần đại biểu' });
    this.shares = page.getByRole('region', { name: 'Cơ cấu theo nhóm đại biểu' });
    this.rules = page.getByRole('region', { name: 'Quy tắc cơ cấu' });
    this.proposal = page.getByRole('region', { name: 'Phương án đề xuất' });
    this.proposalStatus = this.proposal.getByRole('status');
    this.charts = page.getByRole('region', { name: /^Cơ cấu (của phương án|danh sách số \d+)$/ });
    this.proposeButton = page.getByRole('button', { name: /^Đề xuất (danh sách|lại)$/ });
    this.saveRules = page
      .getByRole('region', { name: 'Thao tác với danh sách đại biểu' })
      .getByRole('button', {
        name: 'Lưu quy tắc',
      });
    this.search = page.getByRole('searchbox', { name: 'Tìm ứng viên' });
    this.table = page.getByRole('table', { name: 'Ứng viên đại biểu' });
    this.candidates = page.getByRole('region', { name: 'Danh sách ứng viên' });
    this.history = page.getByRole('table', { name: 'Các danh sách đại biểu đã phê duyệt' });
    this.approveDialog = page.getByRole('dialog', { name: 'Phê duyệt danh sách đại biểu' });
    this.whatIfResult = page.getByRole('status', { name: 'Kết quả thử nhanh' });
  }

  /** Opens the conference on this tab and waits for the rules to be drawn. */
  async goto(baseUrl: string, conferenceId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/conferences/${conferenceId}?tab=delegates`);
    await this.rules.getByRole('listitem').first().waitFor();
  }

  /** The line of one counted value in the rules panel ("Giới tính: Nữ: 51/150 — yêu cầu ≥ 30% (45): Đạt"). */
  ruleLine(label: string): Locator {
    // Outcome lines are the items of each rule's own list.
    return this.rules.locator('li li').filter({ hasText: new RegExp(`^${label}: \\d`) });
  }

  /** The count on a rule line: 51 in "Giới tính: Nữ: 51/150 — …". */
  async countOf(label: string): Promise<number> {
    const text = (await this.ruleLine(label).textContent()) ?? '';
    const m = new RegExp(`^${label}: (\\d+)`).exec(text);
    if (!m) throw new Error(`No count in "${text}"`);
    return Number(m[1]);
  }

  /** Waits for a proposal computed after the last change ("Tính trong … giây", nothing pending). */
  async waitForProposal(): Promise<string> {
    await this.proposalStatus.filter({ hasText: /Tính trong/ }).waitFor({ timeout: 30_000 });
    return (await this.proposalStatus.textContent()) ?? '';
  }

  /** Asks for a proposal and waits for the one the server computed after the click. */
  async propose(): Promise<string> {
    const answered = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/delegates/propose'),
      { timeout: 30_000 },
    );
    await this.proposeButton.click();
    await answered;
    return this.waitForProposal();
  }

  /**
   * Waits until the proposal on screen is the one computed for these slider values: the line under
   * the sliders reads "Kết quả cho tỷ lệ nữ 50% (75/150), …" only then.
   */
  async waitForResultFor(values: string): Promise<void> {
    await this.whatIfResult.filter({ hasText: `Kết quả cho ${values}` }).waitFor({ timeout: 30_000 });
  }

  slider(name: string): Locator {
    return this.page.getByRole('slider', { name });
  }

  /** Moves a slider to a whole percent with the keyboard, one step at a time, as someone without a mouse would. */
  async setSlider(name: string, percent: number): Promise<void> {
    const slider = this.slider(name);
    const value = async () => Number(await slider.getAttribute('aria-valuenow'));
    await slider.focus();
    for (let now = await value(); now !== percent; now = await value()) {
      await slider.press(percent > now ? 'ArrowRight' : 'ArrowLeft');
      await waitUntil(async () => (await value()) !== now, `${name} to move from ${now}`);
    }
  }

  /** A choice of the candidate filters ("Không được chọn", "Theo điểm", "Tất cả (180)"). */
  async choose(label: string | RegExp): Promise<void> {
    await this.candidates.getByText(label, { exact: typeof label === 'string' }).click();
  }

  /** The names in the candidate table, top to bottom. */
  async names(): Promise<string[]> {
    await this.table.waitFor();
    return this.table.locator('tbody td:nth-child(2) > div > :first-child').allTextContents();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Finds one candidate by name and returns the row's "Phương án" cell text. */
  async resultOf(name: string): Promise<string> {
    await this.search.fill(name);
    await this.row(name).first().waitFor();
    return (await this.row(name).first().locator('td').nth(4).textContent()) ?? '';
  }

  lockButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Giữ lại: ${name}`, exact: true });
  }

  excludeButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Loại ra: ${name}`, exact: true });
  }

  /** "Phê duyệt danh sách" with a note; waits for the dialog to close. */
  async approve(note: string): Promise<void> {
    await this.proposal.getByRole('button', { name: 'Phê duyệt danh sách' }).click();
    await this.approveDialog.waitFor();
    await this.approveDialog.getByRole('textbox', { name: 'Ghi chú' }).fill(note);
    await this.approveDialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await this.approveDialog.waitFor({ state: 'hidden' });
  }

  downloadLink(number: number, format: 'Excel' | 'Word' | 'PDF'): Locator {
    return this.page.getByRole('link', { name: `Tải danh sách đại biểu số ${number} (${format})` });
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
