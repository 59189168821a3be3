import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { delegateDisplayName } from '../../src/core/delegation/list-document.ts';
import type { DelegateCandidate } from '../../src/core/delegation/types.ts';
import { readSheets } from '../../src/server/render/xlsx.ts';
import { accessibilityViolations, launchBrowser, newTab, PHONE } from './pages/browser.page.ts';
import { DelegationPage, waitUntil } from './pages/delegation-page.ts';
import { LoginPage } from './pages/login.page.ts';
import { startTestServer } from './support/server.ts';

async function assertAccessible(page: Page, screen: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `${screen}: accessibility problems\n${violations.join('\n')}`);
}

const WOMEN = 'Giới tính: Nữ';
const NOTE = 'Theo ý kiến Thường trực ngày 20/8/2025: tăng tỷ lệ nữ lên 40%.';
const LEADER = 'Nguyễn Thị Hải Yến';
const GUESTS = ['Trần Văn Khách', 'Lê Thị Mời'];

/** Fills the downloaded guest template with two guests; the second one's birth year is `year`. */
async function fillGuests(template: Buffer, year: number, out: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  let headerRow = 1;
  sheet.eachRow((row, n) => {
    if (JSON.stringify(row.values ?? []).includes('Họ và tên')) headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Array<Record<string, string | number>> = GUESTS.map((name, i) => ({
    'Thành phần (Khách mời/Lãnh đạo)': 'Khách mời',
    'Họ và tên': name,
    'Giới tính': i === 0 ? 'Nam' : 'Nữ',
    'Năm sinh': i === 0 ? 1975 : year,
    'Chức vụ - đơn vị': 'Phóng viên Báo Hải Phòng',
    'Trực tiếp lao động (Có/Không)': 'Không',
  }));
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    for (const [header, value] of Object.entries(values)) row.getCell(headers.indexOf(header)).value = value;
    row.commit();
  });
  await book.xlsx.writeFile(out);
  return headerRow + 2;
}

