import { formatShare, voteShare } from '../../../core/nominations/rules.ts';

/** "8/10 – 80,0%": the votes in favour of the base, and the share as Vietnamese write it. */
export function shareLine(inFavour: number, base: number): string {
  return `${inFavour}/${base} – ${base > 0 ? formatShare(voteShare(inFavour, base)) : '—'}`;
}
