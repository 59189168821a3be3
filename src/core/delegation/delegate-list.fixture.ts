/** Test factory: an approved list of 150 delegates (105 exemplary, 25 guests, 20 leaders) of the seed conference. */

import type { DelegateCandidate, DelegateCategory, DelegateList } from './types.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Đào',
  'Giang',
  'Hà',
  'Hậu',
  'Khánh',
  'Lan',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
  'Quang',
];
const FIELDS = ['nong-nghiep-thuy-san', 'giao-duc', 'y-te', 'quoc-phong', 'an-ninh', 'khac'];
const ACHIEVEMENTS =
  'Hoàn thành xuất sắc nhiệm vụ nhiều năm liền; chủ động đổi mới cách làm, đưa tàu cá vươn khơi bám biển, ' +
  'góp phần giữ vững chủ quyền biển đảo; tích cực tham gia cứu hộ, cứu nạn ngư dân trong mùa mưa bão; ' +
  'vận động bà con xây dựng nông thôn mới và giúp đỡ nhiều hộ nghèo vươn lên thoát nghèo bền vững.';

/** The delegate at position i (0-based): the same list every time. */
export function fixtureDelegate(i: number, category: DelegateCategory): DelegateCandidate {
  return {
    id: `d${String(i + 1).padStart(3, '0')}`,
    source: category === 'dien_hinh' ? 'nomination' : 'guest',
    category,
    kind: 'individual',
    // Given name and family name together differ for every one of the first 150.
    name: `${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${MIDDLE[(i * 5) % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
    // 46 women of 150: 30,7%.
    gender: i % 10 < 3 || i === 149 ? 'nu' : 'nam',
    birthYear: 1960 + (i % 40),
    // Every 25th is Tày (02): 6 ethnic minority delegates.
    ethnicCode: i % 25 === 0 ? '02' : '01',
    position:
      category === 'dien_hinh' ? `Ngư dân, Tổ đoàn kết số ${(i % 12) + 1}` : 'Phó Chủ tịch UBND đặc khu',
    nominatingUnitId: 'unit-bach-long-vi',
    nominatingUnitName: 'Đặc khu Bạch Long Vĩ',
    formerUnitName: i % 2 === 0 ? 'Huyện Bạch Long Vĩ' : 'Xã Bạch Long Vĩ',
    fieldCode: FIELDS[i % FIELDS.length],
    sectorCode: null,
    directWorker: category === 'dien_hinh' && i % 2 === 0,
    priorityAreas: [],
    achievements: category === 'dien_hinh' ? ACHIEVEMENTS : '',
    awards: i % 3 === 0 ? 'Bằng khen của Chủ tịch UBND thành phố' : 'Giấy khen',
    score: 50 - (i % 30),
    scoreParts: [],
  };
}

/** A list of `size` delegates: 70% exemplary, then guests and leaders (default 150: 105 / 25 / 20). */
export function fixtureDelegateList(size = 150): DelegateList {
  const exemplary = Math.round(size * 0.7);
  const guests = Math.round(size * (25 / 150));
  const delegates = Array.from({ length: size }, (_, i) =>
    fixtureDelegate(i, i < exemplary ? 'dien_hinh' : i < exemplary + guests ? 'khach_moi' : 'lanh_dao'),
  );
  return {
    conferenceId: 'conference-seed',
    number: 2,
    approvedAt: '2025-08-20T03:00:00.000Z',
    approvedBy: 'user-1',
    approvedByName: 'Trần Thị Lan',
    note: '',
    seats: size,
    rules: [],
    objective: delegates.reduce((s, d) => s + d.score, 0),
    delegates,
    evaluation: [],
  };
}
