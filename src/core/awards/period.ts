/**
 * The period a commendation honours ("giai đoạn 2020 - 2025" or "năm 2025"): one field of the proposal,
 * copied to its decision, and the only source of the period every document prints (trích yếu, Điều 1,
 * the Tờ trình, the Biên bản, the certificates). A line's own achievement names no other period.
 */
import type { Conference } from '../conference/types.ts';
import type { FieldProblem } from '../errors/domain-error.ts';
import type { AwardPeriod } from './types.ts';

/** "giai đoạn 2020 - 2025", or "năm 2025" for a single year. */
export function periodPhrase(p: AwardPeriod): string {
  return p.from === p.to ? `năm ${p.to}` : `giai đoạn ${p.from} - ${p.to}`;
}

/** "đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025". */
export function occasionPhrase(p: AwardPeriod): string {
  return `đã có thành tích xuất sắc trong phong trào thi đua yêu nước ${periodPhrase(p)}`;
}

/** The occasion as a line of its own (a certificate): "Đã có thành tích … giai đoạn 2020 - 2025". */
export function occasionSentence(p: AwardPeriod): string {
  const text = occasionPhrase(p);
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const RANGE = /(\d{4})\s*[-–]\s*(\d{4})/u;

/**
 * The period of a conference's plan: the "giai đoạn A - B" of its key content on the period assessed
 * ("3.2. Thời kỳ đánh giá phong trào thi đua: … giai đoạn 2020 - 2025"), else the term before the
 * conference's ("2025 - 2030" → 2020 - 2025), else the conference's year alone.
 */
export function defaultPeriod(conference: Pick<Conference, 'plan' | 'term' | 'year'>): AwardPeriod {
  for (const content of conference.plan.keyContents) {
    if (!/thời kỳ đánh giá/iu.test(content.heading)) continue;
    for (const block of content.blocks) {
      const m = /giai đoạn\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})/iu.exec(block.text);
      if (m) return { from: Number(m[1]), to: Number(m[2]) };
    }
  }
  const term = RANGE.exec(conference.term);
  if (term) {
    const [from, to] = [Number(term[1]), Number(term[2])];
    if (to > from) return { from: from - (to - from), to: from };
  }
  return { from: conference.year, to: conference.year };
}

/**
 * The period a new proposal of `form` for `year` starts with: one year for an emulation title (they are
 * conferred year by year), else the plan's period (`defaultPeriod`) when it has ended by `year`, else
 * that year alone.
 */
export function proposalPeriod(
  planPeriod: AwardPeriod,
  form: { category: 'title' | 'form' },
  year: number,
): AwardPeriod {
  return form.category === 'form' && planPeriod.to <= year ? { ...planPeriod } : { from: year, to: year };
}

/**
 * What is wrong with a period for an award of `year`: the start after the end, or an end after the
 * year of the award (the achievements honoured are those already made). Paths "period.from"/"period.to".
 */
export function periodProblems(p: AwardPeriod, year: number): FieldProblem[] {
  if (p.from > p.to)
    return [
      {
        path: 'period.from',
        message: `Thời kỳ khen thưởng: năm bắt đầu (${p.from}) không được sau năm kết thúc (${p.to})`,
      },
    ];
  if (p.to > year)
    return [
      {
        path: 'period.to',
        message: `Thời kỳ khen thưởng: năm kết thúc (${p.to}) không được sau năm khen thưởng (${year})`,
      },
    ];
  return [];
}

/**
 * The period an achievement restates for the emulation movement ("… trong phong trào thi đua yêu nước
 * giai đoạn 2015 - 2020", "… phong trào thi đua năm 2024") when it is not `p`, as written; null when the text restates none
 * or the same. Deeds dated in their own words ("đạt giáo viên dạy giỏi năm 2023", "Chiến sĩ thi đua
 * cơ sở năm 2023") are the person's record, not the period of the award, and are left alone.
 */
export function otherPeriodNamed(text: string, p: AwardPeriod): string | null {
  const m =
    /phong trào thi đua[^.;]*?(giai đoạn\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})\s*\)?|năm\s+(\d{4}))/iu.exec(text);
  if (!m) return null;
  const named = m[4] ? { from: Number(m[4]), to: Number(m[4]) } : { from: Number(m[2]), to: Number(m[3]) };
  return named.from === p.from && named.to === p.to ? null : periodPhrase(named);
}

/**
 * One problem per line whose achievement restates another period than the proposal's, as
 * "Dòng 2 (Trần Thu Hà): thành tích ghi “giai đoạn 2015 - 2020”, khác thời kỳ khen thưởng (giai đoạn
 * 2020 - 2025)": the list would contradict the trích yếu, Điều 1 and the certificates.
 */
export function achievementPeriodProblems(
  items: ReadonlyArray<{ achievement: string; subject: { name: string } }>,
  p: AwardPeriod,
  path = 'items',
): FieldProblem[] {
  const out: FieldProblem[] = [];
  items.forEach((item, i) => {
    const other = otherPeriodNamed(item.achievement, p);
    if (!other) return;
    out.push({
      path: `${path}.${i}.achievement`,
      message: `Dòng ${i + 1} (${item.subject.name}): thành tích ghi “${other}”, khác thời kỳ khen thưởng (${periodPhrase(p)})`,
    });
  });
  return out;
}
