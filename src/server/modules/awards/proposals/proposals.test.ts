import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { ProposalCheck, ProposalSummary, ProposalView } from '../../../../shared/api/award-proposals.ts';
import { assertStatus } from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import {
  approvedNomination,
  councilBody,
  createProposal,
  proposalBody,
  vote,
} from '../decisions/award-decisions.fixture.ts';

/** Proposals: who may be proposed, eligibility, the council's vote and its threshold, the documents. */
for (const engine of testEngines()) {
  describe(`award proposals (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    const url = () => `/api/conferences/${t.demoConferenceId}/award-proposals`;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
    });
    after(() => t.close());

    test('the demo proposal names every exemplary delegate, voted and decided', async () => {
      const res = await officer.request('GET', url());
      assertStatus(res, 200);
      const [demo] = (res.json().proposals as ProposalSummary[]).filter((p) => p.formCode === 'giay-khen');
      assert.equal(demo.state, 'decided');
      assert.equal(demo.itemCount, demo.passedCount);
      const list = (
        await officer.request('GET', `/api/conferences/${t.demoConferenceId}/delegates/lists/1`)
      ).json() as { delegates: Array<{ category: string }> };
      assert.equal(demo.itemCount, list.delegates.filter((d) => d.category === 'dien_hinh').length);
    });

    test('“Chiến sĩ thi đua cơ sở” is blocked without “Lao động tiên tiến” the same year, and allowed once it is proposed', async () => {
      const person = await approvedNomination(t, officer);
      const body = proposalBody('chien-si-thi-dua-co-so', [person.id]);
      const check = await officer.request('POST', `${url()}/check`, body);
      assertStatus(check, 200);
      const [line] = (check.json() as ProposalCheck).items;
      assert.equal(line.subject.name, person.name);
      assert.match(line.problems.join(' '), /Chưa có danh hiệu “Lao động tiên tiến” năm 2025/);
      const refused = await officer.request('POST', url(), body);
      assertStatus(refused, 400);
      assert.match(
        refused.json().error.message,
        new RegExp(`Dòng 1 \\(${person.name}\\).*Lao động tiên tiến`),
      );
      const ldtt = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('lao-dong-tien-tien', [person.id]),
      );
      assert.deepEqual(ldtt.items[0].problems, []);
      const cstd = await createProposal(officer, t.demoConferenceId, body);
      assert.deepEqual(cstd.items[0].problems, []);
      assert.equal(cstd.title, 'Đề nghị tặng Chiến sĩ thi đua cơ sở năm 2025');
    });

    test('the same achievement already rewarded blocks the line; a collective title is refused for a person', async () => {
      const person = await approvedNomination(t, officer);
      const delegates = await t.handle.db
        .selectFrom('award_records')
        .select(['nomination_id', 'achievement'])
        .where('decision_number', '=', '125/QĐ-UBND')
        .where('kind', '=', 'individual')
        .limit(1)
        .execute();
      const awarded = delegates[0].nomination_id as string;
      const demoAchievement = delegates[0].achievement;
      const res = await officer.request('POST', `${url()}/check`, {
        ...proposalBody('lao-dong-tien-tien', [awarded, person.id]),
        items: [
          { source: 'nomination', id: awarded, achievement: demoAchievement },
          { source: 'nomination', id: person.id },
        ],
      });
      assertStatus(res, 200);
      const [first, second] = (res.json() as ProposalCheck).items;
      assert.match(first.problems.join(' '), /một thành tích không được khen thưởng hai lần/);
      assert.deepEqual(second.problems, [], 'a person without awards is eligible');
      const collectiveOnly = await officer.request(
        'POST',
        `${url()}/check`,
        proposalBody('tap-the-lao-dong-tien-tien', [person.id], { year: 2024 }),
      );
      assert.match(
        (collectiveOnly.json() as ProposalCheck).items[0].problems.join(' '),
        /chỉ xét tặng cho tập thể/,
      );
    });

    test('unknown people and the same person twice are refused row by row', async () => {
      const person = await approvedNomination(t, officer);
      const res = await officer.request('POST', url(), {
        ...proposalBody('lao-dong-tien-tien', [person.id, person.id], { year: 2023 }),
        items: [
          { source: 'nomination', id: person.id },
          { source: 'nomination', id: person.id },
          { source: 'delegate', id: '00000000-0000-4000-8000-000000000000' },
        ],
      });
      assertStatus(res, 400);
      const fields = res.json().error.fields as Array<{ path: string; message: string }>;
      assert.deepEqual(
        fields.map((f) => f.path),
        ['items.1.id', 'items.2.id'],
      );
      assert.match(fields[0].message, /Dòng 2 .*trùng với dòng 1/);
      assert.match(fields[1].message, /Dòng 3: không phải đại biểu điển hình tiên tiến/);
    });

    test('the form’s threshold decides who passes: more than half of all 9 members for Lao động tiên tiến', async () => {
      const people = [
        await approvedNomination(t, officer),
        await approvedNomination(t, officer),
        await approvedNomination(t, officer),
      ];
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody(
          'lao-dong-tien-tien',
          people.map((n) => n.id),
          { year: 2022 },
        ),
      );
      assert.equal(p.thresholdText, 'trên 50% tổng số thành viên Hội đồng');
      const voted = await vote(officer, p, (i) => [5, 4, 8][i]);
      assert.equal(voted.state, 'voted');
      const byName = new Map(voted.items.map((i) => [i.subject.name, [i.inFavour, i.passed]]));
      assert.deepEqual(
        people.map((n) => byName.get(n.name)),
        [
          [5, true],
          [4, false],
          [8, true],
        ],
      );
      const { meetingDate, ...meeting } = councilBody(p).council;
      assert.deepEqual(voted.council, { date: meetingDate, ...meeting });
      assert.deepEqual(await auditActions(t, p.id), [
        'award_proposal.created',
        'award_proposal.council_recorded',
      ]);
    });

    test('“Chiến sĩ thi đua thành phố” needs 90% of all members: 9 of 10 passes, 8 of 10 does not', async () => {
      const people = [await approvedNomination(t, officer), await approvedNomination(t, officer)];
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody(
          'chien-si-thi-dua-thanh-pho',
          people.map((n) => n.id),
        ),
      );
      const body = councilBody(p, (i) => [9, 8][i]);
      const res = await officer.request('PUT', `/api/award-proposals/${p.id}/council`, {
        ...body,
        council: { ...body.council, members: 10, present: 9, writtenVotes: 1 },
      });
      assertStatus(res, 200);
      assert.deepEqual(
        (res.json() as ProposalView).items.map((i) => [i.subject.name, i.passed]),
        people.map((n, i) => [n.name, i === 0]),
      );
    });

    test('impossible counts are refused, naming the field and the line', async () => {
      const person = await approvedNomination(t, officer);
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('lao-dong-tien-tien', [person.id], { year: 2021 }),
      );
      const put = (body: unknown) => officer.request('PUT', `/api/award-proposals/${p.id}/council`, body);
      const base = councilBody(p);
      const tooMany = await put({ ...base, votes: [{ itemId: p.items[0].id, inFavour: 9 }] });
      assertStatus(tooMany, 400);
      assert.match(
        tooMany.json().error.message,
        /Dòng 1 \(.+\): số phiếu đồng ý \(9\) không được lớn hơn số thành viên đã biểu quyết \(8\)/,
      );
      const present = await put({ ...base, council: { ...base.council, present: 10 } });
      assertStatus(present, 400);
      assert.match(
        present.json().error.message,
        /Số người dự họp: không được lớn hơn tổng số thành viên Hội đồng \(9\)/,
      );
      const written = await put({ ...base, council: { ...base.council, writtenVotes: 3 } });
      assertStatus(written, 400);
      assert.match(written.json().error.message, /Số phiếu gửi bằng văn bản/);
      const missing = await put({ ...base, votes: [] });
      assertStatus(missing, 400);
      assert.match(missing.json().error.message, /chưa ghi số phiếu đồng ý/);
      const stored = await officer.request('GET', `/api/award-proposals/${p.id}`);
      assert.equal((stored.json() as ProposalView).council, null);
    });

    test('a stale version is refused with 409; changing the people clears the vote', async () => {
      const [a, b] = [await approvedNomination(t, officer), await approvedNomination(t, officer)];
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('lao-dong-tien-tien', [a.id], { year: 2020 }),
      );
      const voted = await vote(officer, p);
      const stale = await officer.request('PUT', `/api/award-proposals/${p.id}`, {
        ...proposalBody('lao-dong-tien-tien', [a.id], { year: 2020 }),
        version: p.version,
      });
      assertStatus(stale, 409);
      const retitled = await officer.request('PUT', `/api/award-proposals/${p.id}`, {
        ...proposalBody('lao-dong-tien-tien', [a.id], { year: 2020, title: 'Đợt 2' }),
        version: voted.version,
      });
      assertStatus(retitled, 200);
      assert.equal((retitled.json() as ProposalView).state, 'voted', 'same people: the vote stays');
      const changed = await officer.request('PUT', `/api/award-proposals/${p.id}`, {
        ...proposalBody('lao-dong-tien-tien', [a.id, b.id], { year: 2020 }),
        version: (retitled.json() as ProposalView).version,
      });
      assertStatus(changed, 200);
      const after = changed.json() as ProposalView;
      assert.deepEqual(
        [after.state, after.council, after.items.map((i) => i.passed)],
        ['draft', null, [null, null]],
      );
      const removed = await officer.request(
        'DELETE',
        `/api/award-proposals/${p.id}?version=${after.version}`,
      );
      assertStatus(removed, 204);
      assert.deepEqual((await auditActions(t, p.id)).at(-1), 'award_proposal.deleted');
    });

    test('the leader reads proposals but may not make them; the Tờ trình and Biên bản download as Word and PDF', async () => {
      const person = await approvedNomination(t, officer);
      const leader = await t.as('lanhdao.blv');
      const body = proposalBody('lao-dong-tien-tien', [person.id], { year: 2024 });
      assertStatus(await leader.request('POST', url(), body), 403);
      const p = await createProposal(officer, t.demoConferenceId, body);
      const early = await leader.request('GET', `/api/award-proposals/${p.id}/minutes.docx`);
      assertStatus(early, 409);
      assert.match(early.json().error.message, /Chưa ghi kết quả họp Hội đồng/);
      await vote(officer, p);
      for (const kind of ['submission', 'minutes']) {
        const docx = await leader.request('GET', `/api/award-proposals/${p.id}/${kind}.docx`);
        assertStatus(docx, 200);
        const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']);
        assert.ok(xml.includes(person.name), `${kind} names the person`);
        const pdf = await leader.request('GET', `/api/award-proposals/${p.id}/${kind}.pdf`);
        assertStatus(pdf, 200);
        assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
      }
      const docx = await leader.request('GET', `/api/award-proposals/${p.id}/submission.docx`);
      assert.match(String(docx.headers['content-disposition']), /T%E1%BB%9D%20tr%C3%ACnh%2020-TTr/);
    });

    test('the Tờ trình names the căn cứ not confirmed in the legal table, and its Word file marks them', async () => {
      const person = await approvedNomination(t, officer);
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('giay-khen', [person.id], { submissionDate: '2025-08-19' }),
      );
      assert.deepEqual(
        p.unverifiedBases.map((v) => v.label),
        [
          'Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152/2025/NĐ-CP',
          'Ngày ban hành 11/6/2025 của Nghị định số 129/2025/NĐ-CP',
          'Trích yếu “quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ” của Nghị định số 129/2025/NĐ-CP',
        ],
      );
      assert.match(
        p.unverifiedBases[1].text,
        /chưa được kiểm tra với văn bản gốc \(nguồn ghi trong bảng văn bản căn cứ: /,
      );
      const docx = await officer.request('GET', `/api/award-proposals/${p.id}/submission.docx`);
      const text = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']).replace(
        /<[^>]+>/g,
        '',
      );
      assert.ok(
        text.includes('Bộ Nội vụ (ngày ban hành, trích yếu – giá trị cần kiểm tra);'),
        'the 129 line is marked',
      );
      assert.match(text, /Ghi chú \(giá trị cần kiểm tra\): Trích yếu “quy định chi tiết/);
    });

    test('the Tờ trình’s number, header and signer follow who proposes; a contradiction is refused by field', async () => {
      const person = await approvedNomination(t, officer);
      const department = {
        kind: 'department',
        name: 'Phòng Văn hóa - Xã hội',
        code: 'VHXH',
        signerTitle: 'TRƯỞNG PHÒNG',
        signerName: 'Nguyễn Thị Lệ',
      };
      const p = await createProposal(officer, t.demoConferenceId, {
        ...proposalBody('giay-khen', [person.id], { submissionNumber: '07/TTr-VHXH' }),
        proposer: department,
      } as ReturnType<typeof proposalBody>);
      assert.deepEqual([p.submissionNumber, p.submissionSymbol, p.proposer], ['07', 'TTr-VHXH', department]);
      const refused = await officer.request('POST', url(), {
        ...proposalBody('giay-khen', [person.id], { submissionNumber: '07/TTr-UBND' }),
        proposer: { ...department, kind: 'committee', name: '', code: '', signerTitle: 'KT. CHỦ TỊCH' },
      });
      assertStatus(refused, 400);
      assert.deepEqual(
        (refused.json().error.fields as Array<{ path: string }>).map((f) => f.path),
        ['proposer.kind', 'proposer.signerTitle'],
      );
      assert.match(refused.json().error.message, /Ủy ban nhân dân không trình Chủ tịch của chính mình/);
      const symbol = await officer.request('POST', url(), {
        ...proposalBody('giay-khen', [person.id], { submissionNumber: '07/TTr-UBND' }),
        proposer: department,
      });
      assertStatus(symbol, 400);
      assert.match(
        symbol.json().error.message,
        /Số Tờ trình: ký hiệu “TTr-UBND” không khớp với cơ quan trình \(Phòng Văn hóa - Xã hội: “TTr-VHXH”\)/,
      );
    });

    test('the council meets on the Tờ trình: a meeting before it, or a Tờ trình moved after it, is refused', async () => {
      const person = await approvedNomination(t, officer);
      const p = await createProposal(
        officer,
        t.demoConferenceId,
        proposalBody('giay-khen', [person.id], { submissionDate: '2025-08-10' }),
      );
      const early = await officer.request(
        'PUT',
        `/api/award-proposals/${p.id}/council`,
        councilBody(p, undefined, '2025-08-08'),
      );
      assertStatus(early, 400);
      assert.deepEqual(early.json().error.fields, [
        {
          path: 'council.meetingDate',
          message: 'Ngày họp Hội đồng: không được trước ngày Tờ trình (10/8/2025) mà Hội đồng xem xét',
        },
      ]);
      const voted = await vote(officer, p);
      const moved = await officer.request('PUT', `/api/award-proposals/${p.id}`, {
        ...proposalBody('giay-khen', [person.id], { submissionDate: '2025-08-15' }),
        version: voted.version,
      });
      assertStatus(moved, 400);
      assert.match(
        moved.json().error.message,
        /Ngày Tờ trình: không được sau ngày họp Hội đồng Thi đua - Khen thưởng \(14\/8\/2025\) xem xét Tờ trình/,
      );
    });

    test('the period is one field: it defaults from the plan and a line restating another is refused', async () => {
      const person = await approvedNomination(t, officer);
      const p = await createProposal(officer, t.demoConferenceId, proposalBody('giay-khen', [person.id]));
      assert.deepEqual(p.period, { from: 2020, to: 2025 });
      assert.equal(p.title, 'Đề nghị tặng Giấy khen giai đoạn 2020 - 2025');
      assert.equal(p.items[0].achievement, person.achievements.trim().replace(/[.;]+$/u, ''));
      const res = await officer.request('POST', url(), {
        ...proposalBody('giay-khen', [person.id]),
        period: { from: 2025, to: 2025 },
        items: [
          {
            source: 'nomination',
            id: person.id,
            achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
          },
        ],
      });
      assertStatus(res, 400);
      assert.equal(res.json().error.fields[0].path, 'items.0.achievement');
      assert.match(
        res.json().error.message,
        /thành tích ghi “giai đoạn 2020 - 2025”, khác thời kỳ khen thưởng \(năm 2025\)/,
      );
    });
  });
}
