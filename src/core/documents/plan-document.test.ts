import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Conference } from '../conference/types.ts';
import { documentPlainText, formatNumberLine, formatPlaceDateLine } from './model.ts';
import { buildPlanDocument, keyContentBlocks, nextKeyContentCode } from './plan-document.ts';
import { seedPlanConference as seedConference } from './seed-plan.fixture.ts';

function lines(conference: Conference): string[] {
  return documentPlainText(buildPlanDocument(conference)).split('\n');
}

test('the header carries the number, the place-date line and the issuing body', () => {
  const doc = buildPlanDocument(seedConference());
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN');
  assert.equal(doc.header.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.numberLine, 'Số: 06/KH-UBND');
  assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 14 tháng 8 năm 2025');
  assert.equal(doc.typeName, 'KẾ HOẠCH');
  assert.match(doc.subject, /^Tổ chức Hội nghị điển hình tiên tiến đặc khu Bạch Long Vĩ tiến tới Đại hội/);
});

test('a draft leaves the number and the day and month blank for the hand', () => {
  assert.equal(formatNumberLine('', 'KH-UBND'), 'Số:      /KH-UBND');
  assert.equal(
    formatPlaceDateLine('Bạch Long Vĩ', null, 2025),
    'Bạch Long Vĩ, ngày      tháng      năm 2025',
  );
  const base = seedConference();
  const draft = buildPlanDocument(
    seedConference({ plan: { ...base.plan, documentNumber: '', issuedDate: null } }),
  );
  assert.equal(draft.header.numberLine, 'Số:      /KH-UBND');
  assert.equal(draft.header.placeDateLine, 'Bạch Long Vĩ, ngày      tháng      năm 2025');
});

test('sections I to IV follow the seed plan in order', () => {
  const text = lines(seedConference());
  const at = (line: string) => text.indexOf(line);
  const order = [
    'I. MỤC ĐÍCH, YÊU CẦU',
    'II. HÌNH THỨC, THỜI GIAN, THÀNH PHẦN VÀ SỐ LƯỢNG ĐẠI BIỂU',
    'III. CHƯƠNG TRÌNH, NỘI DUNG HỘI NGHỊ',
    '1. Chương trình Hội nghị',
    '2. Một số hoạt động trước và trong dịp tổ chức hội nghị',
    '3. Một số nội dung trọng tâm của hội nghị',
    '3.6. Tên của Hội nghị như sau:',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Nơi nhận:',
  ].map(at);
  assert.ok(
    order.every((i) => i >= 0),
    `missing line: ${JSON.stringify(order)}`,
  );
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
  assert.ok(text[at('I. MỤC ĐÍCH, YÊU CẦU') - 1].startsWith('Thực hiện Quyết định số 3194/QĐ-UBND'));
  assert.ok(text[at('I. MỤC ĐÍCH, YÊU CẦU') + 4].startsWith('4. Việc tổ chức Hội nghị tuyên dương'));
});

test('the program lists its 8 items as dash items', () => {
  const text = lines(seedConference());
  const start = text.indexOf('1. Chương trình Hội nghị') + 1;
  const items = text.slice(start, text.indexOf('2. Một số hoạt động trước và trong dịp tổ chức hội nghị'));
  assert.equal(items.length, 8);
  assert.equal(items[0], '- Tuyên bố lý do, giới thiệu đại biểu.');
  assert.equal(items[7], '- Tổng kết và bế mạc.');
});

test('section II states the form, the deadline, the shares and the maximum of delegates', () => {
  const doc = buildPlanDocument(seedConference());
  const text = documentPlainText(doc);
  assert.ok(text.includes('- Hình thức: Tổ chức “Hội nghị tuyên dương điển hình tiên tiến”.'));
  assert.ok(text.includes('- Thời gian tổ chức: Tổ chức trong 01 buổi, hoàn thành trước ngày 25/8/2025.'));
  assert.ok(text.includes('đại biểu điển hình tiên tiến khoảng 70%'));
  assert.ok(text.includes('đại biểu khách mời và lãnh đạo các cấp, các ngành khoảng 30%).'));
  assert.ok(text.includes('+ Số lượng: Tối đa 150 đại biểu.'));
  const time = doc.body.find((b) => b.kind === 'paragraph' && b.runs[0]?.text === 'Thời gian tổ chức: ');
  assert.ok(time?.kind === 'paragraph' && time.runs[1].bold === true, 'the time sentence is bold');
});

test('changing the maximum of delegates changes the text', () => {
  const text = documentPlainText(buildPlanDocument(seedConference({ maxDelegates: 120 })));
  assert.ok(text.includes('+ Số lượng: Tối đa 120 đại biểu.'));
  assert.ok(!text.includes('Tối đa 150 đại biểu'));
});

test('a fixed session adds its date, part and hours to the time sentence', () => {
  const base = seedConference();
  const text = documentPlainText(
    buildPlanDocument(seedConference({ session: { ...base.session, date: '2025-08-22' } })),
  );
  assert.ok(
    text.includes(
      'Tổ chức trong 01 buổi (buổi sáng ngày 22/8/2025, từ 07 giờ 30 đến 11 giờ 00), hoàn thành trước ngày 25/8/2025.',
    ),
  );
  assert.ok(text.includes('Bạch Long Vĩ, ngày 22 tháng 8 năm 2025'));
});

