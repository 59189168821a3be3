import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEGAL_DOCUMENTS } from '../awards/legal-bases.ts';
import type { AwardProposal, Proposer } from '../awards/types.ts';
import { DomainError } from '../errors/domain-error.ts';
import { FIXTURE_ISSUER, fixtureGiayKhen, fixtureProposal } from './award.fixture.ts';
import {
  buildProposalDocument,
  CITY_CHAIRMAN,
  proposalUnverified,
  proposedItems,
} from './award-proposal-document.ts';
import { documentPlainText } from './model.ts';
import { seedPlanConference } from './seed-plan.fixture.ts';

const form = fixtureGiayKhen();
const city = fixtureGiayKhen({ code: 'bang-khen-thanh-pho', name: 'Bằng khen', conferredByCommune: false });
const plan = seedPlanConference().plan;
const department: Proposer = {
  kind: 'department',
  name: 'Phòng Văn hóa - Xã hội',
  code: 'VHXH',
  signerTitle: 'TRƯỞNG PHÒNG',
  signerName: 'Nguyễn Thị Lệ',
};
const committee: Proposer = {
  kind: 'committee',
  name: '',
  code: '',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn Hậu',
};
const build = (proposal: AwardProposal, f = form) =>
  buildProposalDocument({ proposal, form: f, issuer: FIXTURE_ISSUER, plan });

