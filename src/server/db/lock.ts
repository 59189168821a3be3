import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'vinhdanh.lock';

export class DataDirLockedError extends Error {
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(
      `Thư mục dữ liệu "${dir}" đang được một tiến trình Vinh Danh khác sử dụng (PID ${pid}). ` +
        'Hãy dừng tiến trình đó trước, hoặc chọn thư mục khác bằng --data.',
    );
    this.name = 'DataDirLockedError';
    this.pid = pid;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, as the kernel counts it (field 22 of /proc/PID/stat, after the command name,
 * which may hold spaces), with the boot it belongs to; null where /proc does not exist.
 */
function startOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${boot}/${fields[19]}`;
  } catch {
    return null;
  }
}

/** "PID START": the holder of a lock, told apart from a later process that got the same PID. */
function holderLine(): string {
  return `${process.pid} ${startOf(process.pid) ?? '-'}\n`;
}

/**
 * Whether the process that wrote `line` still runs. A PID alone is not enough: in a container the
 * server is PID 1 every time it starts, so a lock left by a killed server names the PID of its
 * successor. The start recorded beside the PID tells them apart; a line without one (written by an
 * older version) counts as held only by another live PID.
 */
function holderAlive(line: string): { pid: number; alive: boolean } {
  const [pidText, start] = line.trim().split(/\s+/);
  const pid = Number.parseInt(pidText ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, alive: false };
  if (start && start !== '-') {
    const now = startOf(pid);
    if (now !== null) return { pid, alive: now === start };
  }
  return { pid, alive: pid !== process.pid && isAlive(pid) };
}

/**
 * Takes the data folder for this process: PGlite does not lock its folder, and two processes writing
 * the same files would corrupt it. A lock left by a process that died is taken over, also when a new
 * process has the dead one's PID.
 */
export function acquireDataDirLock(dir: string): { release(): void } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine = holderLine();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, mine);
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderAlive(fs.readFileSync(file, 'utf8'));
      if (holder.alive) throw new DataDirLockedError(dir, holder.pid);
      fs.unlinkSync(file);
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dir}`);
}
