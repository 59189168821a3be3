import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import type { ReferenceLists } from '../reference/types.ts';
import { collectiveInput, individualInput } from './nomination.fixture.ts';
import {
  councilPasses,
  formatShare,
  formatThreshold,
  meetsThreshold,
  shareAsFraction,
  submissionProblems,
  validateCouncilVote,
  validateNomination,
  voteShare,
} from './rules.ts';
import { DEFAULT_NOMINATION_SETTINGS, type NominationInput, type VoteThreshold } from './types.ts';

const ctx = { today: '2025-08-20', lists: DEFAULT_REFERENCE_LISTS };
const vote = (present: number, inFavour: number, meetingDate = '2025-08-01') => ({
  meetingDate,
  present,
  inFavour,
  minutesFileId: null,
});

describe('voteShare and formatShare', () => {
  const cases: Array<[number, number, number, string]> = [
    [2, 3, 2 / 3, '66,7%'],
    [5, 10, 0.5, '50,0%'],
    [10, 10, 1, '100,0%'],
    [0, 7, 0, '0,0%'],
    [1, 8, 0.125, '12,5%'],
    [3, 0, 0, '0,0%'],
    [12, 10, 1, '100,0%'],
  ];
  for (const [inFavour, base, share, text] of cases)
    it(`${inFavour}/${base} → ${text}`, () => {
      assert.equal(voteShare(inFavour, base), share);
      assert.equal(formatShare(voteShare(inFavour, base)), text);
    });
});

describe('shareAsFraction', () => {
  const cases: Array<[number, number, number]> = [
    [0.5, 1, 2],
    [2 / 3, 2, 3],
    [0.6666666666666666, 2, 3],
    [0.75, 3, 4],
    [0.6, 3, 5],
    [1, 1, 1],
    [0, 0, 1],
    [0.65, 13, 20],
  ];
  for (const [share, p, q] of cases)
    it(`${share} → ${p}/${q}`, () =>
      assert.deepEqual(shareAsFraction(share), { numerator: p, denominator: q }));

  it('refuses a share outside 0..1', () => {
    assert.throws(() => shareAsFraction(1.5), RangeError);
    assert.throws(() => shareAsFraction(Number.NaN), RangeError);
  });
});

describe('meetsThreshold', () => {
  const half: VoteThreshold = { share: 0.5, strict: true };
  const twoThirds: VoteThreshold = { share: 2 / 3, strict: false };
  const cases: Array<[number, number, VoteThreshold, boolean]> = [
    [5, 10, half, false],
    [6, 10, half, true],
    [5, 10, { share: 0.5, strict: false }, true],
    [4, 7, half, true],
    [3, 7, half, false],
    [2, 3, twoThirds, true],
    [1, 3, twoThirds, false],
    [66, 100, twoThirds, false],
    [67, 100, twoThirds, true],
    [200, 300, twoThirds, true],
    [199, 300, twoThirds, false],
    [0, 0, { share: 0, strict: false }, false],
    [0, 5, { share: 0, strict: false }, true],
    [10, 10, { share: 1, strict: false }, true],
    [10, 10, { share: 1, strict: true }, false],
  ];
  for (const [inFavour, base, t, expected] of cases)
    it(`${inFavour}/${base} ${t.strict ? '>' : '≥'} ${t.share.toFixed(3)} → ${expected}`, () =>
      assert.equal(meetsThreshold(inFavour, base, t), expected));
});

describe('formatThreshold', () => {
  it('writes percents when whole and fractions otherwise', () => {
    assert.equal(formatThreshold({ share: 0.5, strict: true }), 'trên 50%');
    assert.equal(formatThreshold({ share: 2 / 3, strict: false }), 'từ 2/3');
    assert.equal(formatThreshold({ share: 0.75, strict: false }), 'từ 75%');
  });
});

describe('councilPasses', () => {
  const council = { meetingDate: '2025-08-19', members: 9, present: 7, inFavour: 4 };
  it('counts against all members by default: 4 of 9 is not more than half', () =>
    assert.equal(councilPasses(council, DEFAULT_NOMINATION_SETTINGS.council), false));
  it('counts against those present when configured: 4 of 7 is more than half', () =>
    assert.equal(councilPasses(council, { share: 0.5, strict: true, base: 'present' }), true));
  it('passes 5 of 9 members', () =>
    assert.equal(councilPasses({ ...council, inFavour: 5 }, DEFAULT_NOMINATION_SETTINGS.council), true));
});

