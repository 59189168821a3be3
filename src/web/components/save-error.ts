import { ApiError, type FieldProblem } from '../api/client.ts';

/**
 * What a failed save means for an editor: someone else saved first (offer to reload), or the problems
 * to show beside the fields, or one general problem.
 */
export function reportSaveError(
  error: unknown,
  handlers: { onConflict: () => void; onProblems: (problems: FieldProblem[]) => void },
): void {
  if (error instanceof ApiError && error.isConflict) handlers.onConflict();
  else if (error instanceof ApiError && error.fields.length > 0) handlers.onProblems(error.fields);
  else handlers.onProblems([{ path: '', message: error instanceof Error ? error.message : String(error) }]);
}
