import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { FIXTURE_ISSUER, fixtureDecision, fixtureGiayKhen } from './award.fixture.ts';
import {
  type AwardDocument,
  buildDecisionDocument,
  countsPhrase,
  issuerBodyName,
  issuerUnitPhrase,
  positionAndUnit,
  signingLines,
} from './award-decision-document.ts';
import { blockText, documentPlainText } from './model.ts';

const form = fixtureGiayKhen();
const build = (decision = fixtureDecision(), f = form) =>
  buildDecisionDocument({ decision, form: f, issuer: FIXTURE_ISSUER });
const lines = (doc: AwardDocument) => documentPlainText(doc).split('\n');

/** The attached list's table rows as arrays of cell texts. */
function listRows(doc: AwardDocument): string[][] {
  const table = doc.annexes?.[0]?.body.find((b) => b.kind === 'table');
  assert.ok(table && table.kind === 'table', 'the decision has an attached list');
  return table.rows.map((row) => row.map((c) => c.runs.map((r) => r.text).join('')));
}

test('the header carries the number, the date of 20/8/2025 and the type', () => {
  const doc = build();
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN');
  assert.equal(doc.header.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.numberLine, 'Số: 125/QĐ-UBND');
  assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 20 tháng 8 năm 2025');
  assert.equal(doc.typeName, 'QUYẾT ĐỊNH');
  assert.equal(
    doc.subject,
    'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
  );
});

test('authority, căn cứ, “QUYẾT ĐỊNH:” and Điều 1 to 3 come in order', () => {
  const text = lines(build());
  const at = (start: string) => text.findIndex((l) => l.startsWith(start));
  const order = [
    'CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ',
    'Căn cứ Luật Tổ chức chính quyền địa phương',
    'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng',
    'QUYẾT ĐỊNH:',
    'Điều 1.',
    'Điều 2.',
    'Tổng số tiền:',
    'Kinh phí khen thưởng được chi từ',
    'Điều 3.',
    'Nơi nhận:',
    'KT. CHỦ TỊCH',
  ].map(at);
  assert.ok(
    order.every((i) => i >= 0),
    JSON.stringify(order),
  );
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  assert.ok(
    text.includes(
      'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ cho 12 tập thể và 40 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025.',
    ),
  );
  assert.ok(
    text.includes(
      'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình số 15/TTr-HĐTĐKT ngày 15/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025.',
    ),
  );
});

test('Điều 2 states each amount, the total in figures and in words, and the fund', () => {
  const text = lines(build());
  assert.ok(text.includes('- Tập thể (hệ số 0,6): 12 tập thể × 1.410.000 đồng = 16.920.000 đồng;'));
  assert.ok(text.includes('- Cá nhân (hệ số 0,3): 40 cá nhân × 710.000 đồng = 28.400.000 đồng.'));
  assert.ok(
    text.includes(
      'Tổng số tiền: 45.320.000 đồng (Bằng chữ: Bốn mươi lăm triệu ba trăm hai mươi nghìn đồng).',
    ),
  );
  assert.ok(
    text.includes('Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ.'),
  );
  assert.ok(text.some((l) => l.includes('mức lương cơ sở 2.340.000 đồng')));
});

test('one Giấy khen for a person on 20/8/2025: 0,3 × 2.340.000 = 702.000 → 710.000 đồng, in words', () => {
  const text = lines(build(fixtureDecision({ collectives: 0, individuals: 1 })));
  assert.ok(text.includes('- Cá nhân (hệ số 0,3): 01 cá nhân × 710.000 đồng = 710.000 đồng.'));
  assert.ok(text.includes('Tổng số tiền: 710.000 đồng (Bằng chữ: Bảy trăm mười nghìn đồng).'));
  assert.ok(text.some((l) => l.includes('cho 01 cá nhân (có danh sách kèm theo)')));
});

