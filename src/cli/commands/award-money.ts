import fs from 'node:fs';
import {
  DEFAULT_AWARD_FORMS,
  DEFAULT_BASE_SALARIES,
  formInForce,
  formNotInForceMessage,
} from '../../core/awards/catalogue.ts';
import { decisionMoney } from '../../core/awards/money.ts';
import type { AwardForm, AwardSubjectKind, BaseSalary } from '../../core/awards/types.ts';
import { isIsoDate } from '../../core/vietnamese/dates.ts';
import { loadConfig } from '../../server/config.ts';
import { loadAwardCatalogue } from '../../server/modules/awards/index.ts';
import { openServiceContext } from '../../server/open-context.ts';
import { CliError } from '../cli-error.ts';

export const USAGE_AWARD_MONEY =
  'vinhdanh award-money --form MÃ --kind individual|collective --date YYYY-MM-DD [--data DIR]';

const KINDS: Record<string, AwardSubjectKind> = { individual: 'individual', collective: 'collective' };

interface Catalogue {
  forms: AwardForm[];
  salaries: BaseSalary[];
}

/**
 * The catalogue and base salaries an administrator saved, when there is data (DATABASE_URL, --data DIR,
 * VINHDANH_DATA, or ./data when that folder exists); the built-in values otherwise, or for a table that
 * is still empty.
 */
async function loadCatalogue(dataDir: string | undefined): Promise<Catalogue> {
  const config = loadConfig({ dataDir });
  const explicit = dataDir !== undefined || Boolean(process.env.VINHDANH_DATA);
  if (!config.databaseUrl && !fs.existsSync(config.dataDir)) {
    if (explicit) throw new CliError(`Không tìm thấy thư mục dữ liệu “${config.dataDir}”.`);
    return { forms: DEFAULT_AWARD_FORMS, salaries: DEFAULT_BASE_SALARIES };
  }
  const handle = await openServiceContext(dataDir, { reference: false, config });
  try {
    const stored = await loadAwardCatalogue(handle.ctx.db);
    return {
      forms: stored.forms.length > 0 ? stored.forms : DEFAULT_AWARD_FORMS,
      salaries: stored.salaries.length > 0 ? stored.salaries : DEFAULT_BASE_SALARIES,
    };
  } finally {
    await handle.close();
  }
}

function codesOf(forms: readonly AwardForm[]): string {
  return [...new Set(forms.map((f) => f.code))].join(', ');
}

/**
 * `vinhdanh award-money`: the award money in đồng, digits only ("710000"), for a form, a kind of
 * subject and a decision date. Problems are thrown as CliError/DomainError (exit code 1).
 */
export async function awardMoneyCommand(opts: {
  data?: string;
  form?: string;
  kind?: string;
  date?: string;
}): Promise<number> {
  const missing = (['form', 'kind', 'date'] as const).filter((k) => !opts[k]);
  if (missing.length > 0) {
    throw new CliError(`Thiếu ${missing.map((k) => `--${k}`).join(', ')}.\nDùng: ${USAGE_AWARD_MONEY}`);
  }
  const code = opts.form as string;
  const date = opts.date as string;
  const kind = KINDS[opts.kind as string];
  if (!kind) {
    throw new CliError(
      `Đối tượng “${opts.kind}” không hợp lệ: --kind phải là individual (cá nhân) hoặc collective (tập thể).`,
    );
  }
  if (!isIsoDate(date)) {
    throw new CliError(`Ngày quyết định “${date}” không hợp lệ: viết dạng năm-tháng-ngày, ví dụ 2025-08-20.`);
  }
  const { forms, salaries } = await loadCatalogue(opts.data);
  const form = formInForce(forms, code, date);
  if (!form) {
    throw new CliError(
      formNotInForceMessage(forms, code, date) ??
        `Không có danh hiệu, hình thức khen thưởng mã “${code}”. Các mã có trong danh mục: ${codesOf(forms)}.`,
    );
  }
  console.log(String(decisionMoney(form, kind, date, salaries).amount));
  return 0;
}
