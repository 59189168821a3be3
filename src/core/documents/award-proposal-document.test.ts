import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { FIXTURE_ISSUER, fixtureGiayKhen, fixtureProposal } from './award.fixture.ts';
import {
  buildProposalDocument,
  CITY_CHAIRMAN,
  proposedItems,
  splitDocumentNumber,
} from './award-proposal-document.ts';
import { documentPlainText } from './model.ts';

const form = fixtureGiayKhen();

test('the Tờ trình carries its number, date, type and what it proposes', () => {
  const doc = buildProposalDocument({ proposal: fixtureProposal(), form, issuer: FIXTURE_ISSUER });
  assert.equal(doc.header.numberLine, 'Số: 15/TTr-UBND');
  assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 18 tháng 8 năm 2025');
  assert.equal(doc.typeName, 'TỜ TRÌNH');
  assert.equal(
    doc.subject,
    'Về việc đề nghị tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025',
  );
  assert.deepEqual(doc.signature, {
    titleLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signerName: 'Nguyễn Văn Hậu',
  });
});

test('Kính gửi, căn cứ, the proposal, the list and “Kính trình … quyết định./.” come in order', () => {
  const doc = buildProposalDocument({ proposal: fixtureProposal(), form, issuer: FIXTURE_ISSUER });
  const text = documentPlainText(doc).split('\n');
  const at = (start: string) => text.findIndex((l) => l.startsWith(start));
  const order = [
    'Kính gửi: Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ.',
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15',
    'Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025.',
    'Ủy ban nhân dân đặc khu Bạch Long Vĩ kính đề nghị Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ xem xét, tặng Giấy khen cho 12 tập thể và 39 cá nhân',
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
  const last = doc.body.at(-1);
  assert.ok(
    last?.kind === 'paragraph' && last.runs[0].text.startsWith('Kính trình'),
    'the last paragraph stays with the signature',
  );
});

test('after the vote only the items that passed are proposed', () => {
  const proposal = fixtureProposal();
  const failed = proposal.items.find((i) => i.passed === false);
  assert.ok(failed);
  const text = documentPlainText(buildProposalDocument({ proposal, form, issuer: FIXTURE_ISSUER }));
  assert.ok(!text.includes(failed.subject.name), `${failed.subject.name} did not pass`);
  assert.equal(proposedItems(proposal).length, 51);
  assert.ok(text.includes('(Tổng số: 12 tập thể và 39 cá nhân;'));
  const before = fixtureProposal({}, { council: null });
  before.items = before.items.map((i) => ({ ...i, inFavour: null, passed: null }));
  assert.equal(proposedItems(before).length, 52);
  assert.ok(
    documentPlainText(buildProposalDocument({ proposal: before, form, issuer: FIXTURE_ISSUER })).includes(
      failed.subject.name,
    ),
  );
});

test('a form the commune cannot confer is proposed to the city’s chairman', () => {
  const city = fixtureGiayKhen({ code: 'bang-khen-thanh-pho', name: 'Bằng khen', conferredByCommune: false });
  const text = documentPlainText(
    buildProposalDocument({ proposal: fixtureProposal(), form: city, issuer: FIXTURE_ISSUER }),
  );
  assert.ok(text.includes(`Kính gửi: ${CITY_CHAIRMAN}.`));
  assert.ok(text.includes(`Kính trình ${CITY_CHAIRMAN} xem xét, quyết định./.`));
});

test('no item to propose is refused with a message an official understands', () => {
  const none = fixtureProposal();
  none.items = none.items.map((i) => ({ ...i, passed: false }));
  assert.throws(
    () => buildProposalDocument({ proposal: none, form, issuer: FIXTURE_ISSUER }),
    (e: unknown) => e instanceof DomainError && /Không có tập thể, cá nhân nào đạt số phiếu/.test(e.message),
  );
});

test('a number without its symbol, or none yet', () => {
  assert.deepEqual(splitDocumentNumber('15/TTr-UBND', 'TTr-UBND'), { number: '15', symbol: 'TTr-UBND' });
  assert.deepEqual(splitDocumentNumber('', 'TTr-UBND'), { number: '', symbol: 'TTr-UBND' });
  const draft = buildProposalDocument({
    proposal: fixtureProposal({}, { submissionNumber: '', submissionDate: null }),
    form,
    issuer: FIXTURE_ISSUER,
  });
  assert.equal(draft.header.numberLine, 'Số:      /TTr-UBND');
  assert.equal(draft.header.placeDateLine, 'Bạch Long Vĩ, ngày      tháng      năm 2025');
});
