import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SCORE_WEIGHTS, highestAwardLevel, scoreCandidate } from './score.ts';

describe('highestAwardLevel', () => {
  it('reads the highest award from free text, ignoring marks and case', () => {
    assert.equal(
      highestAwardLevel('Bằng khen của Chủ tịch UBND thành phố năm 2023; Giấy khen năm 2021'),
      'bang_khen',
    );
    assert.equal(
      highestAwardLevel('giay khen nam 2021, BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ năm 2024'),
      'bang_khen_thu_tuong',
    );
    assert.equal(highestAwardLevel('Bằng khen Thủ tướng năm 2022'), 'bang_khen_thu_tuong');
    assert.equal(highestAwardLevel('Giấy khen 2021; Huân chương Lao động hạng Ba 2024'), 'huan_chuong');
    assert.equal(highestAwardLevel('Huy chương Vì sự nghiệp giáo dục'), 'huan_chuong');
    assert.equal(highestAwardLevel('Chiến sĩ thi đua cơ sở 2022, 2023'), 'chien_si_thi_dua');
    assert.equal(highestAwardLevel('Giấy khen của Giám đốc Sở'), 'giay_khen');
    assert.equal(highestAwardLevel(''), 'none');
    assert.equal(highestAwardLevel('Lao động tiên tiến'), 'none');
  });

  it('does not take a Bằng khen of another body for the Prime Minister’s', () => {
    assert.equal(highestAwardLevel('Bằng khen của Bộ trưởng Bộ Tài chính; Thủ tướng dự lễ'), 'bang_khen');
  });
});

describe('scoreCandidate', () => {
  it('adds award, council share, direct work and each priority area', () => {
    const { score, parts } = scoreCandidate(
      {
        category: 'dien_hinh',
        awards: 'Bằng khen của Thủ tướng Chính phủ năm 2023',
        councilShare: 8 / 9,
        council: { inFavour: 8, base: 9 },
        directWorker: true,
        priorityAreas: ['kinh-te-xa-hoi', 'sap-xep-bo-may', 'kinh-te-xa-hoi'],
      },
      DEFAULT_SCORE_WEIGHTS,
    );
    assert.deepEqual(parts, [
      { label: 'Khen thưởng cao nhất: Bằng khen của Thủ tướng Chính phủ', points: 30 },
      { label: 'Hội đồng tán thành 8/9', points: 17.78 },
      { label: 'Trực tiếp lao động, sản xuất', points: 15 },
      { label: 'Lĩnh vực ưu tiên: Kinh tế - xã hội', points: 5 },
      { label: 'Lĩnh vực ưu tiên: Sắp xếp bộ máy', points: 5 },
    ]);
    assert.equal(score, 72.78);
    assert.equal(score, Math.round(parts.reduce((s, p) => s + p.points, 0) * 100) / 100);
  });

  it('writes the council share in percent when the counts are not given', () => {
    const { parts } = scoreCandidate(
      { category: 'dien_hinh', awards: '', councilShare: 2 / 3, directWorker: false, priorityAreas: [] },
      DEFAULT_SCORE_WEIGHTS,
    );
    assert.deepEqual(parts[1], { label: 'Hội đồng tán thành 66,7%', points: 13.33 });
  });

  it('follows changed weights', () => {
    const weights = {
      ...DEFAULT_SCORE_WEIGHTS,
      award: { ...DEFAULT_SCORE_WEIGHTS.award, giay_khen: 12 },
      directWorker: 0,
    };
    const { score } = scoreCandidate(
      { category: 'dien_hinh', awards: 'Giấy khen', councilShare: 1, directWorker: true, priorityAreas: [] },
      weights,
    );
    assert.equal(score, 32);
  });

  it('gives guests and leaders only their base weight', () => {
    const weights = { ...DEFAULT_SCORE_WEIGHTS, guest: 3, leader: 7 };
    const input = {
      awards: 'Huân chương Lao động',
      councilShare: 1,
      directWorker: true,
      priorityAreas: ['kinh-te-xa-hoi'],
    };
    assert.equal(scoreCandidate({ ...input, category: 'khach_moi' }, weights).score, 3);
    const leader = scoreCandidate({ ...input, category: 'lanh_dao' }, weights);
    assert.equal(leader.score, 7);
    assert.equal(leader.parts.length, 1);
  });
});
