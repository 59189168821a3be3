import type { Db } from './db/database.ts';

/** What services need from the outside world, passed in so tests can control it. */
export interface ServiceContext {
  db: Db;
  /** The current time; tests pass a fixed clock. */
  now: () => Date;
  /** VINHDANH_PUBLIC_URL: when set, it is the public address and overrides the one saved in "Cài đặt". */
  publicUrl?: string;
}

/** Who is acting and from where, for the audit log. */
export interface RequestMeta {
  ip: string | null;
}
