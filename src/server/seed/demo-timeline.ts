/**
 * The dates of the demo conference (Kế hoạch 06/KH-UBND of 14/8/2025, the conference before 25/8/2025).
 * Every record the demo writes is stamped with one of these days, never with the clock of the run, so
 * the documents it produces carry the conference's dates whatever year the demo is loaded in.
 */
import type { ServiceContext } from '../context.ts';

export const DEMO_TIMELINE = {
  /** The demo accounts are opened. */
  accounts: '2025-08-01',
  /** The plan is issued and the conference created. */
  plan: '2025-08-14',
  /** The units enter and submit their nominations; the award history is imported. */
  nominations: '2025-08-15',
  /** The guests and leaders are entered, the composition saved and list 1 approved. */
  delegation: '2025-08-19',
} as const;

/** A clock fixed at 9:00 (Vietnam time) on an ISO date. */
export function demoInstant(isoDate: string): Date {
  return new Date(`${isoDate}T02:00:00.000Z`);
}

/** The same context on a clock fixed at 9:00 (Vietnam time) on `isoDate`. */
export function onDemoDay(ctx: ServiceContext, isoDate: string): ServiceContext {
  return { ...ctx, now: () => demoInstant(isoDate) };
}
