import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { buildApp } from '../../../app.ts';
import { assertStatus } from '../../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import {
  approve,
  approvedNomination,
  createProposal,
  decisionEdit,
  demoDecisionId,
  draftDecision,
  proposalBody,
  vote,
} from '../decisions/award-decisions.fixture.ts';

/** The public page a certificate's QR code opens: no login, nothing private, unknown codes answered in Vietnamese. */
for (const engine of testEngines()) {
  describe(`certificate verification (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let demo: DecisionView;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      demo = (
        await officer.request('GET', `/api/award-decisions/${await demoDecisionId(t)}`)
      ).json() as DecisionView;
    });
    after(() => t.close());

    const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
    const person = () => {
      const item = demo.items.find((i) => i.subject.kind === 'individual' && i.subject.birthYear !== null);
      assert.ok(item, 'the demo awards people with a birth year');
      return item;
    };

    test('without login, the page shows the name, the form, the achievement and the decision — nothing private', async () => {
      const item = person();
      const res = await anonymous(`/xac-thuc/${item.certificateToken}`);
      assertStatus(res, 200);
      assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
      assert.equal(res.headers['set-cookie'], undefined);
      const html = res.body;
      for (const shown of [
        item.subject.name,
        'Giấy khen',
        // The achievement as the certificate prints it: the decision's one period.
        'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
        '125/QĐ-UBND',
        'ngày 20 tháng 8 năm 2025',
        'còn hiệu lực',
      ])
        assert.ok(html.includes(shown), `shows ${shown}`);
      assert.ok(html.includes('Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ'));
      const { subject } = item;
      for (const hidden of [
        String(subject.birthYear),
        subject.position,
        subject.unitId ?? '',
        subject.unitName,
        demo.id,
      ])
        assert.ok(!html.includes(hidden), `hides ${hidden}`);
      assert.doesNotMatch(html, /Năm sinh|CCCD|điện thoại/);
    });

    test('the JSON answer has exactly the public facts', async () => {
      const item = person();
      const res = await anonymous(`/api/public/certificates/${item.certificateToken}`);
      assertStatus(res, 200);
      assert.deepEqual(res.json(), {
        name: item.subject.name,
        formName: 'Giấy khen',
        achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2025-08-20',
        issuer: 'Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ',
        registerNumber: null,
        valid: true,
      });
    });

    test('once the certificate has a number in the register, the page shows it as the paper does', async () => {
      const item = person();
      const id = await demoDecisionId(t);
      const decision = (await officer.request('GET', `/api/award-decisions/${id}`)).json() as DecisionView;
      const saved = await officer.request('PUT', `/api/award-decisions/${id}/register-numbers`, {
        version: decision.version,
        items: [{ id: item.id, registerNumber: '37' }],
      });
      assertStatus(saved, 200);
      const res = await anonymous(`/api/public/certificates/${item.certificateToken}`);
      assert.equal((res.json() as { registerNumber: string | null }).registerNumber, '37');
      const html = (await anonymous(`/xac-thuc/${item.certificateToken}`)).body;
      assert.match(html, /<dt>Số vào sổ<\/dt><dd>37<\/dd>/);
    });

    test('an unknown or malformed code gets a Vietnamese “not found” page; the JSON answer is a 404', async () => {
      for (const token of ['AAAAAAAAAAAAAAAAAAAAAA', 'không-hợp-lệ', `${person().certificateToken}x`]) {
        const res = await anonymous(`/xac-thuc/${encodeURIComponent(token)}`);
        assertStatus(res, 404);
        assert.match(String(res.headers['content-type']), /^text\/html/);
        assert.match(res.body, /Không tìm thấy giấy khen với mã này/);
        assert.doesNotMatch(res.body, /Bạch Long Vĩ/);
      }
      const json = await anonymous('/api/public/certificates/AAAAAAAAAAAAAAAAAAAAAA');
      assertStatus(json, 404);
      assert.match(json.json().error.message, /Không tìm thấy giấy khen/);
    });

    test('a draft’s codes do not verify; once replaced, the old certificate says so and the new one is valid', async () => {
      const nominee = await approvedNomination(t, officer);
      const p = await vote(
        officer,
        await createProposal(
          officer,
          t.demoConferenceId,
          proposalBody('lao-dong-tien-tien', [nominee.id], { year: 2023 }),
        ),
      );
      const draft = await draftDecision(officer, p, { decisionNumber: '160' });
      assertStatus(await anonymous(`/xac-thuc/${draft.items[0].certificateToken}`), 404);
      const old = await approve(officer, draft);
      assertStatus(await anonymous(`/xac-thuc/${old.items[0].certificateToken}`), 200);
      const started = await officer.request('POST', `/api/award-decisions/${old.id}/replace`, {
        version: old.version,
      });
      const replacing = started.json() as DecisionView;
      const numbered = await officer.request(
        'PUT',
        `/api/award-decisions/${replacing.id}`,
        decisionEdit(replacing, { decisionNumber: '161' }),
      );
      const replacement = await approve(officer, numbered.json() as DecisionView);
      const before = await anonymous(`/xac-thuc/${old.items[0].certificateToken}`);
      assertStatus(before, 200);
      assert.match(before.body, /đã được thay thế bằng một quyết định khác/);
      assert.equal(
        (await anonymous(`/api/public/certificates/${old.items[0].certificateToken}`)).json().valid,
        false,
      );
      const now = await anonymous(`/api/public/certificates/${replacement.items[0].certificateToken}`);
      assert.deepEqual([now.json().valid, now.json().decisionNumber], [true, '161/QĐ-UBND']);
    });

    test('the web UI’s catch-all does not swallow /xac-thuc, and the page and its JSON share one rate limit per address', async () => {
      const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-web-'));
      fs.writeFileSync(
        path.join(webDir, 'index.html'),
        '<!doctype html><title>Vinh Danh</title><div id="root"></div>',
      );
      const app = await buildApp({ ctx: t.ctx, logLevel: 'silent', webDir, verifyRateLimit: 3 });
      try {
        await app.ready();
        const token = person().certificateToken;
        const page = await app.inject({ method: 'GET', url: `/xac-thuc/${token}` });
        assertStatus(page, 200);
        assert.match(page.body, /Xác thực khen thưởng/);
        const missing = await app.inject({ method: 'GET', url: '/xac-thuc/AAAAAAAAAAAAAAAAAAAAAA' });
        assert.match(missing.body, /Không tìm thấy giấy khen/);
        const spa = await app.inject({ method: 'GET', url: '/hoi-nghi/123' });
        assert.match(spa.body, /id="root"/);
        // The JSON answer draws on the same budget of 3 as the page: the fourth request is refused.
        assertStatus(await app.inject({ method: 'GET', url: `/api/public/certificates/${token}` }), 200);
        const limited = await app.inject({ method: 'GET', url: `/xac-thuc/${token}` });
        assertStatus(limited, 429);
        assert.match(limited.body, /quá nhiều lần/);
        assertStatus(await app.inject({ method: 'GET', url: `/api/public/certificates/${token}` }), 429);
      } finally {
        await app.close();
        fs.rmSync(webDir, { recursive: true, force: true });
      }
    });
  });
}
