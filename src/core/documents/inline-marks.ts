/**
 * Emphasis written inside the free text of a plan, the way the city types it in its template:
 * `*nếu có điều kiện*` prints italic, `**Số lượng:**` bold, `***…***` both. The marks must hug the text
 * (no space just inside them); a lone or unmatched `*` ("5 * 3") is printed as written, so text saved
 * before emphasis existed prints unchanged.
 */

import type { InlineRun } from './model.ts';

/** An opening mark before a non-space, its text, the same mark after a non-space, not touching another `*`. */
const MARKED = /(?<!\*)(\*{1,3})(?=[^\s*])([\s\S]*?[^\s*]|[^\s*])\1(?!\*)/gu;

const STYLE_OF: Record<number, Pick<InlineRun, 'bold' | 'italic'>> = {
  1: { italic: true },
  2: { bold: true },
  3: { bold: true, italic: true },
};

/**
 * The runs of a text with emphasis marks; `base` styles every run (a bold label stays bold).
 * @example parseInlineMarks('phóng sự (*nếu có điều kiện*).')
 *   // [{ text: 'phóng sự (' }, { text: 'nếu có điều kiện', italic: true }, { text: ').' }]
 */
export function parseInlineMarks(text: string, base: Pick<InlineRun, 'bold' | 'italic'> = {}): InlineRun[] {
  const runs: InlineRun[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKED)) {
    const start = m.index ?? 0;
    if (start > at) runs.push(styled(text.slice(at, start), base));
    const style = STYLE_OF[m[1].length];
    const inner = { bold: base.bold || style.bold, italic: base.italic || style.italic };
    runs.push(...parseInlineMarks(m[2], inner));
    at = start + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push(styled(text.slice(at), base));
  return mergeRuns(runs);
}

/** The text as it prints, marks removed: "(*nếu có điều kiện*)" → "(nếu có điều kiện)". */
export function stripInlineMarks(text: string): string {
  return parseInlineMarks(text)
    .map((r) => r.text)
    .join('');
}

function styled(text: string, style: Pick<InlineRun, 'bold' | 'italic'>): InlineRun {
  const run: InlineRun = { text };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  return run;
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else if (run.text !== '' || runs.length === 1) out.push({ ...run });
  }
  return out.length > 0 ? out : [{ text: '' }];
}
