import { fieldLabel } from '../../../shared/api/field-labels.ts';
import { AUDIT } from './labels.ts';

export interface DiffRow {
  path: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Every leaf of a JSON value by its dotted path: { plan: { purposes: ['a'] } } → "plan.purposes.0" = "a". */
export function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, '');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      flatten(v, prefix ? `${prefix}.${i}` : String(i), out);
    });
    if (value.length === 0 && prefix) out.set(prefix, '');
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, typeof value === 'boolean' ? (value ? 'Có' : 'Không') : String(value));
  }
  return out;
}

/** The fields that differ between before and after, named in Vietnamese ("Kế hoạch › Mục đích (mục 2)"). */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => a.get(p) !== b.get(p) && p !== 'version' && p !== 'updatedAt')
    .map((p) => ({
      path: p,
      label: AUDIT.extraFields[p] ?? fieldLabel(p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))),
      before: a.has(p) ? (a.get(p) ?? null) : null,
      after: b.has(p) ? (b.get(p) ?? null) : null,
    }));
}

/** A readable name for the changed record, taken from its data when there is one. */
export function entityName(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const key of ['name', 'fullName', 'title', 'username'])
        if (typeof o[key] === 'string' && o[key]) return o[key] as string;
    }
  }
  return null;
}

/** "conference.updated" → "Sửa hội nghị, kế hoạch"; unknown actions read "Sửa đơn vị" or stay as they are. */
export function actionLabel(action: string): string {
  if (AUDIT.actions[action]) return AUDIT.actions[action];
  const [entity, verb] = action.split('.');
  const v = verb ? AUDIT.verbs[verb] : undefined;
  const e = AUDIT.entityTypes[entity];
  return v && e ? `${v} ${e.toLocaleLowerCase('vi')}` : action;
}
