import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { FIXTURE_ISSUER, fixtureGiayKhen, fixtureProposal } from './award.fixture.ts';
import { buildCouncilMinutesDocument, personName, thresholdPhrase } from './council-minutes-document.ts';
import { blockText, documentPlainText } from './model.ts';

const form = fixtureGiayKhen();
const minutes = (proposal = fixtureProposal({ collectives: 2, individuals: 3 })) =>
  buildCouncilMinutesDocument({ proposal, form, issuer: FIXTURE_ISSUER });

test('the header names the council under the people’s committee; the number is left for the hand', () => {
  const doc = minutes();
  assert.equal(doc.header.parentBody, 'ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ');
  assert.equal(doc.header.issuingBody, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
  assert.equal(doc.header.numberLine, 'Số:      /BB-HĐTĐKT');
  assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 18 tháng 8 năm 2025');
  assert.equal(doc.typeName, 'BIÊN BẢN');
  assert.equal(
    doc.subject,
    'Họp Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ xét đề nghị tặng Giấy khen giai đoạn 2020 - 2025',
  );
});

test('time, place, chair, secretary and the members present and voting in writing', () => {
  const text = documentPlainText(minutes());
  assert.ok(
    text.includes(
      'Hôm nay, vào hồi      giờ      phút, ngày 18 tháng 8 năm 2025, tại Hội trường Ủy ban nhân dân đặc khu Bạch Long Vĩ,',
    ),
  );
  assert.ok(
    text.includes('- Chủ trì: Nguyễn Văn Hậu, Phó Chủ tịch Ủy ban nhân dân đặc khu, Chủ tịch Hội đồng.'),
  );
  assert.ok(text.includes('- Thư ký: Nguyễn Thị Lệ, Trưởng Phòng Văn hóa - Xã hội, Thư ký Hội đồng.'));
  assert.ok(
    text.includes(
      '- Thành viên Hội đồng: tổng số 09 người; có mặt 07 người; vắng mặt 02 người, trong đó 02 người gửi phiếu bằng văn bản.',
    ),
  );
  assert.ok(
    text.includes(
      'Tiêu chuẩn: được đề nghị khen thưởng khi có số phiếu đồng ý trên 50% tổng số thành viên Hội đồng.',
    ),
  );
  assert.ok(text.includes('Cuộc họp kết thúc vào hồi      giờ      phút cùng ngày.'));
});

test('the council reviews the Tờ trình: it names its number, date and who proposed; the period is the proposal’s', () => {
  const text = documentPlainText(minutes());
  assert.ok(
    text.includes(
      'Hội đồng nghe Thường trực Hội đồng trình bày Tờ trình số 15/TTr-HĐTĐKT ngày 15/8/2025 đề nghị tặng Giấy khen cho 02 tập thể và 03 cá nhân; thảo luận, xem xét thành tích và biểu quyết bằng phiếu kín.',
    ),
  );
  assert.ok(
    text.includes(
      'họp xét đề nghị tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025.',
    ),
  );
  const byDepartment = fixtureProposal(
    { collectives: 1, individuals: 1 },
    {
      proposer: {
        kind: 'department',
        name: 'Phòng Văn hóa - Xã hội',
        code: 'VHXH',
        signerTitle: 'TRƯỞNG PHÒNG',
        signerName: 'Nguyễn Thị Lệ',
      },
      submissionNumber: '07',
    },
  );
  assert.ok(
    documentPlainText(minutes(byDepartment)).includes(
      'Hội đồng nghe đại diện Phòng Văn hóa - Xã hội trình bày Tờ trình số 07/TTr-VHXH ngày 15/8/2025 đề nghị tặng',
    ),
  );
});

test('each item has its votes in favour, its share of the members and its result', () => {
  const doc = minutes();
  const table = doc.body.find((b) => b.kind === 'table');
  assert.ok(table);
  const rows = blockText(table)
    .split('\n')
    .map((r) => r.split('\t'));
  assert.deepEqual(rows[0], ['STT', 'Họ và tên', 'Chức vụ - đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ', 'Kết quả']);
  const byName = new Map(rows.map((r) => [r[1], r.slice(3)]));
  assert.deepEqual(byName.get('Tổ đoàn kết trên biển số 1'), ['9/9', '100,0%', 'Đạt']);
  assert.deepEqual(byName.get('Tổ đoàn kết trên biển số 2'), ['8/9', '88,9%', 'Đạt']);
  assert.deepEqual(byName.get('Lê Minh Cường'), ['4/9', '44,4%', 'Không đạt']);
});

test('the conclusion names the items that passed and those that did not', () => {
  const text = documentPlainText(minutes());
  assert.ok(
    text.includes(
      'Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ tặng Giấy khen cho 02 tập thể và 02 cá nhân có số phiếu đồng ý đạt tiêu chuẩn, gồm:',
    ),
  );
  assert.ok(text.includes('- Tập thể (02): Tổ đoàn kết trên biển số 1; Tổ đoàn kết trên biển số 2.'));
  assert.ok(text.includes('- Cá nhân (02): Nguyễn Văn An; Trần Thu Hà.'));
  assert.ok(text.includes('Không đề nghị khen thưởng 01 cá nhân chưa đạt số phiếu đồng ý: Lê Minh Cường.'));
});

test('the secretary signs on the left and the council’s chairman on the right', () => {
  const doc = minutes();
  assert.deepEqual(doc.leftSignature, { titleLines: ['THƯ KÝ'], signerName: 'Nguyễn Thị Lệ' });
  assert.deepEqual(doc.signature, { titleLines: ['CHỦ TỊCH HỘI ĐỒNG'], signerName: 'Nguyễn Văn Hậu' });
  assert.deepEqual(doc.recipients, []);
});

test('no meeting recorded yet: no minutes', () => {
  assert.throws(
    () => minutes(fixtureProposal({}, { council: null })),
    (e: unknown) => e instanceof DomainError && /Chưa ghi kết quả họp Hội đồng/.test(e.message),
  );
});

test('thresholds and names as the minutes write them', () => {
  assert.equal(
    thresholdPhrase({ share: 0.5, strict: true, base: 'members' }),
    'trên 50% tổng số thành viên Hội đồng',
  );
  assert.equal(
    thresholdPhrase({ share: 0.9, strict: false, base: 'members' }),
    'từ 90% tổng số thành viên Hội đồng trở lên',
  );
  assert.equal(
    thresholdPhrase({ share: 2 / 3, strict: false, base: 'present' }),
    'từ 66,7% số thành viên dự họp trở lên',
  );
  assert.equal(personName('Nguyễn Văn Hậu, Phó Chủ tịch'), 'Nguyễn Văn Hậu');
  assert.equal(personName('Nguyễn Thị Lệ - Trưởng phòng'), 'Nguyễn Thị Lệ');
  assert.equal(personName('Nguyễn Thị Lệ (Thư ký)'), 'Nguyễn Thị Lệ');
});
