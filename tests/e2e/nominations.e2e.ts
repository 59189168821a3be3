import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newTab } from './pages/browser.page.ts';
import { ImportWizardPage } from './pages/import-wizard.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { NominationReview } from './pages/nomination-review.page.ts';
import { NominationsPage } from './pages/nominations.page.ts';
import { NotificationsPanel } from './pages/notifications.page.ts';
import { startTestServer } from './support/server.ts';

async function assertAccessible(page: Page, screen: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `${screen}: accessibility problems\n${violations.join('\n')}`);
}

const COLLECTIVE = 'Tổ Khoa học tự nhiên - Trường Tiểu học và THCS Bạch Long Vĩ';
const TEACHER_B = 'Tô Văn Bảo';
const TEACHER_Y = 'Khúc Thị Yên';
const RETURN_REASON = 'Đề nghị bổ sung biên bản bình xét có chữ ký của chủ tọa.';

/** Fills the downloaded template with two teachers and the collective; `inFavourY` makes one row bad or good. */
async function fillTemplate(template: Buffer, inFavourY: number, out: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Đề cử') ?? book.worksheets[0];
  let headerRow = 1;
  sheet.eachRow((row, n) => {
    if (row.values && JSON.stringify(row.values).includes('Họ và tên / Tên tập thể')) headerRow = n;
  });
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ''));
  // A collective needs its member count; add the column when the template does not carry it.
  let memberCol = headers.indexOf('Số thành viên');
  if (memberCol < 0) {
    memberCol = headers.length;
    sheet.getRow(headerRow).getCell(memberCol).value = 'Số thành viên';
  }
  const col = (header: string) => headers.indexOf(header);
  const rows: Array<Record<string, string | number>> = [
    {
      'Loại (Cá nhân/Tập thể)': 'Cá nhân',
      'Họ và tên / Tên tập thể': TEACHER_B,
      'Giới tính': 'Nam',
      'Năm sinh': 1982,
      'Dân tộc': 'Kinh',
      'Chức vụ, nơi công tác': 'Giáo viên Toán, Trường Tiểu học và THCS Bạch Long Vĩ',
      'Lĩnh vực': 'Giáo dục',
      'Thành phần kinh tế': 'Kinh tế nhà nước',
      'Thành tích tiêu biểu': 'Chiến sĩ thi đua cơ sở 3 năm liền; 12 học sinh giỏi cấp thành phố.',
      'Ngày bình xét': '05/08/2025',
      'Số người dự họp': 20,
      'Số phiếu đồng ý': 18,
    },
    {
      'Loại (Cá nhân/Tập thể)': 'Cá nhân',
      'Họ và tên / Tên tập thể': TEACHER_Y,
      'Giới tính': 'Nữ',
      'Năm sinh': 1990,
      'Dân tộc': 'Tày',
      'Chức vụ, nơi công tác': 'Giáo viên Tiểu học',
      'Lĩnh vực': 'Giáo dục',
      'Thành phần kinh tế': 'Kinh tế nhà nước',
      'Thành tích tiêu biểu': 'Giáo viên dạy giỏi cấp thành phố năm học 2023-2024.',
      'Ngày bình xét': '05/08/2025',
      'Số người dự họp': 20,
      'Số phiếu đồng ý': inFavourY,
    },
    {
      'Loại (Cá nhân/Tập thể)': 'Tập thể',
      'Họ và tên / Tên tập thể': COLLECTIVE,
      'Chức vụ, nơi công tác': 'Trường Tiểu học và THCS Bạch Long Vĩ',
      'Lĩnh vực': 'Giáo dục',
      'Thành phần kinh tế': 'Kinh tế nhà nước',
      'Thành tích tiêu biểu': 'Tập thể lao động tiên tiến 5 năm liền.',
      'Ngày bình xét': '05/08/2025',
      'Số người dự họp': 20,
      'Số phiếu đồng ý': 19,
      'Số thành viên': 9,
    },
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    for (const [header, value] of Object.entries(values))
      row.getCell(header === 'Số thành viên' ? memberCol : col(header)).value = value;
    row.commit();
  });
  await book.xlsx.writeFile(out);
  return headerRow + 2; // the row of TEACHER_Y as Excel numbers it
}

