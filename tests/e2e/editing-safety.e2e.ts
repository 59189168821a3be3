import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { AppShell } from './pages/app-shell.page.ts';
import { launchBrowser, newTab } from './pages/browser.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { PlanEditorPage } from './pages/plan-editor.page.ts';
import { startTestServer } from './support/server.ts';

describe('the plan editor never loses or overwrites work silently', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let browser: Browser;

  async function openEditor(): Promise<{ page: Page; editor: PlanEditorPage }> {
    const { page } = await newTab(browser);
    const login = new LoginPage(page);
    await login.goto(server.url);
    await login.login('bachlongvi');
    const editor = new PlanEditorPage(page);
    await editor.goto(server.url, server.demoConferenceId);
    await editor.maxDelegates.waitFor();
    return { page, editor };
  }

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    browser = chromium.browser;
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('asks before leaving the page with unsaved changes', async () => {
    const { page, editor } = await openEditor();
    await editor.setMaxDelegates(145);
    await new AppShell(page).navLink('Đơn vị').click();
    const dialog = page.getByRole('dialog', { name: 'Bạn có thay đổi chưa lưu' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ở lại trang này' }).click();
    assert.equal(await editor.maxDelegates.inputValue(), '145');
    await page.context().close();
  });

  it('tells the second person that someone saved first, and reloads only when asked', async () => {
    const first = await openEditor();
    const second = await openEditor();
    await first.editor.setMaxDelegates(130);
    await first.editor.save();

    await second.editor.setMaxDelegates(120);
    await second.editor.saveButton.click();
    const dialog = second.page.getByRole('dialog', { name: 'Có người khác đã lưu trước bạn' });
    await dialog.waitFor();
    assert.equal(
      await second.editor.maxDelegates.inputValue(),
      '120',
      'the unsaved value is kept until the user decides',
    );
    await dialog.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
    await second.editor.previewContains('Tối đa 130 đại biểu');
    assert.equal(await second.editor.maxDelegates.inputValue(), '130');
    await first.page.context().close();
    await second.page.context().close();
  });
});
