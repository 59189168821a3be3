import { decisionReference } from '../../core/documents/award-decision-document.ts';
import { formatNumberVi } from '../../core/vietnamese/money.ts';
import { listConferenceDecisions } from '../../server/modules/awards/index.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData } from '../open-data.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a decision's state reads in the table. */
function stateText(d: { state: string; replacedBy: string | null }): string {
  if (d.state !== 'approved') return 'dự thảo';
  return d.replacedBy ? 'đã bị thay thế' : 'đã phê duyệt';
}

/**
 * `vinhdanh decision list --conference ID [--json]`: the conference's award decisions, newest first,
 * so that scripts can pick the id `vinhdanh doc decision|certificates --decision` needs.
 */
export async function decisionListCommand(opts: {
  data?: string;
  conference?: string;
  json: boolean;
}): Promise<void> {
  if (!opts.conference || !UUID.test(opts.conference)) {
    throw new CliError(
      `${opts.conference ? `Không có hội nghị mã ${opts.conference}` : 'Thiếu --conference MÃ'}. Xem mã các hội nghị bằng: vinhdanh conference list`,
    );
  }
  const { handle, ctx } = await openData(opts.data);
  try {
    const list = await listConferenceDecisions(ctx, await commandLineActor(ctx), opts.conference);
    if (opts.json) {
      const rows = list.map((d) => ({
        id: d.id,
        number: d.number,
        symbol: d.symbol,
        date: d.date,
        form: d.formCode,
        formName: d.formName,
        state: d.state,
        replacedBy: d.replacedBy,
        items: d.itemCount,
        total: d.total,
      }));
      console.log(JSON.stringify(rows, null, 2));
      return;
    }
    if (list.length === 0) {
      console.log('Hội nghị này chưa có quyết định khen thưởng nào.');
      return;
    }
    for (const d of list) {
      console.log(
        `${d.id}  ${decisionReference(d)}  ${d.formName}  ${d.itemCount} dòng  ${formatNumberVi(d.total)} đồng  ${stateText(d)}`,
      );
    }
  } finally {
    await handle.close();
  }
}
