import { parseArgs } from 'node:util';
import { DomainError } from '../core/errors/domain-error.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { describeIssue } from '../shared/api/field-labels.ts';
import { createUserBodySchema } from '../shared/api/users.ts';
import { CliError } from './cli-error.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { conferenceListCommand } from './commands/conference-list.ts';
import { demoCommand } from './commands/demo.ts';
import { docPlanCommand } from './commands/doc-plan.ts';
import {
  exportNominationsCommand,
  importNominationsCommand,
  nominationTemplateCommand,
} from './commands/nominations-io.ts';
import { serveCommand } from './commands/serve.ts';
import { userAddCommand } from './commands/user-add.ts';

const USAGE = `Vinh Danh — dòng lệnh

  vinhdanh serve [--port 3000] [--data DIR] [--no-demo]
  vinhdanh demo [--data DIR]
  vinhdanh user add --username TÊN --name "Họ và tên" --password MẬT_KHẨU --unit MÃ_ĐƠN_VỊ --role VAI_TRÒ[@MÃ_ĐƠN_VỊ] …
  vinhdanh conference list [--json]
  vinhdanh backup --out TỆP
  vinhdanh restore TỆP
  vinhdanh doc plan --conference MÃ --out TỆP.docx|TỆP.pdf
  vinhdanh template nominations --out TỆP.xlsx
  vinhdanh import nominations --conference MÃ --file TỆP.xlsx [--unit MÃ_ĐƠN_VỊ] [--dry-run]
  vinhdanh export nominations --conference MÃ --out TỆP.xlsx

Dữ liệu: --data DIR (mặc định ./data, hoặc biến VINHDANH_DATA), hoặc DATABASE_URL=postgres://… để dùng máy chủ PostgreSQL.`;

type Values = Record<string, string | boolean | string[] | undefined>;
type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

const COMMON: OptionSpec = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

async function run(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  const args = (r: string[], options: OptionSpec): { values: Values; positionals: string[] } => {
    const parsed = parseArgs({
      args: r,
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  };
  switch (command) {
    case 'serve': {
      const { values } = args(argv.slice(1), { port: { type: 'string' }, 'no-demo': { type: 'boolean' } });
      return serveCommand({
        port: values.port as string,
        data: values.data as string,
        demo: !values['no-demo'],
      });
    }
    case 'demo': {
      const { values } = args(argv.slice(1), {});
      return demoCommand({ data: values.data as string });
    }
    case 'user': {
      if (sub !== 'add') throw new CliError('Dùng: vinhdanh user add …');
      const { values } = args(rest, {
        username: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
        unit: { type: 'string' },
        role: { type: 'string', multiple: true },
      });
      const check = createUserBodySchema.pick({ username: true, password: true }).safeParse(values);
      if (!check.success) throw new CliError(check.error.issues.map(describeIssue).join('\n'));
      return userAddCommand({ ...(values as Record<string, string>), role: (values.role as string[]) ?? [] });
    }
    case 'conference': {
      if (sub !== 'list') throw new CliError('Dùng: vinhdanh conference list [--json]');
      const { values } = args(rest, { json: { type: 'boolean' } });
      return conferenceListCommand({ data: values.data as string, json: Boolean(values.json) });
    }
    case 'backup': {
      const { values } = args(argv.slice(1), { out: { type: 'string' } });
      return backupCommand({ data: values.data as string, out: values.out as string });
    }
    case 'restore': {
      const { values, positionals } = args(argv.slice(1), {});
      return restoreCommand({ data: values.data as string, file: positionals[0] });
    }
    case 'doc': {
      if (sub !== 'plan')
        throw new CliError('Dùng: vinhdanh doc plan --conference MÃ --out TỆP.docx|TỆP.pdf');
      const { values } = args(rest, { conference: { type: 'string' }, out: { type: 'string' } });
      return docPlanCommand({
        data: values.data as string,
        conference: values.conference as string,
        out: values.out as string,
      });
    }
    case 'template': {
      if (sub !== 'nominations') throw new CliError('Dùng: vinhdanh template nominations --out TỆP.xlsx');
      const { values } = args(rest, { out: { type: 'string' } });
      return nominationTemplateCommand({ data: values.data as string, out: values.out as string });
    }
    case 'import': {
      if (sub !== 'nominations')
        throw new CliError(
          'Dùng: vinhdanh import nominations --conference MÃ --file TỆP.xlsx [--unit MÃ_ĐƠN_VỊ] [--dry-run]',
        );
      const { values } = args(rest, {
        conference: { type: 'string' },
        file: { type: 'string' },
        unit: { type: 'string' },
        'dry-run': { type: 'boolean' },
      });
      return importNominationsCommand({
        data: values.data as string,
        conference: values.conference as string,
        file: values.file as string,
        unit: values.unit as string | undefined,
        dryRun: Boolean(values['dry-run']),
      });
    }
    case 'export': {
      if (sub !== 'nominations')
        throw new CliError('Dùng: vinhdanh export nominations --conference MÃ --out TỆP.xlsx');
      const { values } = args(rest, { conference: { type: 'string' }, out: { type: 'string' } });
      return exportNominationsCommand({
        data: values.data as string,
        conference: values.conference as string,
        out: values.out as string,
      });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return;
    default:
      throw new CliError(`Không có lệnh "${command}".\n\n${USAGE}`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError || error instanceof DomainError || error instanceof DataDirLockedError) {
    console.error(`Lỗi: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`Lỗi: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? `Lỗi: ${error.message}` : error);
  process.exit(1);
});