function messages(
  input: NominationInput,
  lists: ReferenceLists = DEFAULT_REFERENCE_LISTS,
  today = ctx.today,
) {
  return validateNomination(input, { today, lists }).map((p) => `${p.path} | ${p.message}`);
}

describe('validateNomination', () => {
  it('accepts the valid individual and collective of the fixtures', () => {
    assert.deepEqual(messages(individualInput()), []);
    assert.deepEqual(messages(collectiveInput()), []);
  });

  const cases: Array<[string, NominationInput, string[]]> = [
    [
      'more votes in favour than people present',
      individualInput({ vote: vote(12, 13) }),
      ['vote.inFavour | Số phiếu đồng ý: không được lớn hơn số người dự họp (12)'],
    ],
    [
      'a meeting after the submission date',
      individualInput({ vote: vote(12, 10, '2025-08-21') }),
      ['vote.meetingDate | Ngày bình xét: không được sau ngày gửi (20/08/2025)'],
    ],
    [
      'a meeting before 2020',
      individualInput({ vote: vote(12, 10, '2019-12-31') }),
      ['vote.meetingDate | Ngày bình xét: không được trước ngày 01/01/2020'],
    ],
    [
      'an impossible meeting date and nobody present',
      individualInput({ vote: vote(0, 0, '2025-02-30') }),
      [
        'vote.meetingDate | Ngày bình xét: không phải ngày hợp lệ',
        'vote.present | Số người dự họp: phải từ 1 trở lên',
      ],
    ],
    [
      'an individual without gender, birth year or ethnic group',
      individualInput({ gender: null, birthYear: null, ethnicCode: null }),
      [
        'gender | Giới tính: chưa chọn Nam hoặc Nữ',
        'birthYear | Năm sinh: không được để trống',
        'ethnicCode | Dân tộc: không được để trống',
      ],
    ],
    [
      'an individual aged 15',
      individualInput({ birthYear: 2010 }),
      ['birthYear | Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009'],
    ],
    [
      'an individual aged 101',
      individualInput({ birthYear: 1924 }),
      ['birthYear | Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009'],
    ],
    [
      'an unknown ethnic code',
      individualInput({ ethnicCode: '99' }),
      ['ethnicCode | Dân tộc: mã "99" không có trong danh mục'],
    ],
    [
      'an individual with collective fields',
      individualInput({ memberCount: 5, representativeName: 'Lê Văn A' }),
      [
        'memberCount | Số thành viên: chỉ ghi cho tập thể; cá nhân để trống',
        'representativeName | Người đại diện: chỉ ghi cho tập thể; cá nhân để trống',
      ],
    ],
    [
      'a collective with personal fields (no member count is fine until it is sent)',
      collectiveInput({ gender: 'nu', birthYear: 1990, ethnicCode: '01', memberCount: null }),
      [
        'gender | Giới tính: chỉ ghi cho cá nhân; tập thể để trống',
        'birthYear | Năm sinh: chỉ ghi cho cá nhân; tập thể để trống',
        'ethnicCode | Dân tộc: chỉ ghi cho cá nhân; tập thể để trống',
      ],
    ],
    [
      'a collective with no name',
      collectiveInput({ name: '  ' }),
      ['name | Tên tập thể: không được để trống'],
    ],
    [
      'unknown field, sector and priority codes, and a repeated priority',
      individualInput({
        fieldCode: 'x',
        sectorCode: 'y',
        priorityAreas: ['kinh-te-xa-hoi', 'kinh-te-xa-hoi', 'z'],
      }),
      [
        'fieldCode | Lĩnh vực: mã "x" không có trong danh mục',
        'sectorCode | Thành phần kinh tế: mã "y" không có trong danh mục',
        'priorityAreas | Lĩnh vực ưu tiên: "kinh-te-xa-hoi" được ghi hai lần',
        'priorityAreas | Lĩnh vực ưu tiên: mã "z" không có trong danh mục',
      ],
    ],
    [
      'a malformed CCCD and phone',
      individualInput({ citizenId: '12345', phone: '912345678' }),
      [
        'citizenId | Số CCCD: phải gồm đúng 12 chữ số',
        'phone | Số điện thoại: phải là số điện thoại Việt Nam, ví dụ 0912345678',
      ],
    ],
    [
      'no field and no sector yet (allowed in a draft)',
      individualInput({ fieldCode: null, sectorCode: null }),
      [],
    ],
    ['no grassroots vote yet (allowed in a draft)', individualInput({ vote: null }), []],
    ['votes exactly equal to those present', individualInput({ vote: vote(12, 12, '2025-08-20') }), []],
  ];
  for (const [what, input, expected] of cases)
    it(`reports ${what}`, () => assert.deepEqual(messages(input), expected));

  it('refuses a code the administrator has deactivated', () => {
    const lists: ReferenceLists = {
      ...DEFAULT_REFERENCE_LISTS,
      field: DEFAULT_REFERENCE_LISTS.field.map((f) => (f.code === 'khac' ? { ...f, active: false } : f)),
    };
    assert.deepEqual(messages(individualInput({ fieldCode: 'khac' }), lists), [
      'fieldCode | Lĩnh vực: "Khác" đã ngừng sử dụng trong danh mục, hãy chọn mục khác',
    ]);
  });

  it('measures age in the year of `today`', () => {
    assert.deepEqual(
      messages(individualInput({ birthYear: 2010 }), DEFAULT_REFERENCE_LISTS, '2026-01-01'),
      [],
    );
  });
});

