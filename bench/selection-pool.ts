/**
 * Synthetic delegate pools with realistic, correlated attributes for the selection benchmark:
 * fields of work cluster in economic sectors, direct workers cluster in farming, fishing and industry,
 * women are fewer among leaders, ethnic minorities cluster in some localities, and scores follow the
 * priority score's discrete parts (award level, council share, direct work, priority areas).
 */
import type { QuotaRule, SelectionCandidate, SelectionProblem } from '../src/core/selection/types.ts';

export interface Scale {
  name: string;
  candidates: number;
  seats: number;
  fields: number;
  localities: number;
}

export const SCALES: Scale[] = [
  { name: 'Hội nghị cấp xã (300 → 150)', candidates: 300, seats: 150, fields: 12, localities: 7 },
  { name: 'Đại hội cấp thành phố (5.000 → 700)', candidates: 5000, seats: 700, fields: 20, localities: 40 },
  { name: 'Đại hội toàn quốc (50.000 → 2.200)', candidates: 50000, seats: 2200, fields: 30, localities: 63 },
];

/** mulberry32: a small deterministic generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index drawn with weights proportional to 1/(i+1)^s (a few big groups, a long tail). */
function zipf(r: () => number, n: number, s = 0.9): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += 1 / (i + 1) ** s;
  let x = r() * total;
  for (let i = 0; i < n; i++) {
    x -= 1 / (i + 1) ** s;
    if (x <= 0) return i;
  }
  return n - 1;
}

const AWARDS = [0, 10, 15, 20, 30, 40];

export function makePool(scale: Scale, seed = 1): SelectionCandidate[] {
  const r = random(seed);
  const out: SelectionCandidate[] = [];
  for (let i = 0; i < scale.candidates; i++) {
    const u = r();
    const category = u < 0.8 ? 'dien_hinh' : u < 0.92 ? 'khach_moi' : 'lanh_dao';
    const field = zipf(r, scale.fields);
    const locality = zipf(r, scale.localities, 0.6);
    const sector = field % 5 === 0 ? 0 : r() < 0.6 ? field % 5 : Math.floor(r() * 5);
    const woman = r() < (category === 'lanh_dao' ? 0.2 : 0.38);
    const direct = category === 'dien_hinh' && r() < (field < 4 ? 0.7 : 0.3);
    const minority = r() < (locality % 7 === 3 ? 0.5 : 0.05);
    const age = Math.min(3, Math.floor(r() * r() * 5));
    const award = AWARDS[Math.min(5, Math.floor(r() * r() * 7))];
    const members = [9, 11, 13, 15][Math.floor(r() * 4)];
    const inFavour = Math.ceil(members / 2) + Math.floor(r() * (members / 2));
    const areas = Math.floor(r() * r() * 4);
    const base = category === 'dien_hinh' ? 0 : 5;
    const score =
      base +
      award +
      Math.round((2000 * inFavour) / members) / 100 +
      (direct ? 15 : 0) +
      5 * areas -
      (woman ? 3 : 0);
    out.push({
      id: `ung-vien-${i + 1}`,
      score,
      attributes: {
        category,
        gender: woman ? 'Nữ' : 'Nam',
        field: `Lĩnh vực ${field + 1}`,
        sector: `Thành phần ${sector + 1}`,
        direct_worker: direct ? '1' : '0',
        minority: minority ? 'thieu_so' : 'kinh',
        locality: `Địa phương ${locality + 1}`,
        age: `Nhóm tuổi ${age + 1}`,
        hero: r() < 0.004 ? '1' : '0',
      },
    });
  }
  return out;
}

/** Binding rules at each scale (~25, ~80, ~150 rows); `infeasible` adds demands the pool cannot meet. */
export function makeRules(
  scale: Scale,
  infeasible: boolean,
  pool: readonly SelectionCandidate[],
): QuotaRule[] {
  const rules: QuotaRule[] = [
    { column: 'category', value: 'dien_hinh', minShare: 0.7, maxShare: 0.7 },
    { column: 'gender', value: 'Nữ', minShare: 0.35 },
    // Only exemplary delegates work directly in production: 75% cannot be met with 70% exemplary.
    { column: 'direct_worker', value: '1', minShare: infeasible ? 0.75 : 0.4 },
    { column: 'minority', value: 'thieu_so', minShare: 0.06 },
    { column: 'field', each: true, min: Math.max(1, Math.floor(scale.seats / scale.fields / 4)) },
    { column: 'sector', each: true, min: Math.max(2, Math.floor(scale.seats / 25)) },
    { column: 'locality', each: true, min: Math.max(1, Math.floor(scale.seats / scale.localities / 3)) },
  ];
  if (scale.candidates >= 5000) {
    rules.push({ column: 'field', each: true, maxShare: 0.12 });
    rules.push({ column: 'age', each: true, minShare: 0.1 });
  }
  if (scale.candidates >= 50000) rules.push({ column: 'locality', each: true, maxShare: 0.05 });
  if (infeasible) {
    // More Anh hùng than the pool holds.
    const heroes = pool.filter((c) => c.attributes.hero === '1').length;
    rules.push({ column: 'hero', value: '1', min: heroes + 3 });
  }
  return rules;
}

export function makeProblem(scale: Scale, infeasible: boolean, seed = 1): SelectionProblem {
  const candidates = makePool(scale, seed);
  const include = candidates
    .filter((c) => c.attributes.category === 'lanh_dao')
    .slice(0, 5)
    .map((c) => c.id);
  return {
    seats: scale.seats,
    candidates,
    quotas: makeRules(scale, infeasible, candidates),
    include,
    exclude: [],
  };
}
