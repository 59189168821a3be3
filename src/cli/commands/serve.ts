import { PUBLIC_ADDRESS_EXAMPLE, PUBLIC_ADDRESS_LABEL } from '../../core/settings/public-address.ts';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { publicAddress } from '../../server/modules/settings/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, prepareDemo } from '../../server/seed/demo.ts';

/** `vinhdanh serve [--port 3000] [--data DIR] [--no-demo]`: the demo is loaded into a new, empty database. */
export async function serveCommand(opts: { port?: string; data?: string; demo: boolean }): Promise<void> {
  const config = loadConfig({ port: opts.port, dataDir: opts.data });
  let demoLoaded = false;
  let addressProblem: string | null = null;
  const server = await startServer(config, {
    prepare: async (ctx) => {
      demoLoaded = await prepareDemo(ctx, opts.demo);
      addressProblem = (await publicAddress(ctx)).problem;
    },
  });
  const lines = [
    `Vinh Danh đang chạy tại ${server.url}`,
    `Dữ liệu: ${server.handle.location} (${server.handle.engine === 'pglite' ? 'PostgreSQL nhúng' : 'PostgreSQL'})`,
  ];
  if (demoLoaded) {
    lines.push('', `Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.description}`);
  }
  if (addressProblem) {
    lines.push(
      '',
      `Lưu ý: ${PUBLIC_ADDRESS_LABEL} ${addressProblem}, nên chưa in được giấy khen. Quản trị hệ thống đặt ở mục “Cài đặt”, hoặc: vinhdanh settings set public-url ${PUBLIC_ADDRESS_EXAMPLE}`,
    );
  }
  lines.push('', 'Nhấn Ctrl+C để dừng.');
  console.log(lines.join('\n'));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
