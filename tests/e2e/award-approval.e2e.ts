import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { DecisionSummary, DecisionView } from '../../src/shared/api/award-decisions.ts';
import { AwardsPage, assertAccessible, decisionBody, shot } from './pages/awards-page.ts';
import { DESKTOP, launchBrowser, newTab, PHONE } from './pages/browser.page.ts';
import { LoginPage } from './pages/login.page.ts';
import { startTestServer } from './support/server.ts';

const WARNING = 'Quyết định dùng giá trị chưa được kiểm tra với văn bản gốc';
const CONFIRMED = 'Giá trị chưa được kiểm tra đã được xác nhận khi phê duyệt';

describe('approving a Giấy khen whose căn cứ and coefficients are “cần kiểm tra” asks to confirm each value', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let chromium: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let awards: AwardsPage;

  const api = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: unknown): Promise<T> => {
    const me = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const response = await page.request.fetch(`${server.url}${url}`, {
      method,
      data,
      headers: { 'x-csrf-token': me.csrfToken },
    });
    assert.ok(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    server = await startTestServer();
    chromium = await launchBrowser();
    ({ page } = await newTab(chromium.browser));
    awards = new AwardsPage(page);
    await new LoginPage(page).goto(server.url);
    await new LoginPage(page).login('bachlongvi');
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('the draft warns and marks the values; approval stays off until each value is ticked, then records who confirmed', async () => {
    // A draft with the demo's lines: the replacement of decision 125, numbered 126.
    const { decisions } = await api<{ decisions: DecisionSummary[] }>(
      'GET',
      `/api/conferences/${server.demoConferenceId}/award-decisions`,
    );
    const demo = decisions.find((d) => d.number === '125');
    assert.ok(demo);
    const replacement = await api<DecisionView>('POST', `/api/award-decisions/${demo.id}/replace`, {
      version: demo.version,
    });
    const draft = await api<DecisionView>('PUT', `/api/award-decisions/${replacement.id}`, {
      ...decisionBody(replacement),
      decisionNumber: '126',
    });
    assert.deepEqual(
      draft.unverified.map((v) => v.label),
      [
        'Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
        'Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152/2025/NĐ-CP',
        'Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP',
        'Trích yếu “quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ” của Nghị định số 129/2025/NĐ-CP',
        'Hệ số 0,6 của “Giấy khen” (tập thể)',
        'Hệ số 0,3 của “Giấy khen” (cá nhân)',
      ],
    );

    await awards.goto(server.url, server.demoConferenceId);
    const drawer = await awards.openDecision('Quyết định số 126/QĐ-UBND ngày 20/08/2025');
    const warning = drawer.getByRole('alert', { name: WARNING });
    await warning.waitFor();
    assert.match(
      (await warning.textContent()) ?? '',
      /Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 chưa được kiểm tra với văn bản gốc.*Hệ số 0,6 của “Giấy khen” \(tập thể\) chưa được kiểm tra với văn bản gốc.*giá trị cần kiểm tra/su,
    );
    const list = awards.decisionList(drawer);
    const collective = draft.items.find((i) => i.subject.kind === 'collective');
    assert.ok(collective);
    const row = list.getByRole('row').filter({ hasText: collective.subject.name }).first();
    assert.match((await row.textContent()) ?? '', /0,6 \(cần kiểm tra\)1\.410\.000 đ/);

    await shot(page, 'approval-draft-warning');
    await assertAccessible(page, 'Dự thảo với giá trị cần kiểm tra');
    await drawer.getByRole('button', { name: 'Phê duyệt quyết định' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phê duyệt quyết định khen thưởng?' });
    await dialog.getByText('Xác nhận từng giá trị chưa được kiểm tra').waitFor();
    const approve = dialog.getByRole('button', { name: 'Phê duyệt', exact: true });
    const boxes = dialog.getByRole('checkbox');
    assert.equal(await boxes.count(), 6);
    assert.ok(await approve.isDisabled(), 'nothing ticked: approval is off');
    await dialog.getByText('Còn 6 giá trị chưa được xác nhận.').waitFor();
    await dialog
      .getByRole('checkbox', {
        name: /xác nhận: Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương/,
      })
      .waitFor();
    await shot(page, 'approval-unverified-laptop');
    await assertAccessible(page, 'Phê duyệt với giá trị cần kiểm tra');
    for (const label of draft.unverified.slice(0, 4).map((v) => v.label)) {
      await dialog
        .getByRole('checkbox', { name: `Tôi đã đối chiếu với văn bản gốc và xác nhận: ${label}` })
        .check();
    }
    await dialog.getByRole('checkbox', { name: /xác nhận: Hệ số 0,6 của “Giấy khen” \(tập thể\)/ }).check();
    assert.ok(await approve.isDisabled(), 'one value left: approval is still off');

    await page.setViewportSize(PHONE);
    await dialog.getByText('Còn 1 giá trị chưa được xác nhận.').waitFor();
    await shot(page, 'approval-unverified-phone');
    await assertAccessible(page, 'Phê duyệt với giá trị cần kiểm tra (điện thoại)');
    await page.setViewportSize(DESKTOP);

    await dialog.getByRole('checkbox', { name: /xác nhận: Hệ số 0,3 của “Giấy khen” \(cá nhân\)/ }).check();
    assert.ok(await approve.isEnabled());
    await approve.click();
    await dialog.waitFor({ state: 'hidden' });
    await drawer.getByRole('alert', { name: WARNING }).waitFor({ state: 'detached' });
    const confirmed = drawer.getByLabel(CONFIRMED);
    await confirmed.waitFor();
    assert.match((await confirmed.textContent()) ?? '', /Người xác nhận: bachlongvi/);
    assert.doesNotMatch((await list.textContent()) ?? '', /cần kiểm tra/);
    await shot(page, 'approval-confirmed');
    await assertAccessible(page, 'Quyết định đã xác nhận giá trị');

    const approved = await api<DecisionView>('GET', `/api/award-decisions/${draft.id}`);
    assert.equal(approved.state, 'approved');
    assert.deepEqual(
      [
        approved.unverifiedConfirmation?.confirmedByName,
        approved.unverifiedConfirmation?.values.map((v) => v.key),
      ],
      ['bachlongvi', draft.unverified.map((v) => v.key)],
    );
  });
});
