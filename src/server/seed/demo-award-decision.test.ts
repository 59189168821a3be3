import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { amountInWords } from '../../core/vietnamese/money.ts';
import type { DecisionView } from '../../shared/api/award-decisions.ts';
import type { ProposalView } from '../../shared/api/award-proposals.ts';
import { assertStatus } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';
import { loadDemo } from './demo.ts';
import { DEMO_DECISION, DEMO_SUBMISSION, ensureDemoAwardDecision } from './demo-award-decision.ts';

for (const engine of testEngines()) {
  describe(`the demo award decision (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    const counts = async () => ({
      proposals: (await t.handle.db.selectFrom('award_proposals').select('id').execute()).length,
      decisions: (await t.handle.db.selectFrom('award_decisions').select('id').execute()).length,
      records: (await t.handle.db.selectFrom('award_records').select('id').execute()).length,
      tokens: (await t.handle.db.selectFrom('certificate_tokens').select('token').execute()).length,
    });

    test('Giấy khen 125/QĐ-UBND of 20/8/2025, signed by the chairman and approved, for every exemplary delegate', async () => {
      const officer = await t.as('bachlongvi');
      const list = (
        await officer.request('GET', `/api/conferences/${t.demoConferenceId}/delegates/lists/1`)
      ).json() as {
        delegates: Array<{ id: string; category: string }>;
      };
      const exemplary = list.delegates.filter((d) => d.category === 'dien_hinh');
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/award-decisions`);
      assertStatus(res, 200);
      const [summary] = res.json().decisions;
      const d = (await officer.request('GET', `/api/award-decisions/${summary.id}`)).json() as DecisionView;
      assert.deepEqual(
        [d.formCode, d.number, d.symbol, d.date, d.state, d.signingPrefix, d.signerTitle, d.signerName],
        ['giay-khen', '125', 'QĐ-UBND', '2025-08-20', 'approved', '', 'CHỦ TỊCH', DEMO_DECISION.signerName],
      );
      assert.equal(d.items.length, exemplary.length);
      assert.equal(
        d.total,
        d.items.reduce((s, i) => s + i.amount, 0),
      );
      assert.equal(d.totalInWords, amountInWords(d.total));
      assert.equal(new Set(d.items.map((i) => i.certificateToken)).size, d.items.length);
    });

    test('Tờ trình 15/TTr-HĐTĐKT of the council’s standing body, then the meeting, then the decision; one period, each line its own achievement', async () => {
      const officer = await t.as('bachlongvi');
      const res = await officer.request('GET', `/api/conferences/${t.demoConferenceId}/award-decisions`);
      const [summary] = res.json().decisions;
      const d = (await officer.request('GET', `/api/award-decisions/${summary.id}`)).json() as DecisionView;
      const p = (await officer.request('GET', `/api/award-proposals/${d.proposalId}`)).json() as ProposalView;
      assert.deepEqual(p.proposer, DEMO_SUBMISSION.proposer);
      assert.equal(`${p.submissionNumber}/${p.submissionSymbol}`, '15/TTr-HĐTĐKT');
      assert.ok(
        (p.submissionDate ?? '') <= (p.council?.date ?? '') && (p.council?.date ?? '') <= d.date,
        `${p.submissionDate} ≤ ${p.council?.date} ≤ ${d.date}`,
      );
      assert.deepEqual(
        [p.period, d.period],
        [
          { from: 2020, to: 2025 },
          { from: 2020, to: 2025 },
        ],
      );
      assert.equal(
        d.bases.at(-1),
        'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình số 15/TTr-HĐTĐKT ngày 19/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 20/8/2025.',
      );
      // Each line carries its nomination's achievements: no boilerplate shared by the whole list.
      const lines = await t.handle.db
        .selectFrom('award_records as r')
        .innerJoin('nominations as n', 'n.id', 'r.nomination_id')
        .select(['r.achievement', 'n.achievements', 'n.name'])
        .where('r.decision_id', '=', d.id)
        .execute();
      assert.equal(lines.length, d.items.length);
      for (const line of lines)
        assert.equal(line.achievement, line.achievements.replace(/[.;\s]+$/u, ''), line.name);
      const distinct = new Set(d.items.map((i) => i.achievement)).size;
      assert.ok(distinct >= d.items.length * 0.8, `${distinct} distinct achievements of ${d.items.length}`);
      assert.ok(!d.items.some((i) => /phong trào thi đua/u.test(i.achievement)));
    });

    test('its approval confirmed, by name, each unverified căn cứ and coefficient it prints (recorded and audited)', async () => {
      const officer = await t.as('bachlongvi');
      const [summary] = (
        await officer.request('GET', `/api/conferences/${t.demoConferenceId}/award-decisions`)
      ).json().decisions;
      const d = (await officer.request('GET', `/api/award-decisions/${summary.id}`)).json() as DecisionView;
      assert.deepEqual(
        d.unverified.map((v) => v.label),
        [
          'Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
          'Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152/2025/NĐ-CP',
          'Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP',
          'Trích yếu “quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ” của Nghị định số 129/2025/NĐ-CP',
          'Hệ số 0,6 của “Giấy khen” (tập thể)',
          'Hệ số 0,3 của “Giấy khen” (cá nhân)',
        ],
      );
      assert.deepEqual(
        d.unverifiedConfirmation?.values.map((v) => v.key),
        d.unverified.map((v) => v.key),
      );
      assert.equal(d.unverifiedConfirmation?.confirmedAt, '2025-08-20T02:00:00.000Z', 'on the demo’s date');
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select('after')
        .where('entity_id', '=', d.id)
        .where('action', '=', 'award_decision.approved')
        .executeTakeFirstOrThrow();
      assert.equal((audit.after as { unverifiedConfirmed: unknown[] }).unverifiedConfirmed.length, 6);
      // Confirmed at approval, so its Word file prints the căn cứ and coefficients clean.
      const docx = await officer.request('GET', `/api/award-decisions/${d.id}/decision.docx`);
      assertStatus(docx, 200);
      const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
      assert.match(
        xml,
        /Căn cứ Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 ngày 16 tháng 6 năm 2025;/,
      );
      assert.doesNotMatch(xml, /cần kiểm tra|Ghi chú của dự thảo/);
    });

    test('loading the demo again changes nothing', async () => {
      const before = await counts();
      assert.equal(await ensureDemoAwardDecision(t.ctx, t.demoConferenceId), null);
      await loadDemo(t.ctx);
      assert.deepEqual(await counts(), before);
    });
  });
}
