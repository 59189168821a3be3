import type { ColumnType } from 'kysely';

/** Column types shared by every table file of the schema. */

/** A timestamptz: read as a Date, written as a Date or an ISO string. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A jsonb column: read as T (still unchecked: repository mappers parse it), written as a JSON string. */
export type Json<T = unknown> = ColumnType<T, string, string>;