describe('a school nominates from Excel, the special zone reviews', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: Browser;
  let school: Page;
  let official: Page;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-nominations-'));

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    browser = chromium.browser;
    ({ page: school } = await newTab(browser));
    ({ page: official } = await newTab(browser));
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the headmaster lands on the nominations and downloads the Excel template', async () => {
    await new LoginPage(school).goto(server.url);
    await new LoginPage(school).login('truonghoc.blv');
    const list = new NominationsPage(school);
    await list.search.waitFor();
    assert.match(school.url(), /\/nominations$/);
    await list.names();
    await assertAccessible(school, 'Đề cử (đơn vị đề cử)');
    const template = await list.download(list.templateLink);
    assert.equal(template.subarray(0, 2).toString('latin1'), 'PK');
    fs.writeFileSync(path.join(dir, 'template.xlsx'), template);
  });

  it('uploads a file with one bad row: exactly that row is reported and nothing is imported', async () => {
    const template = fs.readFileSync(path.join(dir, 'template.xlsx'));
    const badRow = await fillTemplate(template, 25, path.join(dir, 'bad.xlsx'));
    const list = new NominationsPage(school);
    const before = await list.names();
    await list.importButton.click();
    const wizard = new ImportWizardPage(school);
    await wizard.chooseAndRead(path.join(dir, 'bad.xlsx'));
    assert.match(await wizard.mappedTo('Năm sinh'), /Năm sinh/);
    await assertAccessible(school, 'Nhập từ Excel (ghép cột)');
    await wizard.check();
    const errors = await wizard.errors.allTextContents();
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], new RegExp(`^Dòng ${badRow}, cột [A-Z]+: .*(lớn hơn|vượt)`));
    await assertAccessible(school, 'Nhập từ Excel (lỗi)');
    await fillTemplate(template, 17, path.join(dir, 'good.xlsx'));
    await wizard.chooseFixedFile(path.join(dir, 'good.xlsx'));
    assert.deepEqual(await list.names(), before, 'nothing was imported by the check');
    await wizard.check();
    assert.match(await wizard.importAll(), /^Đã nhập 3 hồ sơ/);
    await wizard.close();
  });

  it('lists the new nominations in Vietnamese order (collectives, then by given name) and submits them', async () => {
    const list = new NominationsPage(school);
    await list.row(TEACHER_Y).waitFor();
    const names = await list.names();
    const at = (n: string) => names.indexOf(n);
    assert.ok(at(COLLECTIVE) >= 0 && at(COLLECTIVE) < at(TEACHER_B), names.join(' | '));
    assert.ok(at(TEACHER_B) < at(TEACHER_Y), 'Bảo before Yên although Tô comes after Khúc');
    await list.open(TEACHER_B);
    await assertAccessible(school, 'Hồ sơ đề cử');
    await list.closeDrawer();
    for (const name of [COLLECTIVE, TEACHER_B, TEACHER_Y]) {
      await list.act('Gửi', name);
      await school.getByRole('button', { name: `Gửi: ${name}`, exact: true }).waitFor({ state: 'detached' });
      assert.match(await list.stateOf(name), /Đã gửi/);
    }
  });

  it('the official sees every unit, finds "Nguyễn Văn Hậu" by typing "hau", returns, accepts and records the council', async () => {
    await new LoginPage(official).goto(server.url);
    await new LoginPage(official).login('bachlongvi');
    const list = new NominationsPage(official);
    await list.goto(server.url);
    await list.searchFor('hau');
    assert.ok((await list.names()).includes('Nguyễn Văn Hậu'));
    await list.searchFor('');
    await assertAccessible(official, 'Đề cử (đơn vị tổ chức)');

    await list.act('Trả lại', TEACHER_Y);
    await new NominationReview(official).giveReturnReason(RETURN_REASON);
    await list.row(TEACHER_Y).getByText(RETURN_REASON).waitFor();
    await list.act('Tiếp nhận', TEACHER_B);
    await official.getByRole('button', { name: `Ghi kết quả Hội đồng: ${TEACHER_B}` }).waitFor();
    await list.act('Ghi kết quả Hội đồng', TEACHER_B);
    const review = new NominationReview(official);
    const share = await review.fillCouncilVote({ date: '19/08/2025', members: 11, present: 9, inFavour: 8 });
    assert.match(share, /8\/11 – 72,7%.*Đạt ngưỡng/);
    await review.councilDecides('Hội đồng thông qua');
    await official
      .getByRole('button', { name: `Ghi kết quả Hội đồng: ${TEACHER_B}` })
      .waitFor({ state: 'detached' });
    assert.match(await list.stateOf(TEACHER_B), /Hội đồng thông qua/);
    await official.getByText(/^Nữ \(\d+\)$/).click();
    await list.status.filter({ hasText: /^Tìm thấy/ }).waitFor();
    assert.match(official.url(), /gender=nu/);
    const sheet = await list.download(list.exportLink);
    assert.equal(sheet.subarray(0, 2).toString('latin1'), 'PK', 'the filtered list downloads as .xlsx');
  });

  it('the headmaster is told of the return, with the reason, and opens the nomination from the bell', async () => {
    await school.reload();
    const bell = new NotificationsPanel(school);
    assert.ok((await bell.waitForUnread()) >= 1);
    const items = await bell.open();
    const returned = items.getByRole('listitem').filter({ hasText: RETURN_REASON });
    await returned.getByRole('link', { name: 'Mở hồ sơ' }).click();
    const list = new NominationsPage(school);
    await list.drawer.getByText(RETURN_REASON).waitFor();
    assert.match((await list.drawer.getByRole('heading').first().textContent()) ?? '', new RegExp(TEACHER_Y));
  });
});
