import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { DecisionSummary, DecisionView } from '../../../../shared/api/award-decisions.ts';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import type { LegalDocumentRecord } from '../../../../shared/api/legal-documents.ts';
import {
  assertStatus,
  createUser,
  FACTORY_PASSWORD,
  UNIT_KEYS,
  unitByKey,
  userBody,
} from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
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
} from './award-decisions.fixture.ts';

/** The text of a Word file, one line per paragraph. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** Decisions: money by the law's worked example, approval that locks and writes history, replacement. */
for (const engine of testEngines()) {
  describe(`award decisions (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
    });
    after(() => t.close());

    const records = (decisionId: string) =>
      t.handle.db
        .selectFrom('award_records')
        .select([
          'name',
          'form_code',
          'year',
          'amount',
          'decision_number',
          'decision_date',
          'source',
          'issuer',
        ])
        .where('decision_id', '=', decisionId)
        .orderBy('name')
        .execute();

    /**
     * A Giấy khen proposal of `people` (new council-approved nominations), voted by 8 of 9 members;
     * its Tờ trình of 14/8/2025 and the meeting the same day, unless `dates` says otherwise.
     */
    async function votedGiayKhen(
      kinds: Array<'individual' | 'collective'>,
      year = 2025,
      dates?: { submission: string; meeting: string },
    ): Promise<ProposalView> {
      const people = [];
      for (const kind of kinds) people.push(await approvedNomination(t, officer, kind));
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody(
          'giay-khen',
          people.map((n) => n.id),
          dates ? { year, submissionDate: dates.submission } : { year },
        ),
      );
      return vote(officer, p, undefined, dates?.meeting);
    }

    test('Giấy khen for one person on 20/8/2025: 0,3 × 2.340.000 = 702.000, rounded up to 710.000 đ', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual']));
      assert.deepEqual(
        [d.baseSalary, d.items[0].coefficient, d.items[0].amount, d.total, d.totalInWords],
        [2_340_000, 0.3, 710_000, 710_000, 'Bảy trăm mười nghìn đồng'],
      );
      assert.equal(d.state, 'draft');
      assert.equal(d.issuer, 'Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ');
      assert.equal(d.fundSource, 'Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ');
      assert.equal(
        d.bases.at(-1),
        'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình số 20/TTr-HĐTĐKT ngày 14/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 14/8/2025.',
      );
      assert.deepEqual(d.period, { from: 2020, to: 2025 });
      assert.match(d.items[0].certificateToken, /^[A-Za-z0-9_-]{22}$/);
      // Bạch Long Vĩ has no Hội đồng nhân dân; on 20/8/2025 the decrees in force are 152 and 129/2025.
      assert.equal(d.executors[0], 'Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ');
      assert.deepEqual(
        d.bases.slice(0, 4).map((b) => b.match(/số (\S+)/)?.[1]),
        ['72/2025/QH15', '06/2022/QH15', '152/2025/NĐ-CP', '129/2025/NĐ-CP'],
      );
    });

    test('a decision is not dated before the council’s meeting on its Tờ trình', async () => {
      const proposal = await votedGiayKhen(['individual']);
      const url = `/api/conferences/${t.demoConferenceId}/award-decisions`;
      const early = await officer.request('POST', url, {
        proposalId: proposal.id,
        decisionDate: '2025-08-13',
      });
      assertStatus(early, 400);
      assert.deepEqual(early.json().error.fields, [
        {
          path: 'decisionDate',
          message: 'Ngày quyết định: không được trước ngày họp Hội đồng Thi đua - Khen thưởng (14/8/2025)',
        },
      ]);
      const d = await draftDecision(officer, proposal);
      const moved = await officer.request(
        'PUT',
        `/api/award-decisions/${d.id}`,
        decisionEdit(d, { decisionDate: '2025-08-01' }),
      );
      assertStatus(moved, 400);
      assert.match(moved.json().error.message, /Ngày quyết định: không được trước ngày họp Hội đồng/);
    });

    test('a collective gets 0,6 (1.410.000 đ); the total and its words add up; collectives come first', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual', 'collective', 'individual']));
      assert.deepEqual(
        d.items.map((i) => [i.subject.kind, i.amount]),
        [
          ['collective', 1_410_000],
          ['individual', 710_000],
          ['individual', 710_000],
        ],
      );
      assert.equal(d.total, 2_830_000);
      assert.equal(d.totalInWords, 'Hai triệu tám trăm ba mươi nghìn đồng');
    });

    test('approval of a decision with unverified values: refused (400, naming each) until each is confirmed; the confirmation is recorded', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual', 'collective'], 2020));
      assert.deepEqual(
        d.unverified.map((v) => [v.kind, v.label]),
        [
          ['legal-basis', 'Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15'],
          [
            'legal-basis',
            'Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152/2025/NĐ-CP',
          ],
          ['legal-basis', 'Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP'],
          [
            'legal-basis',
            'Trích yếu “quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ” của Nghị định số 129/2025/NĐ-CP',
          ],
          ['coefficient', 'Hệ số 0,6 của “Giấy khen” (tập thể)'],
          ['coefficient', 'Hệ số 0,3 của “Giấy khen” (cá nhân)'],
        ],
      );
      assert.deepEqual(
        d.unverified.slice(4).map((v) => v.key),
        [
          'coefficient:giay-khen@2025-07-01:collective:0.6',
          'coefficient:giay-khen@2025-07-01:individual:0.3',
        ],
      );
      assert.equal(d.unverified[0].key, 'legal-basis:luat-tccqdp-72-2025:issuedOn:2025-06-16');
      assert.match(
        d.unverified[0].text,
        /chưa được kiểm tra với văn bản gốc \(nguồn ghi trong bảng văn bản căn cứ: /,
      );
      assert.match(d.unverified[4].text, /chưa được kiểm tra với văn bản gốc \(căn cứ ghi trong danh mục: /);
      assert.equal(d.unverifiedConfirmation, null);
      const url = `/api/award-decisions/${d.id}/approve`;
      const bare = await officer.request('POST', url, { version: d.version });
      assertStatus(bare, 400);
      assert.equal(
        bare.json().error.message,
        `Chưa phê duyệt được: quyết định dùng 6 giá trị chưa được kiểm tra với văn bản gốc — ${d.unverified.map((v) => v.label).join('; ')}. Người phê duyệt cần xác nhận từng giá trị này trước khi phê duyệt.`,
      );
      // Confirming the coefficients only: the căn cứ still block the approval, each named.
      const partial = await officer.request('POST', url, {
        version: d.version,
        confirmUnverified: d.unverified.filter((v) => v.kind === 'coefficient').map((v) => v.key),
      });
      assertStatus(partial, 400);
      assert.match(
        partial.json().error.message,
        /dùng 4 giá trị chưa được kiểm tra .* — Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15; .*Bộ Nội vụ” của Nghị định số 129\/2025\/NĐ-CP\./,
      );
      assert.deepEqual(
        partial.json().error.fields.map((f: { path: string }) => f.path),
        Array(4).fill('confirmUnverified'),
      );
      const unchanged = (await officer.request('GET', `/api/award-decisions/${d.id}`)).json() as DecisionView;
      assert.deepEqual([unchanged.state, unchanged.version], ['draft', d.version]);
      assert.equal((await records(d.id)).length, 0);

      const approved = await approve(officer, d);
      assert.equal(approved.state, 'approved');
      assert.deepEqual(
        [approved.unverifiedConfirmation?.confirmedByName, approved.unverifiedConfirmation?.values],
        ['bachlongvi', d.unverified.map((v) => ({ key: v.key, label: v.label }))],
      );
      const audit = await t.handle.db
        .selectFrom('audit_log')
        .select(['username', 'after'])
        .where('entity_id', '=', d.id)
        .where('action', '=', 'award_decision.approved')
        .executeTakeFirstOrThrow();
      assert.equal(audit.username, 'bachlongvi');
      const confirmed = (audit.after as { unverifiedConfirmed: Array<{ key: string; label: string }> })
        .unverifiedConfirmed;
      assert.deepEqual(
        confirmed.map((v) => v.key),
        d.unverified.map((v) => v.key),
      );
      assert.deepEqual(confirmed[0], {
        key: 'legal-basis:luat-tccqdp-72-2025:issuedOn:2025-06-16',
        label: 'Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
      });
      assert.deepEqual(confirmed[5], {
        key: 'coefficient:giay-khen@2025-07-01:individual:0.3',
        label: 'Hệ số 0,3 của “Giấy khen” (cá nhân)',
      });
    });

    test('căn cứ: a line rewritten by hand is not asked about; a value the administrator corrects needs a new confirmation', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual'], 2019));
      const rewritten = d.bases.map((b) =>
        b.includes('129/2025/NĐ-CP')
          ? 'Căn cứ Nghị định số 129/2025/NĐ-CP của Chính phủ (đã đối chiếu bản gốc);'
          : b,
      );
      const saved = await officer.request(
        'PUT',
        `/api/award-decisions/${d.id}`,
        decisionEdit(d, { bases: rewritten }),
      );
      assertStatus(saved, 200);
      const edited = saved.json() as DecisionView;
      assert.deepEqual(
        edited.unverified.filter((v) => v.kind === 'legal-basis').map((v) => v.key.split(':')[1]),
        ['luat-tccqdp-72-2025', 'nd-152-2025'],
      );
      // Every key the first draft asked for, before the administrator's correction.
      const oldKeys = d.unverified.map((v) => v.key);
      // The city administrator corrects the date of Luật 72/2025 but leaves it unchecked.
      const city = await t.as('thanhpho');
      const law = (
        (await city.request('GET', '/api/legal-documents')).json().documents as LegalDocumentRecord[]
      ).find((x) => x.code === 'luat-tccqdp-72-2025') as LegalDocumentRecord;
      const put = (doc: LegalDocumentRecord, issuedOn: string) =>
        city.request('PUT', `/api/legal-documents/${doc.code}`, {
          version: doc.version,
          number: doc.number,
          issuedOn,
          title: doc.title,
          effectiveFrom: doc.effectiveFrom,
          effectiveTo: doc.effectiveTo,
          source: doc.source,
          verified: false,
        });
      const corrected = await put(law, '2025-06-18');
      assertStatus(corrected, 200);
      try {
        // A new draft cites the corrected date; the confirmation of the old one does not cover it.
        const fresh = await draftDecision(officer, await votedGiayKhen(['individual'], 2017));
        assert.equal(fresh.unverified[0].key, 'legal-basis:luat-tccqdp-72-2025:issuedOn:2025-06-18');
        assert.equal(
          fresh.unverified[0].label,
          'Ngày ban hành 18/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15',
        );
        const refused = await officer.request('POST', `/api/award-decisions/${fresh.id}/approve`, {
          version: fresh.version,
          confirmUnverified: oldKeys,
        });
        assertStatus(refused, 400);
        assert.match(
          refused.json().error.message,
          /— Ngày ban hành 18\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15\. /,
        );
        assert.equal((await approve(officer, fresh)).state, 'approved');
      } finally {
        assertStatus(await put(corrected.json() as LegalDocumentRecord, law.issuedOn), 200);
      }
    });

    test('the draft Word file marks each unverified value “giá trị cần kiểm tra”; once approved with confirmation it prints clean', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual', 'collective'], 2018));
      const text = async () =>
        docxText((await officer.request('GET', `/api/award-decisions/${d.id}/decision.docx`)).rawPayload);
      const draft = await text();
      assert.match(draft, /Tập thể \(hệ số 0,6 – giá trị cần kiểm tra\): 01 tập thể × 1\.410\.000 đồng/);
      assert.match(draft, /Cá nhân \(hệ số 0,3 – giá trị cần kiểm tra\): 01 cá nhân × 710\.000 đồng/);
      // The căn cứ: each unconfirmed citation marked after it, naming its fields.
      assert.match(
        draft,
        /\nCăn cứ Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 ngày 16 tháng 6 năm 2025 \(ngày ban hành – giá trị cần kiểm tra\);\n/,
      );
      assert.match(draft, /\nCăn cứ Luật Thi đua, khen thưởng số 06\/2022\/QH15 ngày 15 tháng 6 năm 2022;\n/);
      assert.match(draft, /Bộ Nội vụ \(ngày ban hành, trích yếu – giá trị cần kiểm tra\);\n/);
      assert.match(
        draft,
        /Ghi chú của dự thảo \(giá trị cần kiểm tra\): Ngày ban hành 16\/6\/2025 của Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15; .*; Hệ số 0,6 của “Giấy khen” \(tập thể\); Hệ số 0,3 của “Giấy khen” \(cá nhân\) chưa được kiểm tra với văn bản gốc\./,
      );
      await approve(officer, d);
      const signed = await text();
      assert.match(signed, /Tập thể \(hệ số 0,6\): 01 tập thể × 1\.410\.000 đồng/);
      assert.doesNotMatch(signed, /cần kiểm tra|Ghi chú của dự thảo/);
      assert.match(
        signed,
        /\nCăn cứ Luật Tổ chức chính quyền địa phương số 72\/2025\/QH15 ngày 16 tháng 6 năm 2025;\n/,
      );
      // A decision approved before confirmations were recorded confirmed nothing: it stays marked.
      await t.handle.db
        .updateTable('award_decisions')
        .set({ unverified_confirmation: null })
        .where('id', '=', d.id)
        .execute();
      const old = await text();
      assert.match(old, /Tập thể \(hệ số 0,6 – giá trị cần kiểm tra\)/);
      assert.match(old, /Bộ Nội vụ \(ngày ban hành, trích yếu – giá trị cần kiểm tra\);/);
    });

    test('the demo decision 125/QĐ-UBND pays every exemplary delegate and its total is the sum', async () => {
      const res = await officer.request('GET', `/api/award-decisions/${await demoDecisionId(t)}`);
      assertStatus(res, 200);
      const d = res.json() as DecisionView;
      const collectives = d.items.filter((i) => i.subject.kind === 'collective').length;
      const individuals = d.items.length - collectives;
      assert.ok(collectives > 0 && individuals > 0);
      assert.deepEqual(
        [d.number, d.symbol, d.date, d.state, d.signerName, d.formName],
        ['125', 'QĐ-UBND', '2025-08-20', 'approved', 'Đào Quang Minh', 'Giấy khen'],
      );
      assert.equal(d.total, individuals * 710_000 + collectives * 1_410_000);
      assert.equal((await records(d.id)).length, d.items.length);
    });

    test('a commune Giấy khen dated before 1/7/2024: 0,15 × the base salary then in force (1.800.000) = 270.000 đ', async () => {
      const proposal = await votedGiayKhen(['individual'], 2024, {
        submission: '2024-06-10',
        meeting: '2024-06-15',
      });
      const d = await draftDecision(officer, proposal, { decisionDate: '2024-06-20' });
      assert.deepEqual([d.baseSalary, d.items[0].coefficient, d.total], [1_800_000, 0.15, 270_000]);
      const res = await officer.request(
        'PUT',
        `/api/award-decisions/${d.id}`,
        decisionEdit(d, { decisionDate: '2025-08-20' }),
      );
      assertStatus(res, 200);
      assert.deepEqual(
        [(res.json() as DecisionView).baseSalary, (res.json() as DecisionView).total],
        [2_340_000, 710_000],
      );
      // The căn cứ follow the date: Nghị định 98/2023 in June 2024, 152 and 129/2025 in August 2025.
      assert.match(d.bases.join('\n'), /98\/2023\/NĐ-CP/);
      const moved = (res.json() as DecisionView).bases.join('\n');
      assert.match(moved, /152\/2025\/NĐ-CP[\s\S]*129\/2025\/NĐ-CP/);
      assert.doesNotMatch(moved, /98\/2023|77\/2015/);
    });

    test('a decision needs a vote first, only takes those who passed, and only one draft per proposal', async () => {
      const [a, b] = [await approvedNomination(t, officer), await approvedNomination(t, officer)];
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('giay-khen', [a.id, b.id], { year: 2023 }),
      );
      const url = `/api/conferences/${t.demoConferenceId}/award-decisions`;
      const early = await officer.request('POST', url, { proposalId: p.id });
      assertStatus(early, 409);
      assert.match(early.json().error.message, /chưa có kết quả họp Hội đồng/);
      const voted = await vote(officer, p, (i) => [8, 3][i]);
      const d = await draftDecision(officer, voted);
      assert.deepEqual(
        d.items.map((i) => i.subject.name),
        [a.name],
      );
      const again = await officer.request('POST', url, { proposalId: p.id });
      assertStatus(again, 409);
      assert.match(again.json().error.message, /đã có dự thảo quyết định/);
    });

    test('approval needs conference.approve: the leader may approve, a plain emulation officer may not', async () => {
      const d = await draftDecision(officer, await votedGiayKhen(['individual'], 2022));
      const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
      const plain = await createUser(officer, userBody(blv.id));
      const emulation = await t.as(plain.username, FACTORY_PASSWORD);
      const refused = await emulation.request('POST', `/api/award-decisions/${d.id}/approve`, {
        version: d.version,
      });
      assertStatus(refused, 403);
      const leader = await t.as('lanhdao.blv');
      assertStatus(
        await leader.request('POST', `/api/conferences/${t.demoConferenceId}/award-decisions`, {
          proposalId: d.proposalId,
        }),
        403,
      );
      const approved = await approve(leader, d);
      assert.equal(approved.state, 'approved');
      assert.equal(
        approved.approvedBy,
        (
          await t.handle.db
            .selectFrom('users')
            .select('id')
            .where('username', '=', 'lanhdao.blv')
            .executeTakeFirstOrThrow()
        ).id,
      );
    });

    test('approval locks the decision, writes the award records and marks the proposal decided', async () => {
      const proposal = await votedGiayKhen(['individual', 'collective'], 2021);
      const draft = await draftDecision(officer, proposal);
      const noNumber = await officer.request(
        'PUT',
        `/api/award-decisions/${draft.id}`,
        decisionEdit(draft, { decisionNumber: '' }),
      );
      assertStatus(noNumber, 200);
      const missing = await officer.request('POST', `/api/award-decisions/${draft.id}/approve`, {
        version: (noNumber.json() as DecisionView).version,
      });
      assertStatus(missing, 400);
      assert.match(missing.json().error.message, /Số quyết định: cần ghi trước khi phê duyệt/);
      const numbered = await officer.request(
        'PUT',
        `/api/award-decisions/${draft.id}`,
        decisionEdit(noNumber.json() as DecisionView, { decisionNumber: '140' }),
      );
      const d = await approve(officer, numbered.json() as DecisionView);
      assert.ok(d.approvedAt);
      const rows = await records(d.id);
      assert.equal(rows.length, 2);
      for (const r of rows) {
        assert.deepEqual(
          [r.form_code, r.year, r.decision_number, r.decision_date, r.source, r.issuer],
          [
            'giay-khen',
            2021,
            '140/QĐ-UBND',
            '2025-08-20',
            'decision',
            'Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ',
          ],
        );
      }
      assert.deepEqual(rows.map((r) => r.amount).sort(), [1_410_000, 710_000].sort());
      const edit = await officer.request(
        'PUT',
        `/api/award-decisions/${d.id}`,
        decisionEdit(d, { signerName: 'Người khác' }),
      );
      assertStatus(edit, 409);
      assert.match(edit.json().error.message, /đã được phê duyệt.*ban hành quyết định thay thế/);
      assertStatus(await officer.request('DELETE', `/api/award-decisions/${d.id}?version=${d.version}`), 409);
      const p = (await officer.request('GET', `/api/award-proposals/${proposal.id}`)).json() as ProposalView;
      assert.equal(p.state, 'decided');
      assertStatus(
        await officer.request('PUT', `/api/award-proposals/${p.id}/council`, {
          version: p.version,
          council: {
            meetingDate: '2025-08-14',
            members: 9,
            present: 9,
            writtenVotes: 0,
            chair: '',
            secretary: '',
            location: '',
          },
          votes: [],
        }),
        409,
      );
      assert.deepEqual(await auditActions(t, d.id), [
        'award_decision.created',
        'award_decision.updated',
        'award_decision.updated',
        'award_decision.approved',
      ]);
    });

    test('a replacing decision: a new draft with new tokens; once approved the old one is replaced and its records withdrawn', async () => {
      const old = await approve(
        officer,
        await draftDecision(officer, await votedGiayKhen(['individual'], 2020), { decisionNumber: '150' }),
      );
      const start = await officer.request('POST', `/api/award-decisions/${old.id}/replace`, {
        version: old.version,
      });
      assertStatus(start, 201);
      const draft = start.json() as DecisionView;
      assert.deepEqual([draft.state, draft.replaces, draft.number], ['draft', old.id, '']);
      assert.notEqual(draft.items[0].certificateToken, old.items[0].certificateToken);
      const twice = await officer.request('POST', `/api/award-decisions/${old.id}/replace`, {
        version: (await officer.request('GET', `/api/award-decisions/${old.id}`)).json().version,
      });
      assertStatus(twice, 409);
      const edited = await officer.request(
        'PUT',
        `/api/award-decisions/${draft.id}`,
        decisionEdit(draft, {
          decisionNumber: '151',
          items: [
            {
              id: draft.items[0].id,
              achievement: 'Có thành tích xuất sắc trong cứu hộ, cứu nạn trên biển năm 2020',
            },
          ],
        }),
      );
      assertStatus(edited, 200);
      const replacement = await approve(officer, edited.json() as DecisionView);
      const before = (await officer.request('GET', `/api/award-decisions/${old.id}`)).json() as DecisionView;
      assert.deepEqual([before.state, before.replacedBy], ['approved', replacement.id]);
      assert.deepEqual(await records(old.id), []);
      const now = await records(replacement.id);
      assert.deepEqual(
        now.map((r) => r.decision_number),
        ['151/QĐ-UBND'],
      );
      const list = (
        await officer.request('GET', `/api/conferences/${t.demoConferenceId}/award-decisions`)
      ).json().decisions as DecisionSummary[];
      assert.equal(list.find((x) => x.id === old.id)?.replacedBy, replacement.id);
      assert.ok((await auditActions(t, old.id)).includes('award_decision.replaced'));
    });

    test('a stale version is a 409 and a draft can be deleted; the Word file carries its number and money', async () => {
      const proposal = await votedGiayKhen(['individual'], 2019);
      const d = await draftDecision(officer, proposal);
      const stale = await officer.request(
        'PUT',
        `/api/award-decisions/${d.id}`,
        decisionEdit({ ...d, version: d.version + 1 }),
      );
      assertStatus(stale, 409);
      const docx = await officer.request('GET', `/api/award-decisions/${d.id}/decision.docx`);
      assertStatus(docx, 200);
      const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
      assert.ok(xml.includes('131/QĐ-UBND'), 'the number of the draft');
      assert.ok(xml.includes('710.000'), 'the money of Điều 2');
      const pdf = await officer.request('GET', `/api/award-decisions/${d.id}/decision.pdf`);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      assertStatus(await officer.request('DELETE', `/api/award-decisions/${d.id}?version=${d.version}`), 204);
      assertStatus(await officer.request('GET', `/api/award-decisions/${d.id}`), 404);
      assertStatus(
        await officer.request('DELETE', `/api/award-proposals/${proposal.id}?version=${proposal.version}`),
        204,
      );
    });
  });
}
