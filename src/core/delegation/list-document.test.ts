import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentPlainText } from '../documents/model.ts';
import { seedPlanConference } from '../documents/seed-plan.fixture.ts';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import { compareByGivenName } from '../vietnamese/collate.ts';
import { fixtureDelegate, fixtureDelegateList } from './delegate-list.fixture.ts';
import { referenceValueLabeler } from './labels.ts';
import {
  buildDelegateListDocument,
  DELEGATE_LIST_COLUMNS,
  delegateListGroups,
  delegateListSummary,
  shortAchievements,
} from './list-document.ts';

const labelValue = referenceValueLabeler(DEFAULT_REFERENCE_LISTS);
const conference = seedPlanConference();

describe('delegateListGroups', () => {
  it('groups by category in the order of the plan, by given name inside, numbered on across groups', () => {
    const groups = delegateListGroups(fixtureDelegateList(), labelValue);
    assert.deepEqual(
      groups.map((g) => [g.numeral, g.label, g.rows.length]),
      [
        ['I', 'Điển hình tiên tiến', 105],
        ['II', 'Khách mời', 25],
        ['III', 'Lãnh đạo các cấp, các ngành', 20],
      ],
    );
    const stt = groups.flatMap((g) => g.rows.map((r) => Number(r[0])));
    assert.deepEqual(
      stt,
      Array.from({ length: 150 }, (_, i) => i + 1),
    );
    for (const g of groups) {
      const names = g.rows.map((r) => r[1]);
      for (let i = 1; i < names.length; i++) assert.ok(compareByGivenName(names[i - 1], names[i]) <= 0);
    }
  });

  it('writes each column in words, leaving unknown values blank', () => {
    const d = { ...fixtureDelegate(0, 'dien_hinh'), ethnicCode: '02', fieldCode: 'y-te' };
    const blank = {
      ...fixtureDelegate(1, 'khach_moi'),
      gender: null,
      birthYear: null,
      ethnicCode: null,
      fieldCode: null,
    };
    const list = { ...fixtureDelegateList(2), delegates: [d, blank] };
    const [first, second] = delegateListGroups(list, labelValue);
    assert.equal(first.rows[0].length, DELEGATE_LIST_COLUMNS.length);
    assert.deepEqual(first.rows[0].slice(0, 10), [
      '1',
      d.name,
      '1960',
      'Nữ',
      'Tày',
      'Ngư dân, Tổ đoàn kết số 1',
      'Điển hình tiên tiến',
      'Y tế',
      'Có',
      'Huyện Bạch Long Vĩ',
    ]);
    assert.deepEqual(second.rows[0].slice(2, 5), ['', '', '']);
    assert.equal(second.rows[0][7], '');
  });
});

describe('delegateListSummary', () => {
  it('counts categories, women, minorities and direct workers with one-decimal shares', () => {
    assert.deepEqual(
      delegateListSummary(fixtureDelegateList()).map((r) => `${r.label}: ${r.count} (${r.share})`),
      [
        'Tổng số đại biểu: 150 (100,0%)',
        'Điển hình tiên tiến: 105 (70,0%)',
        'Khách mời: 25 (16,7%)',
        'Lãnh đạo các cấp, các ngành: 20 (13,3%)',
        'Nữ: 46 (30,7%)',
        'Dân tộc thiểu số: 6 (4,0%)',
        'Trực tiếp lao động, sản xuất: 53 (35,3%)',
      ],
    );
  });

  it('gives 0,0% for an empty list rather than failing', () => {
    const summary = delegateListSummary({ ...fixtureDelegateList(1), delegates: [] });
    assert.equal(summary[0].share, '0,0%');
  });
});

describe('shortAchievements', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    assert.equal(shortAchievements('  Hoàn thành   tốt  '), 'Hoàn thành tốt');
    const long = 'Hoàn thành xuất sắc nhiệm vụ '.repeat(20);
    const cut = shortAchievements(long);
    assert.ok(cut.length <= 201, `${cut.length}`);
    assert.ok(cut.endsWith('…'), cut);
    const kept = cut.slice(0, -1);
    assert.ok(long.startsWith(kept) && long[kept.length] === ' ', 'cut inside a word');
  });
});

