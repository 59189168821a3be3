import { loadDemo } from '../../server/seed/demo.ts';
import { openData } from '../open-data.ts';

/** `vinhdanh demo [--data DIR]`: loads the Bạch Long Vĩ demo; running it again changes nothing. */
export async function demoCommand(opts: { data?: string }): Promise<void> {
  const { handle, ctx } = await openData(opts.data);
  try {
    const result = await loadDemo(ctx);
    console.log(
      `Đã nạp dữ liệu mẫu Bạch Long Vĩ (${result.usersAdded} tài khoản mới, ${result.nominationsAdded} đề cử mới).`,
    );
    console.log(`Hội nghị mẫu: ${result.conferenceId}`);
  } finally {
    await handle.close();
  }
}