test('the attached list names the decision and gives every amount, grouped and numbered, with the total', () => {
  const doc = build();
  const annex = doc.annexes?.[0];
  assert.deepEqual(annex?.titleLines, ['DANH SÁCH', 'Tập thể, cá nhân được tặng Giấy khen']);
  assert.equal(
    annex?.note,
    '(Kèm theo Quyết định số 125/QĐ-UBND ngày 20/8/2025 của Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ)',
  );
  const table = annex?.body[0];
  assert.ok(table?.kind === 'table');
  assert.deepEqual(blockText(table).split('\n')[0].split('\t'), [
    'STT',
    'Họ và tên',
    'Chức vụ - đơn vị',
    'Thành tích',
    'Số tiền (đồng)',
  ]);
  const rows = listRows(doc);
  assert.deepEqual(rows[0], ['I', 'TẬP THỂ (12)']);
  assert.deepEqual(rows[13], ['II', 'CÁ NHÂN (40)']);
  assert.deepEqual(rows.at(-1), ['Tổng cộng: 12 tập thể và 40 cá nhân', '45.320.000']);
  const people = rows.slice(14, -1);
  assert.equal(people.length, 40);
  assert.deepEqual(
    people.map((r) => r[0]),
    Array.from({ length: 40 }, (_, i) => String(i + 1)),
  );
  assert.ok(people.every((r) => r[4] === '710.000'));
  assert.ok(rows.slice(1, 13).every((r) => r[4] === '1.410.000'));
  // Collectives alphabetically, people by given name: An, Bình, Bích… before Trang.
  assert.equal(rows[1][1], 'Đoàn Thanh niên đặc khu');
  assert.match(people[0][1], / An$/);
  assert.match(people.at(-1)?.[1] ?? '', / Trang$/);
});

test('amounts are printed as the decision holds them and the total is their sum', () => {
  const decision = fixtureDecision({ collectives: 0, individuals: 3 });
  decision.items[2] = { ...decision.items[2], coefficient: 1, amount: 2_340_000 };
  decision.total = 710_000 * 2 + 2_340_000;
  const doc = build(decision);
  const text = lines(doc);
  assert.ok(text.includes('- Cá nhân (hệ số 0,3): 02 cá nhân × 710.000 đồng = 1.420.000 đồng;'));
  assert.ok(text.includes('- Cá nhân (hệ số 1): 01 cá nhân × 2.340.000 đồng = 2.340.000 đồng.'));
  assert.ok(text.includes('Tổng số tiền: 3.760.000 đồng (Bằng chữ: Ba triệu bảy trăm sáu mươi nghìn đồng).'));
  const rows = listRows(doc);
  assert.deepEqual(
    rows.slice(0, -1).map((r) => [r[1], r[4]]),
    [
      ['Nguyễn Văn An', '710.000'],
      ['Lê Minh Cường', '2.340.000'],
      ['Trần Thu Hà', '710.000'],
    ],
  );
  assert.deepEqual(rows.at(-1), ['Tổng cộng: 03 cá nhân', '3.760.000']);
});

test('a stored total that differs from the lines is refused, not printed', () => {
  assert.throws(
    () => build(fixtureDecision({ collectives: 1, individuals: 1 }, { total: 1_000_000 })),
    (e: unknown) => e instanceof DomainError && /khác tổng các dòng/.test(e.message),
  );
  assert.throws(
    () => build(fixtureDecision({ collectives: 0, individuals: 0 })),
    (e: unknown) => e instanceof DomainError && /chưa có tập thể, cá nhân nào/.test(e.message),
  );
});

