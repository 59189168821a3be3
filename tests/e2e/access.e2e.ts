import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { AppShell } from './pages/app-shell.page.ts';
import { accessibilityViolations, launchBrowser, newTab, PHONE } from './pages/browser.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PlanEditorPage } from './pages/plan-editor.page.ts';
import { startTestServer } from './support/server.ts';

describe('who may see and change a plan, and on which screen', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: Browser;

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    browser = chromium.browser;
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('a Cát Hải officer opening the Bạch Long Vĩ conference sees "không tìm thấy / không có quyền"', async () => {
    const { context, page } = await newTab(browser);
    await new LoginPage(page).goto(server.url);
    await new LoginPage(page).login('cathai');
    await page.goto(`${server.url}/conferences/${server.demoConferenceId}`);
    const shell = new AppShell(page);
    await shell.notFound.waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Kế hoạch' }).count(), 0, 'no plan is shown');
    assert.equal(
      await shell.navLink('Mẫu kế hoạch').count(),
      0,
      'a commune officer does not manage city templates',
    );
    await context.close();
  });

  it('the Bạch Long Vĩ leader reads the plan but has no save button', async () => {
    const { context, page } = await newTab(browser);
    await new LoginPage(page).goto(server.url);
    await new LoginPage(page).login('lanhdao.blv');
    const editor = new PlanEditorPage(page);
    await editor.goto(server.url, server.demoConferenceId);
    await editor.previewContains('Tối đa 150 đại biểu');
    assert.equal(await editor.saveButton.count(), 0);
    assert.equal(await editor.maxDelegates.count(), 0);
    assert.ok(await editor.docxLink.isVisible(), 'the plan can still be downloaded');
    await context.close();
  });

  it('on a phone (390×844) the officer types the session date, checks the preview and saves', async () => {
    const { context, page } = await newTab(browser, PHONE);
    await new LoginPage(page).goto(server.url);
    await new LoginPage(page).login('bachlongvi');
    const shell = new AppShell(page);
    assert.ok(await shell.burger.isVisible(), 'navigation sits behind a burger menu');
    await shell.burger.click();
    await shell.navLink('Hội nghị').click();
    await page.getByRole('heading', { name: 'Hội nghị', level: 1 }).waitFor();

    const editor = new PlanEditorPage(page);
    await editor.goto(server.url, server.demoConferenceId);
    await editor.sessionDate.fill('20/08/2025');
    await editor.sessionDate.press('Tab');
    await editor.previewSwitch.click();
    await editor.previewContains('buổi sáng ngày 20/8/2025');
    assert.equal(await editor.sessionDate.count(), 0, 'the preview replaces the editor on a phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways (overflow ${overflow}px)`);
    await editor.save();
    await editor.editSwitch.click();
    await page.reload();
    assert.equal(await editor.sessionDate.inputValue(), '20/08/2025');
    const violations = await accessibilityViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    await context.close();
  });
});
