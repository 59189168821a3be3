import { useCallback, useMemo, useState } from 'react';

/**
 * An editable copy of saved data: `dirty` says whether it differs from what was last loaded or saved.
 * `reset` starts again from a new saved value (after saving, or reloading on a conflict).
 */
export function useDraft<T>(saved: T) {
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(base), [draft, base]);
  const reset = useCallback((value: T) => {
    setBase(value);
    setDraft(value);
  }, []);
  return { draft, setDraft, dirty, reset };
}