test('a draft without a number leaves it blank for the hand, in the header and in the list', () => {
  const doc = build(fixtureDecision({ collectives: 1, individuals: 1 }, { number: '' }));
  assert.equal(doc.header.numberLine, 'Số:      /QĐ-UBND');
  assert.match(doc.annexes?.[0]?.note ?? '', /^\(Kèm theo Quyết định số {6}\/QĐ-UBND ngày 20\/8\/2025 của/);
});

test('a title is conferred “danh hiệu” for the year; a form without money says so', () => {
  const lđtt = fixtureGiayKhen({ code: 'lao-dong-tien-tien', name: 'Lao động tiên tiến', category: 'title' });
  const titled = lines(
    build(
      fixtureDecision(
        { collectives: 0, individuals: 2 },
        { formCode: 'lao-dong-tien-tien', period: { from: 2025, to: 2025 } },
      ),
      lđtt,
    ),
  );
  assert.ok(
    titled.some((l) => l.startsWith('Điều 1. Tặng danh hiệu “Lao động tiên tiến” năm 2025 cho 02 cá nhân')),
  );
  const free = fixtureDecision({ collectives: 0, individuals: 2 });
  free.items = free.items.map((i) => ({ ...i, coefficient: 0, amount: 0 }));
  free.total = 0;
  assert.ok(lines(build(free)).includes('Điều 2. Khen thưởng tại Điều 1 không kèm theo tiền thưởng.'));
});

test('the period is one field: the trích yếu and Điều 1 say the decision’s, the lines keep their own deeds', () => {
  const single = fixtureDecision({ collectives: 1, individuals: 2 }, { period: { from: 2025, to: 2025 } });
  const doc = build(single);
  assert.ok(doc.subject.endsWith('phong trào thi đua yêu nước năm 2025'));
  const text = lines(doc);
  assert.ok(text.some((l) => l.startsWith('Điều 1.') && l.endsWith('thi đua yêu nước năm 2025.')));
  assert.ok(!text.some((l) => l.includes('giai đoạn')));
  const cells = listRows(doc).map((r) => r[3]);
  for (const item of single.items) assert.ok(cells.includes(item.achievement));
});

test('signing lines: the prefix, then the title, never the same line twice', () => {
  assert.deepEqual(signingLines('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'), ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  assert.deepEqual(signingLines('CHỦ TỊCH', 'CHỦ TỊCH'), ['CHỦ TỊCH']);
  assert.deepEqual(signingLines('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'), [
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
  ]);
  const doc = build(
    fixtureDecision({ collectives: 1, individuals: 0 }, { signingPrefix: 'CHỦ TỊCH', signerTitle: '' }),
  );
  assert.deepEqual(doc.signature, { titleLines: ['CHỦ TỊCH'], signerName: 'Nguyễn Văn Hậu' });
});

test('issuer names in running text keep the place as written', () => {
  assert.equal(issuerUnitPhrase(FIXTURE_ISSUER), 'đặc khu Bạch Long Vĩ');
  assert.equal(issuerBodyName(FIXTURE_ISSUER), 'Ủy ban nhân dân đặc khu Bạch Long Vĩ');
  assert.equal(issuerUnitPhrase({ issuingBody: 'XÃ AN LÃO', place: 'An Lão' }), 'xã An Lão');
  assert.equal(issuerUnitPhrase({ issuingBody: 'PHƯỜNG HỒNG BÀNG', place: 'Hải Phòng' }), 'phường Hồng Bàng');
  assert.equal(countsPhrase([{ kind: 'individual' }, { kind: 'collective' }]), '01 tập thể và 01 cá nhân');
  assert.equal(
    positionAndUnit({ name: 'Trần Văn A', position: 'Ngư dân', unitName: 'Đặc khu Bạch Long Vĩ' }),
    'Ngư dân, Đặc khu Bạch Long Vĩ',
  );
  assert.equal(
    positionAndUnit({
      name: 'Trần Văn A',
      position: 'Y sĩ Trạm Y tế đặc khu Bạch Long Vĩ',
      unitName: 'Đặc khu Bạch Long Vĩ',
    }),
    'Y sĩ Trạm Y tế đặc khu Bạch Long Vĩ',
  );
  assert.equal(
    positionAndUnit({
      name: 'Phạm Thu Hằng',
      position: 'Công chức Phòng Văn hóa - Xã hội, Phòng Văn hóa - Xã hội',
      unitName: 'Phòng Văn hóa - Xã hội',
    }),
    'Công chức Phòng Văn hóa - Xã hội',
  );
});

test('a decision without căn cứ of its own cites the laws in force on its date', () => {
  const june = lines(build(fixtureDecision({}, { bases: [], date: '2025-06-30' })));
  const bases = june.filter((l) => l.startsWith('Căn cứ'));
  assert.deepEqual(
    bases.map((l) => l.match(/số (\S+)/)?.[1]),
    ['72/2025/QH15', '06/2022/QH15', '98/2023/NĐ-CP'],
  );
  assert.match(bases.at(-1) ?? '', /\.$/);
  const august = lines(build(fixtureDecision({}, { bases: [] }))).filter((l) => l.startsWith('Căn cứ'));
  assert.deepEqual(
    august.map((l) => l.match(/số (\S+)/)?.[1]),
    ['72/2025/QH15', '06/2022/QH15', '152/2025/NĐ-CP', '129/2025/NĐ-CP'],
  );
});

test('Điều 3 names the office of the unit with no Hội đồng nhân dân', () => {
  const text = lines(build()).join('\n');
  assert.match(text, /Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ/);
  assert.doesNotMatch(text, /Hội đồng nhân dân/);
});
