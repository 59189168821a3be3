import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newTab } from './pages/browser.page.ts';
import { ConferenceListPage } from './pages/conferences.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PlanEditorPage } from './pages/plan-editor.page.ts';
import { UnitsPage } from './pages/units.page.ts';
import { startTestServer } from './support/server.ts';

/** Fails with the list of WCAG 2 A/AA problems axe-core finds on the page as it is now. */
async function assertAccessible(page: Page, screen: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `${screen}: accessibility problems\n${violations.join('\n')}`);
}

describe('the Bạch Long Vĩ officer plans the 2025 conference', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: Browser;
  let page: Page;
  let conferenceUrl = '';

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    browser = chromium.browser;
    ({ page } = await newTab(browser));
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('shows a plain Vietnamese error for a wrong password, and the login page is accessible', async () => {
    const login = new LoginPage(page);
    await login.goto(server.url);
    await assertAccessible(page, 'Đăng nhập');
    await login.username.fill('bachlongvi');
    await login.password.fill('sai-mat-khau');
    await login.submit.click();
    await login.error.filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng' }).waitFor();
  });

  it('signs in and sees the unit tree with the own unit highlighted and in view', async () => {
    const login = new LoginPage(page);
    await login.login('bachlongvi');
    const units = new UnitsPage(page);
    await units.heading.waitFor();
    const home = units.homeRow();
    await home.getByText('Đơn vị của bạn').waitFor();
    assert.match((await home.textContent()) ?? '', /Phòng Văn hóa - Xã hội/);
    assert.ok(await units.isInViewport(home), 'the own unit is scrolled into view');
    assert.ok(
      await units.outOfScopeUnit('Đặc khu Cát Hải').isVisible(),
      'other communes are shown without a link',
    );
    await assertAccessible(page, 'Đơn vị');
  });

  it('finds a unit by a search without diacritics', async () => {
    const units = new UnitsPage(page);
    await units.searchFor('bach long');
    await units.unitLink('Đặc khu Bạch Long Vĩ').waitFor();
    await units.search.fill('');
  });

  it('creates the 2025 conference from the city template and opens its plan', async () => {
    const list = new ConferenceListPage(page);
    await list.goto(server.url);
    await assertAccessible(page, 'Hội nghị');
    await list.createFromTemplate();
    conferenceUrl = page.url();
    const editor = new PlanEditorPage(page);
    assert.match(
      (await editor.title.textContent()) ?? '',
      /Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ/,
    );
    await editor.previewContains('Tối đa 150 đại biểu');
    await assertAccessible(page, 'Kế hoạch');
  });

  it('changes the maximum delegates, sees the preview follow, saves, and finds it after a reload', async () => {
    const editor = new PlanEditorPage(page);
    assert.equal(await editor.maxDelegates.inputValue(), '150');
    await editor.setMaxDelegates(140);
    await editor.previewContains('Tối đa 140 đại biểu');
    await editor.status.filter({ hasText: 'Có thay đổi chưa lưu' }).waitFor();
    await editor.save();
    await page.goto(conferenceUrl);
    await editor.maxDelegates.waitFor();
    assert.equal(await editor.maxDelegates.inputValue(), '140');
    await editor.previewContains('Tối đa 140 đại biểu');
  });

  it('downloads the plan as DOCX and PDF', async () => {
    const editor = new PlanEditorPage(page);
    const docx = await editor.download(editor.docxLink);
    assert.match(docx.name, /(Bạch Long Vĩ|bach-long-vi)\.docx$/);
    assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK');
    const pdf = await editor.download(editor.pdfLink);
    assert.match(pdf.name, /(Bạch Long Vĩ|bach-long-vi)\.pdf$/);
    assert.equal(pdf.bytes.subarray(0, 4).toString('latin1'), '%PDF');
  });
});