describe('the Bạch Long Vĩ officer composes the delegation', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: Browser;
  let page: Page;
  let tab: DelegationPage;
  /** Chosen in the lock/exclude step, checked again in the approved list. */
  let locked = '';
  let excluded = '';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-delegation-'));

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    browser = chromium.browser;
    ({ page } = await newTab(browser));
    tab = new DelegationPage(page);
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens the tab: candidates by group against the plan (70% / 30%) and every rule counted on list 1', async () => {
    await new LoginPage(page).goto(server.url);
    await new LoginPage(page).login('bachlongvi');
    await tab.goto(server.url, server.demoConferenceId);
    assert.equal(await tab.tab.getAttribute('aria-selected'), 'true');
    const shares = (await tab.shares.textContent()) ?? '';
    assert.match(shares, /danh sách đã phê duyệt số 1/);
    assert.match(shares, /Điển hình tiên tiến\d+ ứng viên105\/150 người \(70%\) — mục tiêu 70%/);
    assert.match(shares, /45\/150 người \(30%\) — mục tiêu 30%/);
    assert.match((await tab.rules.textContent()) ?? '', /Kiểm tra trên danh sách đã phê duyệt số 1/);
    assert.match(
      (await tab.ruleLine(WOMEN).textContent()) ?? '',
      /^Giới tính: Nữ: \d+\/150 — yêu cầu ≥ 30% \(45\): Đạt$/,
    );
    assert.match((await tab.ruleLine('Dân tộc thiểu số').textContent()) ?? '', /— yêu cầu ≥ 1: Đạt$/);
    assert.ok((await tab.names()).length > 0, 'the candidates are listed');
    await assertAccessible(page, 'Thành phần đại biểu');
  });

  it('proposes the optimal list: "tối ưu", the time taken, the diff with list 1 and the charts', async () => {
    const status = await tab.propose();
    assert.match(status, /tối ưu/);
    assert.match(status, /Tính trong [\d,]+ giây/);
    assert.match(status, /Chọn 150\/150 người/);
    assert.match((await tab.rules.textContent()) ?? '', /Kiểm tra trên phương án đề xuất/);
    await tab.proposal.getByText('So với danh sách đang dùng (danh sách số 1)').waitFor();
    await tab.page.getByRole('region', { name: 'Cơ cấu của phương án' }).waitFor();
    for (const chart of [
      'Theo nhóm đại biểu',
      'Theo giới tính',
      'Theo lĩnh vực',
      'Theo đơn vị trước sắp xếp',
    ]) {
      await tab.charts.getByRole('img', { name: new RegExp(`^${chart}: `) }).waitFor();
    }
    await assertAccessible(page, 'Thành phần đại biểu (phương án)');
  });

  it('the women slider proposes again at once: 45% gives at least 68 women (a collective counts by its representative); 60% (more women than there are) says what to loosen', async () => {
    const before = await tab.countOf(WOMEN);
    assert.ok(before >= 45 && before < 68, `women before: ${before}`);
    await tab.setSlider('Tỷ lệ nữ tối thiểu', 45);
    await tab.waitForResultFor('tỷ lệ nữ 45% (68/150)');
    await waitUntil(
      async () => /≥ 45% \(68\)/.test((await tab.ruleLine(WOMEN).textContent()) ?? ''),
      'the 45% rule',
    );
    await tab.waitForProposal();
    assert.ok((await tab.countOf(WOMEN)) >= 68, 'the proposal has at least 68 women');
    assert.match((await tab.ruleLine(WOMEN).textContent()) ?? '', /: Đạt$/);

    await tab.setSlider('Tỷ lệ nữ tối thiểu', 60);
    await tab.waitForResultFor('tỷ lệ nữ 60% (90/150)');
    const alert = tab.proposal.getByRole('alert');
    await alert.filter({ hasText: 'Không thể đáp ứng cùng lúc mọi quy tắc' }).waitFor({ timeout: 30_000 });
    assert.match((await alert.textContent()) ?? '', /Giảm tối thiểu của Giới tính: Nữ từ 90 xuống \d+/);
    assert.match((await tab.proposalStatus.textContent()) ?? '', /chưa thỏa mãn hết quy tắc/);
    await assertAccessible(page, 'Thành phần đại biểu (không đáp ứng được)');

    await tab.setSlider('Tỷ lệ nữ tối thiểu', 45);
    await tab.waitForResultFor('tỷ lệ nữ 45% (68/150)');
    await alert.waitFor({ state: 'detached', timeout: 30_000 });
    await tab.waitForProposal();
  });

  it('locks in the best scorer left out and leaves out someone chosen; the proposal respects both', async () => {
    await tab.choose('Theo điểm');
    await tab.choose('Không được chọn');
    const outs = await tab.names();
    locked = outs[0];
    assert.ok(locked, 'someone is left out');
    assert.match(await tab.resultOf(locked), /Không được chọn vì /, 'a higher scorer left out is told why');
    await tab.search.fill('');
    await tab.choose('Được chọn');
    await tab.choose(/^Điển hình tiên tiến \(\d+\)$/);
    const ins = await tab.names();
    excluded = ins[ins.length - 1];
    assert.ok(excluded && excluded !== locked);
    await tab.choose('Tất cả');
    await tab.choose(/^Tất cả \(\d+\)$/);

    await tab.search.fill(locked);
    await tab.lockButton(locked).click();
    assert.equal(await tab.lockButton(locked).getAttribute('aria-pressed'), 'true');
    await tab.search.fill(excluded);
    await tab.excludeButton(excluded).click();
    await tab.propose();
    assert.match(await tab.resultOf(locked), /Được chọn/);
    assert.match(await tab.resultOf(excluded), /Không được chọn.*Đã loại ra/);
    await tab.search.fill('');

    await tab.saveRules.click();
    await page.getByText('Đã lưu số đại biểu và quy tắc.').waitFor();
  });

  it('approves the proposal with a note: list 2 in the history, downloadable as Excel with every delegate', async () => {
    await tab.waitForProposal();
    await tab.approve(NOTE);
    await page.getByText('Đã phê duyệt danh sách đại biểu số 2.').waitFor();
    const newest = tab.history.getByRole('row').nth(1);
    await newest.filter({ hasText: NOTE }).waitFor();
    assert.match((await newest.textContent()) ?? '', /^2đang dùngPhạm Thị Thu Hà.*150/);
    assert.match((await tab.history.getByRole('row').nth(2).textContent()) ?? '', /^1/);

    const bytes = await tab.download(tab.downloadLink(2, 'Excel'));
    const sheets = await readSheets(bytes);
    const sheet = sheets.find((s) => s.name === 'Danh sách đại biểu');
    assert.ok(sheet, `sheets: ${sheets.map((s) => s.name).join(', ')}`);
    const cells = new Set(sheet.rows.flat().map((c) => c.trim()));
    const response = await page.request.get(
      `${server.url}/api/conferences/${server.demoConferenceId}/delegates/lists/2`,
    );
    const list = (await response.json()) as { delegates: DelegateCandidate[] };
    assert.equal(list.delegates.length, 150);
    // A collective is listed through its representative: "Lò Thị Mai — đại diện Trạm Y tế …".
    const missing = list.delegates.filter((d) => !cells.has(delegateDisplayName(d))).map((d) => d.name);
    assert.deepEqual(missing, [], 'every approved delegate is in the Excel file');
    // A collective's line names its representative first.
    const listed = (name: string) => [...cells].some((c) => c === name || c.endsWith(`— đại diện ${name}`));
    assert.ok(listed(locked), 'the person locked in is on the list');
    assert.ok(!listed(excluded), 'the person left out is not');
    const word = await tab.download(tab.downloadLink(2, 'Word'));
    assert.equal(word.subarray(0, 2).toString('latin1'), 'PK');
  });

  it('edits the rules in the side panel; a save by someone else in between is a conflict and overwrites nothing', async () => {
    await page.getByRole('button', { name: 'Sửa số đại biểu và quy tắc' }).click();
    const editor = page.getByRole('dialog', { name: 'Sửa quy tắc' });
    const rules = editor.getByText(/^Quy tắc \d+$/);
    const count = await rules.count();
    const n = count + 1;
    async function addHealthRule(): Promise<void> {
      await editor.getByRole('button', { name: '+ Thêm quy tắc' }).click();
      await editor.getByRole('combobox', { name: `Quy tắc ${n}: Giá trị` }).click();
      await page.getByRole('option', { name: 'Y tế', exact: true }).click();
      await editor.getByRole('textbox', { name: `Quy tắc ${n}: Tối thiểu` }).fill('2');
    }
    await addHealthRule();
    await tab.ruleLine('Lĩnh vực: Y tế').waitFor();
    await assertAccessible(page, 'Sửa quy tắc');

    // Another officer saves the composition first.
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const url = `${server.url}/api/conferences/${server.demoConferenceId}/composition`;
    const saved = await (await page.request.get(url)).json();
    const other = await page.request.put(url, { data: saved, headers: { 'x-csrf-token': me.csrfToken } });
    assert.equal(other.status(), 200);

    await editor.getByRole('button', { name: 'Lưu quy tắc' }).click();
    const conflict = page.getByRole('dialog', { name: 'Có người khác đã lưu trước bạn' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await conflict.waitFor({ state: 'hidden' });
    await waitUntil(async () => (await rules.count()) === count, 'the reloaded rules');

    await addHealthRule();
    await editor.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await page.getByText('Đã lưu số đại biểu và quy tắc.').last().waitFor();
    await editor.getByRole('button', { name: 'Đóng' }).last().click();
    await editor.waitFor({ state: 'hidden' });
    await tab.waitForProposal();
    assert.match(
      (await tab.ruleLine('Lĩnh vực: Y tế').textContent()) ?? '',
      /^Lĩnh vực: Y tế: \d+ — yêu cầu ≥ 2: Đạt$/,
    );
  });

  it('adds a leader in the drawer form, edits and removes them', async () => {
    await page.getByRole('button', { name: 'Thêm khách mời, lãnh đạo' }).click();
    const drawer = page.getByRole('dialog', { name: 'Thêm khách mời, lãnh đạo' });
    await drawer.waitFor();
    await drawer.getByText('Lãnh đạo các cấp, các ngành', { exact: true }).click();
    await drawer.getByRole('textbox', { name: 'Họ và tên' }).fill(LEADER);
    await drawer.getByText('Nữ', { exact: true }).click();
    await drawer.getByRole('textbox', { name: 'Chức vụ, đơn vị công tác' }).fill('Phó Chủ tịch HĐND đặc khu');
    await assertAccessible(page, 'Thêm khách mời, lãnh đạo');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await tab.search.fill(LEADER);
    await tab.row(LEADER).getByText('Lãnh đạo các cấp, các ngành').waitFor();

    await page.getByRole('button', { name: `Sửa: ${LEADER}` }).click();
    const edit = page.getByRole('dialog', { name: `Sửa: ${LEADER}` });
    await edit.getByRole('textbox', { name: 'Chức vụ, đơn vị công tác' }).fill('Chủ tịch HĐND đặc khu');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'hidden' });
    await tab.row(LEADER).getByText('Chủ tịch HĐND đặc khu', { exact: true }).waitFor();

    await page.getByRole('button', { name: `Sửa: ${LEADER}` }).click();
    await edit.getByRole('button', { name: 'Xóa khỏi danh sách ứng viên' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa khách mời, lãnh đạo?' });
    await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByText('Đã xóa.').waitFor();
    await tab.row(LEADER).waitFor({ state: 'detached' });
    await tab.search.fill('');
  });

  it('imports guests from Excel: a bad cell is named by row and column, nothing is imported until the file is right', async () => {
    await page.getByRole('button', { name: 'Nhập khách mời từ Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập khách mời, lãnh đạo từ Excel' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Tải mẫu Excel' }).click(),
    ]);
    const template = fs.readFileSync(await download.path());
    const badRow = await fillGuests(template, 1850, path.join(dir, 'bad.xlsx'));
    await dialog.locator('input[type="file"]').setInputFiles(path.join(dir, 'bad.xlsx'));
    await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
    const errors = dialog.getByRole('region', { name: 'Danh sách lỗi' }).getByRole('listitem');
    await errors.first().waitFor();
    const lines = await errors.allTextContents();
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], new RegExp(`^Dòng ${badRow}, cột [A-Z]+: .*Năm sinh`));
    await assertAccessible(page, 'Nhập khách mời (lỗi)');

    await fillGuests(template, 1986, path.join(dir, 'good.xlsx'));
    await dialog.locator('input[type="file"]').setInputFiles(path.join(dir, 'good.xlsx'));
    await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
    const preview = dialog.getByRole('table', { name: 'Những người sẽ được nhập' });
    await preview.getByText(GUESTS[1], { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Nhập 2 người' }).click();
    await dialog.getByText('Đã nhập 2 khách mời, lãnh đạo.').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
    await tab.search.fill(GUESTS[0]);
    await tab.row(GUESTS[0]).waitFor();
    await tab.search.fill('');
  });

  it('shares seats among units in the "Phân bổ chỉ tiêu" tool, with every step explained', async () => {
    await page.getByRole('button', { name: 'Phân bổ chỉ tiêu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phân bổ chỉ tiêu đại biểu cho các đơn vị' });
    await dialog
      .getByRole('textbox', { name: 'Đơn vị và trọng số' })
      .fill('Trạm Y tế; 12\nTrường học\t24\nĐồn Biên phòng 30');
    await dialog.getByRole('textbox', { name: 'Số đại biểu cần chia' }).fill('10');
    await dialog.getByRole('button', { name: 'Tính phân bổ' }).click();
    const result = dialog.getByRole('table', { name: 'Kết quả phân bổ' });
    await result.waitFor();
    const rows = await result.getByRole('row').allTextContents();
    assert.equal(rows.length, 5, rows.join('\n'));
    assert.match(rows[4], /^Tổng.*10$/);
    assert.ok((await dialog.getByRole('listitem').count()) >= 3, 'the calculation is shown step by step');
    await assertAccessible(page, 'Phân bổ chỉ tiêu');
    await dialog.getByRole('button', { name: 'Đóng' }).last().click();
  });

  it('the leader of the special zone sees the rules, candidates and versions, with nothing to change', async () => {
    const { context, page: leader } = await newTab(browser);
    await new LoginPage(leader).goto(server.url);
    await new LoginPage(leader).login('lanhdao.blv');
    const view = new DelegationPage(leader);
    await view.goto(server.url, server.demoConferenceId);
    await leader.getByText('Bạn chỉ có quyền xem phần này').waitFor();
    assert.match((await view.rules.textContent()) ?? '', /Kiểm tra trên danh sách đã phê duyệt số 2/);
    await view.downloadLink(2, 'PDF').waitFor();
    assert.equal(await view.proposeButton.count(), 0);
    assert.equal(await leader.getByRole('button', { name: /^Giữ lại: / }).count(), 0);
    assert.equal(await leader.getByRole('button', { name: 'Sửa số đại biểu và quy tắc' }).count(), 0);
    await assertAccessible(leader, 'Thành phần đại biểu (chỉ xem)');
    await context.close();
  });

  it('on a phone: the same tab, one column, cards instead of the table', async () => {
    const { context, page: phone } = await newTab(browser, PHONE);
    await new LoginPage(phone).goto(server.url);
    await new LoginPage(phone).login('bachlongvi');
    const small = new DelegationPage(phone);
    await small.goto(server.url, server.demoConferenceId);
    await phone.getByRole('list', { name: 'Ứng viên đại biểu' }).waitFor();
    assert.equal(await small.table.count(), 0);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `nothing runs off the screen (${width}px)`);
    await assertAccessible(phone, 'Thành phần đại biểu (điện thoại)');
    await context.close();
  });
});
