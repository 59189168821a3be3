import { parseArgs } from 'node:util';
import { DomainError } from '../core/errors/domain-error.ts';
import { DataDirLockedError } from '../server/open-context.ts';
import { describeIssue } from '../shared/api/field-labels.ts';
import { createUserBodySchema } from '../shared/api/users.ts';
import { CliError } from './cli-error.ts';

const USAGE_SELECT =
  'vinhdanh select --pool DANH_SÁCH.csv|DANH_SÁCH.xlsx --rules QUY_TẮC.json [--out KẾT_QUẢ.json]';
const USAGE_APPORTION =
  'vinhdanh apportion --units ĐƠN_VỊ.csv|ĐƠN_VỊ.xlsx --seats SỐ [--method hamilton|sainte-lague] [--min 1]';
const USAGE_AWARD_MONEY =
  'vinhdanh award-money --form MÃ --kind individual|collective --date YYYY-MM-DD [--data DIR]';

const USAGE = `Vinh Danh — dòng lệnh

  vinhdanh serve [--port 3000] [--data DIR] [--no-demo]
  vinhdanh demo [--data DIR]
  vinhdanh user add --username TÊN --name "Họ và tên" --password MẬT_KHẨU --unit MÃ_ĐƠN_VỊ --role VAI_TRÒ[@MÃ_ĐƠN_VỊ] …
  vinhdanh conference list [--json]
  vinhdanh decision list --conference MÃ [--json]
  vinhdanh settings show [--json]
  vinhdanh settings set public-url https://vinhdanh.haiphong.gov.vn
  vinhdanh backup --out TỆP
  vinhdanh restore TỆP
  vinhdanh doc plan --conference MÃ --out TỆP.docx|TỆP.pdf
  vinhdanh doc decision --decision MÃ --out TỆP.docx|TỆP.pdf
  vinhdanh doc certificates --decision MÃ --out TỆP.pdf [--base-url https://…]
  vinhdanh template nominations --out TỆP.xlsx
  vinhdanh import nominations --conference MÃ --file TỆP.xlsx [--unit MÃ_ĐƠN_VỊ] [--dry-run]
  vinhdanh export nominations --conference MÃ --out TỆP.xlsx
  ${USAGE_SELECT}
  ${USAGE_APPORTION}
  ${USAGE_AWARD_MONEY}

Dữ liệu: --data DIR (mặc định ./data, hoặc biến VINHDANH_DATA), hoặc DATABASE_URL=postgres://… để dùng máy chủ PostgreSQL.
Lệnh select và apportion chỉ đọc các tệp ghi sau lệnh, không cần --data; cách ghi tệp: docs/cli-selection.md.`;

type Values = Record<string, string | boolean | string[] | undefined>;
type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

const COMMON: OptionSpec = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

const isParseArgsError = (error: unknown): error is TypeError =>
  error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/** A wrong option in Vietnamese: "Không có tùy chọn --x" or "Tùy chọn --pool cần một giá trị". */
function optionProblem(error: TypeError): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  return 'code' in error && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ? `Tùy chọn ${option} cần một giá trị.`
    : `Không có tùy chọn ${option}.`;
}

async function helpFor(usage: string): Promise<number> {
  console.log(`Dùng: ${usage}\nCách ghi các tệp và ý nghĩa kết quả: docs/cli-selection.md.`);
  return 0;
}