describe('submissionProblems', () => {
  const submit = (input: NominationInput, settings = DEFAULT_NOMINATION_SETTINGS) =>
    submissionProblems(input, settings, '2025-08-20').map((p) => `${p.path} | ${p.message}`);

  it('lets a nomination with a passing vote through', () => assert.deepEqual(submit(individualInput()), []));

  it('blocks a vote of exactly half', () =>
    assert.deepEqual(submit(individualInput({ vote: vote(10, 5) })), [
      'vote | Kết quả bình xét: 5/10 phiếu đồng ý (50,0%) chưa đạt ngưỡng trên 50% số người dự họp',
    ]));

  it('uses the conference threshold: 2 of 3 reaches "at least 2/3", 7 of 11 does not', () => {
    const settings = { ...DEFAULT_NOMINATION_SETTINGS, grassroots: { share: 2 / 3, strict: false } };
    assert.deepEqual(submit(individualInput({ vote: vote(3, 2) }), settings), []);
    assert.deepEqual(submit(individualInput({ vote: vote(11, 7) }), settings), [
      'vote | Kết quả bình xét: 7/11 phiếu đồng ý (63,6%) chưa đạt ngưỡng từ 2/3 số người dự họp trở lên',
    ]);
  });

  it('blocks a nomination without a vote, field, sector or achievements', () =>
    assert.deepEqual(
      submit(individualInput({ vote: null, fieldCode: null, sectorCode: null, achievements: ' ' })),
      [
        'vote | Kết quả bình xét: chưa có kết quả bình xét ở cơ sở (ngày họp, số người dự, số phiếu đồng ý)',
        'fieldCode | Lĩnh vực: cần chọn trước khi gửi',
        'sectorCode | Thành phần kinh tế: cần chọn trước khi gửi',
        'achievements | Thành tích tiêu biểu: cần ghi trước khi gửi',
      ],
    ));

  it('blocks a collective without its member count, which the spreadsheet cannot carry', () =>
    assert.deepEqual(submit(collectiveInput({ memberCount: null })), [
      'memberCount | Số thành viên: cần ghi số thành viên của tập thể trước khi gửi',
    ]));

  it('reports an impossible vote instead of a share above 100%', () =>
    assert.deepEqual(submit(individualInput({ vote: vote(10, 11) })), [
      'vote.inFavour | Số phiếu đồng ý: không được lớn hơn số người dự họp (10)',
    ]));

  it('blocks a meeting held after the submission date', () =>
    assert.deepEqual(submit(individualInput({ vote: vote(10, 9, '2025-08-25') })), [
      'vote.meetingDate | Ngày bình xét: không được sau ngày gửi (20/08/2025)',
    ]));
});

describe('validateCouncilVote', () => {
  const check = (members: number, present: number, inFavour: number, meetingDate = '2025-08-19') =>
    validateCouncilVote({ meetingDate, members, present, inFavour }, '2025-08-20').map((p) => p.message);

  it('accepts consistent counts', () => assert.deepEqual(check(9, 9, 9), []));
  it('refuses more present than members', () =>
    assert.deepEqual(check(9, 10, 5), [
      'Số thành viên Hội đồng dự họp: không được lớn hơn tổng số thành viên Hội đồng (9)',
    ]));
  it('refuses more in favour than present', () =>
    assert.deepEqual(check(9, 7, 8), [
      'Số phiếu đồng ý của Hội đồng: không được lớn hơn số thành viên dự họp (7)',
    ]));
  it('refuses a meeting in the future', () =>
    assert.deepEqual(check(9, 7, 5, '2025-08-21'), [
      'Ngày họp Hội đồng: không được sau hôm nay (20/08/2025)',
    ]));
});
