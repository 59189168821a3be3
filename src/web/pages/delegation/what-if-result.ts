/**
 * Which slider values a proposal was computed for, in words, and whether the proposal on screen
 * still belongs to the values the sliders show: pure, so it is tested alone.
 */
import { formatPercent } from '../../../core/delegation/labels.ts';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import { DEL } from './labels.ts';
import { findRule, minShareOf } from './rule-text.ts';

/** One slider's value: the share and the least number of people it means. */
export interface ShareValue {
  share: number;
  count: number;
}

export interface WhatIfValues {
  seats: number;
  women: ShareValue;
  exemplary: ShareValue;
}

/** The least whole number of people a minimum share of the seats asks for. */
export function minCount(share: number, seats: number): number {
  return Math.max(0, Math.ceil(share * seats - 1e-9));
}

function sliderValue(
  composition: CompositionInput,
  column: 'gender' | 'category',
  value: string,
): ShareValue {
  const share = minShareOf(composition.rules[findRule(composition.rules, column, value)], composition.seats);
  return { share, count: minCount(share, composition.seats) };
}

/** The two slider values of a composition (women, exemplary), as the sliders show them. */
export function whatIfValues(composition: CompositionInput): WhatIfValues {
  return {
    seats: composition.seats,
    women: sliderValue(composition, 'gender', 'nu'),
    exemplary: sliderValue(composition, 'category', 'dien_hinh'),
  };
}

function part(name: string, v: ShareValue, seats: number): string {
  return `${name} ${formatPercent(v.share)} (${v.count}/${seats})`;
}

/** "tỷ lệ nữ 50% (75/150), điển hình tiên tiến 70% (105/150)". */
export function valuesText(composition: CompositionInput): string {
  const v = whatIfValues(composition);
  return [
    part(DEL.whatIf.womenShort, v.women, v.seats),
    part(DEL.whatIf.exemplaryShort, v.exemplary, v.seats),
  ].join(', ');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** True when a result was computed for exactly these settings (not for an earlier slider value). */
export function belongsTo(
  computedFor: CompositionInput | null | undefined,
  draft: CompositionInput | null,
): boolean {
  return computedFor != null && draft !== null && same(computedFor, draft);
}

/**
 * The line under the sliders: the values the result on screen was computed for, or, while the
 * result is for values no longer on screen, the values being computed. Null before any proposal.
 */
export function resultLine(
  computedFor: CompositionInput | null | undefined,
  draft: CompositionInput | null,
  proposing: boolean,
): string | null {
  if (!proposing || draft === null) return null;
  if (belongsTo(computedFor, draft)) return DEL.whatIf.resultFor(valuesText(draft));
  return DEL.whatIf.computingFor(valuesText(draft));
}