test('the council’s Tờ trình: its own header, number and signature, to the commune’s chairman', () => {
  const doc = build(fixtureProposal());
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.issuingBody, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
  assert.equal(doc.header.numberLine, 'Số: 15/TTr-HĐTĐKT');
  assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 15 tháng 8 năm 2025');
  assert.equal(doc.typeName, 'TỜ TRÌNH');
  assert.equal(
    doc.subject,
    'Về việc đề nghị tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
  );
  assert.deepEqual(doc.signature, {
    titleLines: ['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
    signerName: 'Vũ Thị Ngọc Ánh',
  });
  assert.deepEqual(doc.recipients, [
    'Như trên;',
    'Các thành viên Hội đồng Thi đua - Khen thưởng;',
    'Lưu: VT.',
  ]);
});

test('Kính gửi, căn cứ, who proposes to whom, the list and “Kính trình … quyết định./.” come in order', () => {
  const doc = build(fixtureProposal());
  const text = documentPlainText(doc).split('\n');
  const at = (start: string) => text.findIndex((l) => l.startsWith(start));
  const order = [
    'Kính gửi: Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ.',
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15',
    'Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân đặc khu Bạch Long Vĩ về việc tổ chức Hội nghị',
    'Trên cơ sở đề nghị của các cơ quan, đơn vị, Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ kính trình Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ xem xét, quyết định tặng Giấy khen cho 12 tập thể và 40 cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025, cụ thể như sau:',
    'STT\tHọ và tên\tChức vụ - đơn vị\tThành tích',
    'Kính trình Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ xem xét, quyết định./.',
    'Nơi nhận:',
  ].map(at);
  assert.ok(
    order.every((i) => i >= 0),
    JSON.stringify(order),
  );
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  // The last paragraph stays with the signature (after it only the note of unconfirmed căn cứ, if any).
  const note = (b: (typeof doc.body)[number]) =>
    b.kind === 'paragraph' && b.runs[0].text.startsWith('Ghi chú');
  const last = doc.body.filter((b) => !note(b)).at(-1);
  assert.ok(
    last?.kind === 'paragraph' && last.runs[0].text.startsWith('Kính trình'),
    'the last paragraph stays with the signature',
  );
});

test('the Tờ trình comes before the meeting that reviews it: it cites no meeting and the vote changes nothing', () => {
  const proposal = fixtureProposal();
  const failed = proposal.items.find((i) => i.passed === false);
  assert.ok(failed);
  const text = documentPlainText(build(proposal));
  assert.ok(!/kết quả họp|18\/8\/2025|ngày 18 tháng 8/u.test(text), 'no mention of the meeting of 18/8');
  assert.ok(text.includes(failed.subject.name), 'every item proposed, whatever the later vote');
  assert.equal(proposedItems(proposal).length, 52);
  assert.ok(text.includes('(Tổng số: 12 tập thể và 40 cá nhân;'));
  const before = fixtureProposal({}, { council: null });
  before.items = before.items.map((i) => ({ ...i, inFavour: null, passed: null }));
  assert.equal(documentPlainText(build(before)), text);
});

test('each line keeps its own achievement; the period is the proposal’s, a single year reads “năm”', () => {
  const proposal = fixtureProposal();
  const text = documentPlainText(build(proposal));
  assert.ok(text.includes(proposal.items[0].achievement.trim()));
  const single = documentPlainText(build(fixtureProposal({}, { period: { from: 2025, to: 2025 } })));
  assert.ok(single.includes('phong trào thi đua yêu nước năm 2025, cụ thể như sau:'));
  assert.ok(!single.includes('giai đoạn'));
});

test('a department proposes in its own name and signs without “TM.”', () => {
  const doc = build(fixtureProposal({}, { proposer: department, submissionNumber: '07' }));
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.issuingBody, 'PHÒNG VĂN HÓA - XÃ HỘI');
  assert.equal(doc.header.numberLine, 'Số: 07/TTr-VHXH');
  assert.deepEqual(doc.signature.titleLines, ['TRƯỞNG PHÒNG']);
  assert.ok(
    documentPlainText(doc).includes(
      'Phòng Văn hóa - Xã hội kính trình Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ xem xét, quyết định tặng',
    ),
  );
  const deputy = build(fixtureProposal({}, { proposer: { ...department, signerTitle: 'PHÓ TRƯỞNG PHÒNG' } }));
  assert.deepEqual(deputy.signature.titleLines, ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']);
});

test('the Ủy ban proposes a form of the city after its council voted: it cites the meeting, lists who passed', () => {
  const proposal = fixtureProposal({}, { proposer: committee, submissionDate: '2025-08-19' });
  const doc = build(proposal, city);
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN');
  assert.equal(doc.header.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.numberLine, 'Số: 15/TTr-UBND');
  assert.deepEqual(doc.signature.titleLines, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  const text = documentPlainText(doc);
  assert.ok(text.includes(`Kính gửi: ${CITY_CHAIRMAN}.`));
  assert.ok(
    text.includes('Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ ngày 18/8/2025'),
  );
  assert.ok(text.includes(`Ủy ban nhân dân đặc khu Bạch Long Vĩ kính trình ${CITY_CHAIRMAN} xem xét`));
  const failed = proposal.items.find((i) => i.passed === false);
  assert.ok(failed && !text.includes(failed.subject.name));
  assert.ok(text.includes('(Tổng số: 12 tập thể và 39 cá nhân;'));
});

test('a Tờ trình that contradicts itself is refused, naming what to change', () => {
  const refused = (proposal: AwardProposal, f: typeof form, pattern: RegExp) =>
    assert.throws(
      () => build(proposal, f),
      (e: unknown) =>
        e instanceof DomainError &&
        pattern.test(e.message) &&
        (e.fields ?? []).some((p) => p.path === 'proposer.kind'),
    );
  refused(fixtureProposal({}, { proposer: committee }), form, /không trình Chủ tịch của chính mình/u);
  refused(fixtureProposal(), city, /Ủy ban nhân dân trình Chủ tịch Ủy ban nhân dân thành phố Hải Phòng/u);
});

test('no item to propose is refused with a message an official understands', () => {
  const none = fixtureProposal({}, { proposer: committee });
  none.items = none.items.map((i) => ({ ...i, passed: false }));
  assert.throws(
    () => build(none, city),
    (e: unknown) => e instanceof DomainError && /Không có tập thể, cá nhân nào đạt số phiếu/.test(e.message),
  );
  assert.throws(
    () => build(fixtureProposal({}, { items: [] })),
    (e: unknown) => e instanceof DomainError && /chưa có tập thể, cá nhân nào/.test(e.message),
  );
});

test('no number or date yet: blanks for the hand, with the proposer’s symbol', () => {
  const draft = build(fixtureProposal({}, { submissionNumber: '', submissionDate: null }));
  assert.equal(draft.header.numberLine, 'Số:      /TTr-HĐTĐKT');
  assert.equal(draft.header.placeDateLine, 'Bạch Long Vĩ, ngày      tháng      năm 2025');
});

test('a Tờ trình marks the căn cứ the legal table has not confirmed, and its note says how they clear', () => {
  const proposal = { ...fixtureProposal(), submissionDate: '2025-08-19' };
  const text = documentPlainText(build(proposal));
  assert.ok(
    text.includes(
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng (trích yếu – giá trị cần kiểm tra);',
    ),
  );
  assert.ok(text.includes('Bộ Nội vụ (ngày ban hành, trích yếu – giá trị cần kiểm tra);'));
  assert.ok(text.includes('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;'));
  assert.match(
    text,
    /Ghi chú \(giá trị cần kiểm tra\): Trích yếu “quy định chi tiết một số điều của Luật Thi đua, khen thưởng” của Nghị định số 152\/2025\/NĐ-CP; Ngày ban hành 11\/6\/2025 của Nghị định số 129\/2025\/NĐ-CP; .* chưa được kiểm tra với văn bản gốc\. Người ký đối chiếu trước khi ký; khi quản trị thành phố đánh dấu “Đã đối chiếu”/u,
  );
  assert.equal(proposalUnverified({ proposal, form }).length, 3);
  // Once the administrator has checked the table, the Tờ trình prints clean.
  const checked = LEGAL_DOCUMENTS.map((d) => ({ ...d, unverified: [] }));
  const clean = documentPlainText(
    buildProposalDocument({ proposal, form, issuer: FIXTURE_ISSUER, plan, legalDocuments: checked }),
  );
  assert.ok(!clean.includes('cần kiểm tra') && !clean.includes('Ghi chú'));
  assert.deepEqual(proposalUnverified({ proposal, form, legalDocuments: checked }), []);
});
