import { PUBLIC_ADDRESS_EXAMPLE, PUBLIC_ADDRESS_LABEL } from '../../core/settings/public-address.ts';
import { publicAddress, setPublicAddress } from '../../server/modules/settings/index.ts';
import type { PublicAddressView } from '../../shared/api/settings.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData } from '../open-data.ts';

/** The settings the command line can set, by the name used after `settings set`. */
const SETTABLE = ['public-url'] as const;

function describeAddress(a: PublicAddressView): string {
  const lines = [
    `${PUBLIC_ADDRESS_LABEL} (public-url): ${a.value ?? 'chưa đặt'}${a.source === 'environment' ? ' (từ biến môi trường VINHDANH_PUBLIC_URL)' : ''}`,
  ];
  if (a.source === 'environment' && a.saved) lines.push(`  Địa chỉ lưu trong Cài đặt: ${a.saved}`);
  if (a.problem) {
    lines.push(
      `  Chưa in được giấy khen: ${PUBLIC_ADDRESS_LABEL} ${a.problem}. Đặt bằng: vinhdanh settings set public-url ${PUBLIC_ADDRESS_EXAMPLE}`,
    );
  }
  return lines.join('\n');
}

/** `vinhdanh settings show [--json]`: the installation's settings. */
export async function settingsShowCommand(opts: { data?: string; json: boolean }): Promise<void> {
  const { handle, ctx } = await openData(opts.data);
  try {
    const address = await publicAddress(ctx);
    console.log(opts.json ? JSON.stringify({ publicUrl: address }, null, 2) : describeAddress(address));
  } finally {
    await handle.close();
  }
}

/** `vinhdanh settings set public-url URL`: as the system administrator, versioned and audited like the web. */
export async function settingsSetCommand(opts: {
  data?: string;
  name?: string;
  value?: string;
}): Promise<void> {
  if (!opts.name || !(SETTABLE as readonly string[]).includes(opts.name) || opts.value === undefined) {
    throw new CliError(`Dùng: vinhdanh settings set public-url ${PUBLIC_ADDRESS_EXAMPLE}`);
  }
  const { handle, ctx } = await openData(opts.data);
  try {
    const actor = await commandLineActor(ctx);
    const { version } = await publicAddress(ctx);
    const saved = await setPublicAddress(ctx, actor, { version, publicUrl: opts.value }, { ip: null });
    console.log(`Đã lưu ${PUBLIC_ADDRESS_LABEL}: ${saved.saved}`);
    if (saved.source === 'environment') {
      console.log(`Lưu ý: máy chủ đang dùng VINHDANH_PUBLIC_URL=${saved.value}, biến này được ưu tiên.`);
    }
  } finally {
    await handle.close();
  }
}