/** `select` and `apportion` exit 1 on bad input (message on stderr), otherwise with the code they return. */
async function withInputExitCode(usage: string, body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    if (error instanceof CliError || error instanceof DomainError) {
      console.error(`Lỗi: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    if (isParseArgsError(error)) {
      console.error(`Lỗi: ${optionProblem(error)}\nDùng: ${usage}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

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
      return (await import('./commands/serve.ts')).serveCommand({
        port: values.port as string,
        data: values.data as string,
        demo: !values['no-demo'],
      });
    }
    case 'demo': {
      const { values } = args(argv.slice(1), {});
      return (await import('./commands/demo.ts')).demoCommand({ data: values.data as string });
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
      return (await import('./commands/user-add.ts')).userAddCommand({
        ...(values as Record<string, string>),
        role: (values.role as string[]) ?? [],
      });
    }
    case 'conference': {
      if (sub !== 'list') throw new CliError('Dùng: vinhdanh conference list [--json]');
      const { values } = args(rest, { json: { type: 'boolean' } });
      return (await import('./commands/conference-list.ts')).conferenceListCommand({
        data: values.data as string,
        json: Boolean(values.json),
      });
    }
    case 'decision': {
      if (sub !== 'list') throw new CliError('Dùng: vinhdanh decision list --conference MÃ [--json]');
      const { values } = args(rest, { conference: { type: 'string' }, json: { type: 'boolean' } });
      return (await import('./commands/decision-list.ts')).decisionListCommand({
        data: values.data as string,
        conference: values.conference as string | undefined,
        json: Boolean(values.json),
      });
    }
    case 'settings': {
      const settings = await import('./commands/settings.ts');
      if (sub === 'show') {
        const { values } = args(rest, { json: { type: 'boolean' } });
        return settings.settingsShowCommand({ data: values.data as string, json: Boolean(values.json) });
      }
      if (sub === 'set') {
        const { values, positionals } = args(rest, {});
        return settings.settingsSetCommand({
          data: values.data as string,
          name: positionals[0],
          value: positionals[1],
        });
      }
      throw new CliError(
        'Dùng: vinhdanh settings show [--json]\n      vinhdanh settings set public-url https://vinhdanh.haiphong.gov.vn',
      );
    }
    case 'backup': {
      const { values } = args(argv.slice(1), { out: { type: 'string' } });
      return (await import('./commands/backup.ts')).backupCommand({
        data: values.data as string,
        out: values.out as string,
      });
    }
    case 'restore': {
      const { values, positionals } = args(argv.slice(1), {});
      return (await import('./commands/backup.ts')).restoreCommand({
        data: values.data as string,
        file: positionals[0],
      });
    }
    case 'doc': {
      if (sub === 'decision' || sub === 'certificates') {
        const { values } = args(rest, {
          decision: { type: 'string' },
          out: { type: 'string' },
          ...(sub === 'certificates' ? { 'base-url': { type: 'string' as const } } : {}),
        });
        const docs = await import('./commands/doc-awards.ts');
        const opts = {
          data: values.data as string,
          decision: values.decision as string,
          out: values.out as string,
        };
        return sub === 'decision'
          ? docs.docDecisionCommand(opts)
          : docs.docCertificatesCommand({ ...opts, baseUrl: values['base-url'] as string | undefined });
      }
      if (sub !== 'plan')
        throw new CliError(
          'Dùng: vinhdanh doc plan --conference MÃ --out TỆP.docx|TỆP.pdf\n' +
            '      vinhdanh doc decision --decision MÃ --out TỆP.docx|TỆP.pdf\n' +
            '      vinhdanh doc certificates --decision MÃ --out TỆP.pdf [--base-url https://…]',
        );
      const { values } = args(rest, { conference: { type: 'string' }, out: { type: 'string' } });
      return (await import('./commands/doc-plan.ts')).docPlanCommand({
        data: values.data as string,
        conference: values.conference as string,
        out: values.out as string,
      });
    }
    case 'template': {
      if (sub !== 'nominations') throw new CliError('Dùng: vinhdanh template nominations --out TỆP.xlsx');
      const { values } = args(rest, { out: { type: 'string' } });
      return (await import('./commands/nominations-io.ts')).nominationTemplateCommand({
        data: values.data as string,
        out: values.out as string,
      });
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
      return (await import('./commands/nominations-io.ts')).importNominationsCommand({
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
      return (await import('./commands/nominations-io.ts')).exportNominationsCommand({
        data: values.data as string,
        conference: values.conference as string,
        out: values.out as string,
      });
    }
    case 'select':
      return withInputExitCode(USAGE_SELECT, async () => {
        const { values } = args(argv.slice(1), {
          pool: { type: 'string' },
          rules: { type: 'string' },
          out: { type: 'string' },
        });
        if (values.help) return helpFor(USAGE_SELECT);
        return (await import('./commands/select.ts')).selectCommand(
          values as { pool?: string; rules?: string; out?: string },
        );
      });
    case 'apportion':
      return withInputExitCode(USAGE_APPORTION, async () => {
        const { values } = args(argv.slice(1), {
          units: { type: 'string' },
          seats: { type: 'string' },
          method: { type: 'string' },
          min: { type: 'string' },
        });
        if (values.help) return helpFor(USAGE_APPORTION);
        await (await import('./commands/apportion.ts')).apportionCommand(
          values as { units?: string; seats?: string; method?: string; min?: string },
        );
        return 0;
      });
    case 'award-money':
      return withInputExitCode(USAGE_AWARD_MONEY, async () => {
        const { values } = args(argv.slice(1), {
          form: { type: 'string' },
          kind: { type: 'string' },
          date: { type: 'string' },
        });
        if (values.help) {
          console.log(
            `Dùng: ${USAGE_AWARD_MONEY}\nIn số tiền thưởng (đồng, chỉ chữ số). Mã và hệ số: docs/rules/commendations.md.`,
          );
          return 0;
        }
        return (await import('./commands/award-money.ts')).awardMoneyCommand(
          values as { data?: string; form?: string; kind?: string; date?: string },
        );
      });
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
  if (isParseArgsError(error)) {
    console.error(`Lỗi: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? `Lỗi: ${error.message}` : error);
  process.exit(1);
});
