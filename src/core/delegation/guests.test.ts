import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import type { ReferenceLists } from '../reference/types.ts';
import { assertGuestValid, type GuestRules, guestProblems, normaliseGuest } from './guests.ts';
import type { GuestInput } from './types.ts';

const guest = (over: Partial<GuestInput> = {}): GuestInput => ({
  category: 'khach_moi',
  name: 'Nguyễn Văn An',
  gender: 'nam',
  birthYear: 1975,
  ethnicCode: null,
  position: 'Bí thư Đảng ủy đặc khu',
  nominatingUnitId: null,
  formerUnitName: '',
  fieldCode: null,
  sectorCode: null,
  directWorker: false,
  priorityAreas: [],
  achievements: '',
  ...over,
});

const rules = (over: Partial<GuestRules> = {}): GuestRules => ({
  lists: DEFAULT_REFERENCE_LISTS,
  units: [
    { id: 'blv', fullName: 'Đặc khu Bạch Long Vĩ', isFormer: false },
    { id: 'old', fullName: 'Huyện Bạch Long Vĩ', isFormer: true },
  ],
  today: '2025-08-15',
  ...over,
});

const messages = (input: GuestInput, r = rules()) => guestProblems(input, r).map((p) => p.message);

describe('guestProblems', () => {
  test('a complete guest inside the territory has no problem', () => {
    assert.deepEqual(messages(guest({ nominatingUnitId: 'blv' })), []);
  });

  test('a name of one letter is refused', () => {
    assert.deepEqual(messages(guest({ name: ' A ' })), ['Họ và tên: cần ít nhất 2 ký tự']);
  });

  test('the age is counted from today: 16 to 100 years', () => {
    assert.deepEqual(messages(guest({ birthYear: 2009 })), []);
    assert.deepEqual(messages(guest({ birthYear: 1925 })), []);
    assert.deepEqual(messages(guest({ birthYear: 2010 })), [
      'Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009',
    ]);
    assert.equal(messages(guest({ birthYear: 2010 }), rules({ today: '2026-01-01' })).length, 0);
  });

  test('codes must be in the lists and still in use; a priority area once', () => {
    const lists: ReferenceLists = {
      ...DEFAULT_REFERENCE_LISTS,
      field: [{ code: 'y-te', label: 'Y tế', aliases: [], active: false, sortOrder: 0 }],
    };
    const priority = DEFAULT_REFERENCE_LISTS.priority[0]?.code ?? '';
    assert.deepEqual(
      messages(
        guest({ ethnicCode: 'xx', fieldCode: 'y-te', priorityAreas: [priority, priority] }),
        rules({ lists }),
      ),
      [
        'Dân tộc: mã "xx" không có trong danh mục',
        'Lĩnh vực: "Y tế" đã ngừng sử dụng trong danh mục, hãy chọn mục khác',
        `Lĩnh vực ưu tiên: "${priority}" được ghi hai lần`,
      ],
    );
  });

  test('the nominating unit is a current unit of the territory', () => {
    assert.deepEqual(messages(guest({ nominatingUnitId: 'elsewhere' })), [
      'Đơn vị đề cử: không thuộc địa bàn của hội nghị',
    ]);
    assert.deepEqual(messages(guest({ nominatingUnitId: 'old' })), [
      'Đơn vị đề cử: "Huyện Bạch Long Vĩ" là đơn vị trước sắp xếp, hãy chọn đơn vị hiện nay',
    ]);
  });
});

describe('assertGuestValid and normaliseGuest', () => {
  test('every problem in one VALIDATION error; nothing thrown without problems', () => {
    assertGuestValid([]);
    assert.throws(
      () => assertGuestValid(guestProblems(guest({ name: 'A', nominatingUnitId: 'x' }), rules())),
      (error: Error) =>
        error instanceof DomainError &&
        error.code === 'VALIDATION' &&
        error.message ===
          'Thông tin đại biểu chưa hợp lệ: Họ và tên: cần ít nhất 2 ký tự; Đơn vị đề cử: không thuộc địa bàn của hội nghị',
    );
  });

  test('a name is written with single spaces', () => {
    assert.equal(normaliseGuest(guest({ name: '  Nguyễn   Văn\tAn ' })).name, 'Nguyễn Văn An');
  });
});
