import { formatDayMonthYear } from '../../core/vietnamese/dates.ts';
import { listConferenceSummaries } from '../../server/modules/conferences/index.ts';
import { commandLineActor, openData } from '../open-data.ts';

/** `vinhdanh conference list [--json]`: ids, units, names and dates of every conference. */
export async function conferenceListCommand(opts: { data?: string; json: boolean }): Promise<void> {
  const { handle, ctx } = await openData(opts.data);
  try {
    const list = await listConferenceSummaries(ctx, await commandLineActor(ctx));
    if (opts.json) {
      console.log(JSON.stringify(list, null, 2));
      return;
    }
    if (list.length === 0) {
      console.log('Chưa có hội nghị nào.');
      return;
    }
    for (const c of list) {
      const date = c.sessionDate ? formatDayMonthYear(c.sessionDate) : 'chưa định ngày';
      const deadline = c.deadline ? `, hạn ${formatDayMonthYear(c.deadline)}` : '';
      console.log(`${c.id}  ${c.unitName}  ${c.name} (${c.year}; ${date}${deadline})`);
    }
  } finally {
    await handle.close();
  }
}