test('key contents join a leading paragraph to the heading as in the seed', () => {
  const text = lines(seedConference());
  assert.ok(
    text.includes(
      '3.1. Phạm vi: Hội nghị biểu dương điển hình tiên tiến của đặc khu sẽ tổng kết phong trào thi đua, thành tích chung của đặc khu.',
    ),
  );
  assert.ok(
    text.includes(
      '3.2. Thời kỳ đánh giá phong trào thi đua: tập trung đánh giá phong trào thi đua trong giai đoạn 2020 - 2025.',
    ),
  );
  assert.ok(
    text.some(
      (l) => l.startsWith('3.3. Báo cáo tổng kết') && l.includes('(2025 - 2030). Đây là nội dung quan trọng'),
    ),
  );
  assert.ok(text.includes('3.4. Về báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến'));
  assert.ok(text.some((l) => l.startsWith('3.5. Trong chương trình Hội nghị có thể tổ chức')));
  const blocks = keyContentBlocks({ code: '3.7', heading: '', blocks: [{ style: 'dash', text: 'Một ý.' }] });
  assert.equal(blocks.length, 2);
  assert.equal(nextKeyContentCode(['3.1', '3.5']), '3.6');
  assert.equal(nextKeyContentCode([]), '3.1');
});

test('3.6 prints the conference name, its second line and the place-date placeholder', () => {
  const text = lines(seedConference());
  const at = text.indexOf('3.6. Tên của Hội nghị như sau:');
  assert.deepEqual(text.slice(at + 1, at + 4), [
    'Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ',
    'Lần thứ I (2025 - 2030)',
    'Bạch Long Vĩ, ngày ... tháng ... năm 2025',
  ]);
});

test('section IV numbers the assignments and asks the Front rather than assigning', () => {
  const text = lines(seedConference());
  assert.ok(
    text.includes(
      '1. Phòng Văn hóa - Xã hội: Là đầu mối tham mưu, thường trực theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này. Tổng hợp, báo cáo kết quả tổ chức Hội nghị tuyên dương điển hình tiên tiến của đặc khu.',
    ),
  );
  assert.ok(text.includes('Tổng hợp dự toán kinh phí tổ chức Hội nghị điển hình tiên tiến.'));
  assert.ok(
    text.some((l) =>
      l.startsWith(
        '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội đặc khu: Phát huy',
      ),
    ),
  );
  assert.ok(text.some((l) => l.startsWith('5. Phòng Kinh tế: ')));
  assert.ok(text.some((l) => l.startsWith('Trong quá trình triển khai thực hiện') && l.endsWith('./.')));
});

test('the document closes with the recipients and the signature', () => {
  const doc = buildPlanDocument(seedConference());
  const text = lines(seedConference());
  assert.deepEqual(text.slice(text.indexOf('Nơi nhận:') + 1, text.indexOf('Nơi nhận:') + 3), [
    '- Ban TĐKT thành phố;',
    '- TT Đảng ủy đặc khu;',
  ]);
  assert.ok(text.includes('- Lưu: VT, VHXH.'));
  assert.deepEqual(doc.signature, {
    titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    signerName: 'Nguyễn Văn Hậu',
  });
  assert.equal(text.at(-1), 'Nguyễn Văn Hậu');
});

/** The styled runs of the first paragraph whose text contains `needle`. */
function runsOf(conference: Conference, needle: string) {
  const block = buildPlanDocument(conference).body.find(
    (b) =>
      b.kind === 'paragraph' &&
      b.runs
        .map((r) => r.text)
        .join('')
        .includes(needle),
  );
  assert.ok(block?.kind === 'paragraph', `no paragraph with "${needle}"`);
  return block.runs;
}

test('the two bracketed notes of III.3 print italic, brackets and the rest upright, as in the seed', () => {
  const conference = seedConference();
  const note = runsOf(conference, 'có thể xây dựng phóng sự');
  assert.deepEqual(
    note.filter((r) => r.italic).map((r) => r.text),
    ['có thể xây dựng phóng sự, video clip, hình ảnh để minh họa các nội dung báo cáo'],
  );
  assert.ok(note.at(-1)?.text === ').' && !note.at(-1)?.italic);
  assert.deepEqual(
    runsOf(conference, 'nếu có điều kiện')
      .filter((r) => r.italic)
      .map((r) => r.text),
    ['nếu có điều kiện'],
  );
  assert.ok(!documentPlainText(buildPlanDocument(conference)).includes('*'), 'no mark is printed');
});

test('section IV prints only the labels of IV.4 and IV.5 bold, never their duties', () => {
  const conference = seedConference();
  const boldOf = (needle: string) =>
    runsOf(conference, needle)
      .filter((r) => r.bold)
      .map((r) => r.text);
  assert.deepEqual(boldOf('1. Phòng Văn hóa - Xã hội:'), []);
  assert.deepEqual(boldOf('2. Văn phòng Ủy ban nhân dân đặc khu:'), []);
  assert.deepEqual(boldOf('3. Đề nghị Ủy ban Mặt trận'), []);
  assert.deepEqual(boldOf('4. Trung tâm sự nghiệp công:'), ['4. Trung tâm sự nghiệp công:']);
  assert.deepEqual(boldOf('5. Phòng Kinh tế:'), ['5. Phòng Kinh tế:']);
  assert.deepEqual(
    boldOf('Xây dựng Kế hoạch tuyên truyền năm 2025'),
    [],
    'a further duty of IV.4 is upright',
  );
});

test('a plan saved before emphasis existed prints as written: plain labels, a lone star kept', () => {
  const base = seedConference();
  const assignments = base.plan.assignments.map(({ labelBold: _, ...a }) => ({ ...a, labelBold: false }));
  const plain = seedConference({
    plan: { ...base.plan, assignments, closing: 'Hệ số 5 * 3 giữ nguyên./.' },
  });
  assert.deepEqual(
    runsOf(plain, '4. Trung tâm sự nghiệp công:').filter((r) => r.bold),
    [],
  );
  assert.ok(lines(plain).includes('Hệ số 5 * 3 giữ nguyên./.'));
});
