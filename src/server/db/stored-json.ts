import { z } from 'zod';

/**
 * Reads a jsonb column through its zod schema. The database only knows the value is JSON; a value of
 * another shape (a bad restore, a hand edit, an old format nobody migrated) fails here, naming the
 * column, the row and the first wrong field, instead of travelling on as silent garbage.
 *
 * @example parseStored(z.array(proposalItemSchema), r.items, 'award_proposals.items', r.id)
 */
export function parseStored<S extends z.ZodType>(
  schema: S,
  value: unknown,
  column: string,
  rowId: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? ` tại ${issue.path.join('.')}` : '';
  throw new StoredJsonError(
    `Dữ liệu lưu trong ${column} (dòng ${rowId}) không đúng cấu trúc${field}: ${issue?.message ?? 'không đọc được'}`,
  );
}

/** A jsonb value that does not have the shape the code expects (a 500: the data, not the request, is wrong). */
export class StoredJsonError extends Error {
  override name = 'StoredJsonError';
}

/** A list of texts (aliases, priority areas, legal bases). */
export const storedTexts = z.array(z.string());