describe('buildDelegateListDocument', () => {
  const doc = buildDelegateListDocument({ conference, list: fixtureDelegateList(), labelValue });
  const text = documentPlainText(doc);

  it('has the plan header, the title naming the conference, and a landscape page', () => {
    assert.equal(doc.orientation, 'landscape');
    assert.equal(doc.typeName, 'DANH SÁCH ĐẠI BIỂU');
    assert.equal(
      doc.subject,
      'Dự Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ lần thứ I (2025 - 2030)',
    );
    assert.equal(doc.header.issuingBody, 'ĐẶC KHU BẠCH LONG VĨ');
    // A list has no type code of its own in Nghị định 30: no "Số: …/DS-…" line.
    assert.equal(doc.header.numberLine, '');
    assert.doesNotMatch(text, /DS-UBND/);
    // The day the list was approved, from the record (20/8/2025 10:00 in Vietnam).
    assert.equal(doc.header.placeDateLine, 'Bạch Long Vĩ, ngày 20 tháng 8 năm 2025');
    assert.deepEqual(doc.signature.titleLines, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    assert.match(text, /Danh sách lần 2; tổng số 150 đại biểu/);
  });

  it('takes its date from the approval whatever the year', () => {
    const later = buildDelegateListDocument({
      conference,
      list: { ...fixtureDelegateList(), approvedAt: '2024-12-31T18:30:00.000Z' },
      labelValue,
    });
    // 1:30 on 1/1/2025 in Vietnam.
    assert.equal(later.header.placeDateLine, 'Bạch Long Vĩ, ngày 01 tháng 01 năm 2025');
  });

  it('lists group rows and every delegate, then ends with the summary', () => {
    const [table] = doc.body.filter((b) => b.kind === 'table');
    assert.ok(table.kind === 'table');
    assert.equal(table.rows.length, 150 + 3);
    assert.deepEqual(
      table.header.map((c) => c.runs[0].text),
      DELEGATE_LIST_COLUMNS.map((c) => c.header),
    );
    assert.match(text, /I\tĐIỂN HÌNH TIÊN TIẾN \(105 người\)/);
    assert.match(text, /III\tLÃNH ĐẠO CÁC CẤP, CÁC NGÀNH \(20 người\)/);
    const last = doc.body.at(-1);
    assert.ok(last?.kind === 'table');
    assert.match(text, /Điển hình tiên tiến\t105\t70,0%/);
  });
});

describe('a collective delegate and its representative', () => {
  const tram = {
    ...fixtureDelegate(0, 'dien_hinh'),
    id: 'tram',
    kind: 'collective' as const,
    name: 'Trạm Y tế đặc khu',
    gender: null,
    birthYear: null,
    ethnicCode: null,
    representative: { name: 'Nguyễn Thị Mai', gender: 'nu' as const, birthYear: 1984, ethnicCode: '03' },
  };
  const list = { ...fixtureDelegateList(3), delegates: [tram, fixtureDelegate(5, 'dien_hinh')] };

  it('shows the representative and the collective, with the representative as the person', () => {
    const [group] = delegateListGroups(list, labelValue);
    const row = group.rows[0];
    assert.equal(row[1], 'Nguyễn Thị Mai — đại diện Trạm Y tế đặc khu');
    assert.deepEqual(row.slice(2, 5), ['1984', 'Nữ', 'Thái']);
  });

  it('counts the representative among the women and the ethnic minorities', () => {
    const summary = delegateListSummary(list);
    const count = (label: string) => summary.find((s) => s.label === label)?.count;
    // fixtureDelegate(5) is a Kinh man: the one woman and the one minority are the representative.
    assert.equal(fixtureDelegate(5, 'dien_hinh').gender, 'nam');
    assert.equal(count('Nữ'), 1);
    assert.equal(count('Dân tộc thiểu số'), 1);
  });

  it('a collective that named nobody is listed alone, counted as no woman and no minority', () => {
    const alone = { ...list, delegates: [{ ...tram, representative: null }] };
    const [group] = delegateListGroups(alone, labelValue);
    assert.deepEqual(group.rows[0].slice(1, 5), ['Trạm Y tế đặc khu', '', '', '']);
    assert.equal(delegateListSummary(alone).find((s) => s.label === 'Nữ')?.count, 0);
  });
});

describe('leaders and guests in protocol order', () => {
  const leader = (id: string, name: string, position: string) => ({
    ...fixtureDelegate(0, 'lanh_dao'),
    id,
    name,
    position,
  });
  const list = {
    ...fixtureDelegateList(3),
    delegates: [
      leader('a', 'Nguyễn Văn An', 'Phó Chủ tịch Ủy ban nhân dân đặc khu'),
      leader('b', 'Trần Văn Bình', 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu'),
      leader('c', 'Lê Văn Thành', 'Bí thư Đảng ủy đặc khu'),
      leader('d', 'Đào Quang Minh', 'Chủ tịch Ủy ban nhân dân đặc khu'),
      leader('e', 'Phạm Thị Hương', 'Phó Bí thư Thường trực Đảng ủy đặc khu'),
      leader('f', 'Vũ Thị Ánh', 'Phó Chủ tịch Ủy ban nhân dân đặc khu'),
      leader('g', 'Phan Thị Nhung', 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu'),
      leader('h', 'Hà Văn Cường', 'Chuyên viên'),
    ],
  };

  it('puts the Bí thư first, then by rank of position, then by given name', () => {
    const [group] = delegateListGroups(list, labelValue);
    assert.deepEqual(
      group.rows.map((r) => r[1]),
      [
        'Lê Văn Thành',
        'Phạm Thị Hương',
        'Đào Quang Minh',
        'Trần Văn Bình',
        // Two Phó Chủ tịch: An before Ánh (given name, Vietnamese collation).
        'Nguyễn Văn An',
        'Vũ Thị Ánh',
        // Bí thư Đoàn is the head of a mass organisation, not the Party secretary.
        'Phan Thị Nhung',
        // A position no rank knows comes last.
        'Hà Văn Cường',
      ],
    );
  });
});
