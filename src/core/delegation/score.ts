/**
 * The priority score (điểm ưu tiên) of a delegate candidate: the sum of configurable points for the
 * highest award, the council's vote, direct work and priority areas. Guests and leaders score only
 * their base weight (they are usually locked in by hand).
 */
import { PRIORITY_AREA_ITEMS } from '../reference/priority-areas.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import type { AwardLevel, DelegateCategory, ScorePart, ScoreWeights } from './types.ts';
import { AWARD_LEVELS } from './types.ts';

/** The weights a new conference starts with; the official can change each one. */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = {
  award: {
    huan_chuong: 40,
    bang_khen_thu_tuong: 30,
    bang_khen: 20,
    chien_si_thi_dua: 15,
    giay_khen: 10,
    none: 0,
  },
  councilShare: 20,
  directWorker: 15,
  priorityArea: 5,
  guest: 0,
  leader: 0,
};

/** How each award level is written for officials. */
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  huan_chuong: 'Huân chương, Huy chương',
  bang_khen_thu_tuong: 'Bằng khen của Thủ tướng Chính phủ',
  bang_khen: 'Bằng khen',
  chien_si_thi_dua: 'Chiến sĩ thi đua',
  giay_khen: 'Giấy khen',
  none: 'Chưa có khen thưởng',
};

/** Patterns on folded text (no marks, lower case), highest level first. */
const AWARD_PATTERNS: ReadonlyArray<readonly [AwardLevel, RegExp]> = [
  ['huan_chuong', /\b(huan|huy) chuong\b/u],
  ['bang_khen_thu_tuong', /\bbang khen (cua )?(thu tuong|ttg\b|ttcp\b)/u],
  ['bang_khen', /\bbang khen\b/u],
  ['chien_si_thi_dua', /\bchien si thi dua\b|\bcstd\b/u],
  ['giay_khen', /\bgiay khen\b/u],
];

/**
 * The highest award level named in the free-text "Khen thưởng 2020-2025", ignoring marks and case:
 * highestAwardLevel("Bằng khen của Chủ tịch UBND thành phố năm 2023; Giấy khen năm 2021") === 'bang_khen'.
 */
export function highestAwardLevel(awards: string): AwardLevel {
  const text = foldVietnamese(awards).replace(/[^a-z0-9]+/gu, ' ');
  for (const [level, pattern] of AWARD_PATTERNS) {
    if (pattern.test(text)) return level;
  }
  return 'none';
}

/** Points rounded to 2 decimals (and never "-0"). */
function round2(x: number): number {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? 0 : r;
}

function priorityAreaLabel(code: string): string {
  return PRIORITY_AREA_ITEMS.find((item) => item.code === code)?.label ?? code;
}

/** "0,8889" → "88,9%" for the council share when the vote counts are not known. */
function shareText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

export interface ScoreInput {
  category: DelegateCategory;
  awards: string;
  /** The council's share in favour, 0..1; null when there is no council vote (guests, leaders). */
  councilShare: number | null;
  /** The council's counts, when known, to write "Hội đồng tán thành 8/9". */
  council?: { inFavour: number; base: number } | null;
  directWorker: boolean;
  priorityAreas: readonly string[];
}

/**
 * The score and its breakdown; `score` is the sum of the parts' points (each rounded to 2 decimals).
 * An exemplary nominee gets: the highest award's points, the council's share × its weight, the direct
 * worker points and the points of each distinct priority area.
 */
export function scoreCandidate(
  input: ScoreInput,
  weights: ScoreWeights,
): { score: number; parts: ScorePart[] } {
  const parts: ScorePart[] = [];
  if (input.category === 'khach_moi') {
    parts.push({ label: 'Điểm cơ bản của khách mời', points: round2(weights.guest) });
  } else if (input.category === 'lanh_dao') {
    parts.push({ label: 'Điểm cơ bản của lãnh đạo các cấp, các ngành', points: round2(weights.leader) });
  } else {
    const level = highestAwardLevel(input.awards);
    parts.push({
      label: `Khen thưởng cao nhất: ${AWARD_LEVEL_LABELS[level]}`,
      points: round2(weights.award[level]),
    });
    if (input.councilShare !== null) {
      const share = Math.min(1, Math.max(0, input.councilShare));
      const council = input.council;
      const votes = council && council.base > 0 ? `${council.inFavour}/${council.base}` : shareText(share);
      parts.push({ label: `Hội đồng tán thành ${votes}`, points: round2(weights.councilShare * share) });
    }
    if (input.directWorker) {
      parts.push({ label: 'Trực tiếp lao động, sản xuất', points: round2(weights.directWorker) });
    }
    for (const code of new Set(input.priorityAreas)) {
      parts.push({
        label: `Lĩnh vực ưu tiên: ${priorityAreaLabel(code)}`,
        points: round2(weights.priorityArea),
      });
    }
  }
  const score = round2(parts.reduce((sum, p) => sum + p.points, 0));
  return { score, parts };
}

/** Every award level, highest first, with its label (for the weights form). */
export function awardLevelOptions(): { level: AwardLevel; label: string }[] {
  return AWARD_LEVELS.map((level) => ({ level, label: AWARD_LEVEL_LABELS[level] }));
}
