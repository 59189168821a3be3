import type { z } from 'zod';
import { describeIssue } from '../../../shared/api/field-labels.ts';
import { ApiError, type FieldProblem } from '../../api/client.ts';

/** "plan/purposes/0", "plan.purposes[0]" → "plan.purposes.0": the key the editor's inputs look up. */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^[/.]+/, '')
    .replace(/\//g, '.');
}

/** The same checks the server makes, run before sending so mistakes show at once. */
export function checkWithSchema(schema: z.ZodType, value: unknown): FieldProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeIssue(issue),
  }));
}

/** Problems keyed by field path; the first message for a field wins. */
export function problemsByPath(problems: readonly FieldProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const key = normalisePath(p.path);
    out[key] ??= p.message;
  }
  return out;
}

/**
 * The server's message for one field of a failed save ("officeName" also matches "body.officeName"),
 * or undefined when the error is not the server's or names another field.
 */
export function apiFieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.path === name || f.path.endsWith(`.${name}`))?.message;
}
