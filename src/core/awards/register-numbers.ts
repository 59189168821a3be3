/**
 * Số vào sổ: each certificate's number in the unit's register of commendations (sổ khen thưởng). A
 * decision's certificates are usually numbered in a run, in the order of the attached list: "from 15"
 * gives the collectives 15, 16, … then the individuals after them.
 */
import { inListOrder } from '../documents/award-decision-document.ts';
import type { DecisionItem } from './types.ts';

/**
 * The run of register numbers from `start`, line by line in list order.
 * @example sequentialRegisterNumbers(items, 15) // Map { collective → '15', person A → '16', … }
 */
export function sequentialRegisterNumbers(
  items: readonly Pick<DecisionItem, 'id' | 'subject'>[],
  start: number,
): Map<string, string> {
  return new Map(inListOrder(items).map((item, i) => [item.id, String(start + i)]));
}

/** Lines (0-based, in the order given) whose register number an earlier line already has, and that line. */
export function repeatedRegisterNumbers(
  items: readonly { registerNumber?: string }[],
): Array<{ index: number; number: string; first: number }> {
  const seen = new Map<string, number>();
  const repeated: Array<{ index: number; number: string; first: number }> = [];
  items.forEach((item, index) => {
    const number = item.registerNumber?.trim() ?? '';
    if (number === '') return;
    const key = number.toLocaleLowerCase('vi');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else repeated.push({ index, number, first });
  });
  return repeated;
}
