import { useMemo, useState } from 'react';
import { ApiError } from '../../app/api.ts';
import { getIn, setIn } from '../../components/set-in.ts';
import type { RecordValues } from './record-values.ts';

// The record form's values and errors without a form library: the values are the API body's own
// shape (record-values.ts), a field is named by its path in it (['participants','total'],
// ['measures','items',0,'count']), so that the server's issue paths land on the right field.

export type Path = readonly (string | number)[];
const key = (p: Path) => p.join('.');

/** What each field of the form reads and writes: its value, a change, its error. */
export interface FormBinding {
  value<V = unknown>(path: Path): V;
  set(path: Path, value: unknown): void;
  error(path: Path): string | undefined;
  /** `value` and `onValue` for a control of lite.tsx. */
  bind<V = never>(path: Path): { value: V; onValue(v: unknown): void };
  /** A list's rows without its row `index` / with `row` added at its end. */
  removeRow(path: Path, index: number): void;
  addRow(path: Path, row: unknown): void;
}

/** The paths a record must fill before it is sent: its dates, each output's and list row's name, the kind's texts. */
export function missingFields(v: RecordValues): Path[] {
  const blank = (x: unknown) => typeof x !== 'string' || !x.trim();
  const missing: Path[] = [];
  if (!v.startDate) missing.push(['startDate']);
  if (!v.endDate) missing.push(['endDate']);
  (v.outputs ?? []).forEach((o, i) => {
    if (blank(o?.description)) missing.push(['outputs', i, 'description']);
  });
  const m = v.measures;
  if (m.kind === 'school_session' && blank(m.school)) missing.push(['measures', 'school']);
  if (m.kind === 'iec_material') {
    if (blank(m.materialKind)) missing.push(['measures', 'materialKind']);
    if (blank(m.title)) missing.push(['measures', 'title']);
    (m.distributed ?? []).forEach((d, i) => {
      if (blank(d?.recipient)) missing.push(['measures', 'distributed', i, 'recipient']);
    });
  }
  if (m.kind === 'club' && blank(m.clubName)) missing.push(['measures', 'clubName']);
  return missing;
}

/**
 * The form's state: `initial` as given, the server's field errors from `error` (until the field is
 * changed), and the required fields' errors after a submit.
 */
export function useRecordFormState(
  initial: RecordValues,
  error: unknown,
  requiredMessage: string,
  onChange?: (values: RecordValues) => void,
) {
  const [values, setValues] = useState(initial);
  const [mine, setMine] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<{ error: unknown; keys: Set<string> }>({ error, keys: new Set() });
  // A new error from the server shows every field it names again.
  const cleared = touched.error === error ? touched.keys : new Set<string>();
  const server = useMemo(() => {
    const found: Record<string, string> = {};
    if (error instanceof ApiError)
      for (const i of error.issues) if (i.path.length) found[key(i.path)] ??= i.message;
    return found;
  }, [error]);

  const binding: FormBinding = {
    value: <V>(path: Path) => getIn(values, path) as V,
    set(path, value) {
      const next = setIn(values, path, value);
      setValues(next);
      const k = key(path);
      if (mine[k]) setMine(({ [k]: _, ...rest }) => rest);
      setTouched({ error, keys: new Set(cleared).add(k) });
      onChange?.(next);
    },
    error: (path) => {
      const k = key(path);
      return mine[k] ?? (cleared.has(k) ? undefined : server[k]);
    },
    bind: <V>(path: Path) => ({
      value: getIn(values, path) as V,
      onValue: (v: unknown) => binding.set(path, v),
    }),
    removeRow: (path, index) =>
      binding.set(
        path,
        ((getIn(values, path) as unknown[]) ?? []).filter((_, j) => j !== index),
      ),
    addRow: (path, row) => binding.set(path, [...((getIn(values, path) as unknown[]) ?? []), row]),
  };

  /** The required fields left blank, shown at each; true when there are none. */
  function check(): boolean {
    const missing = missingFields(values);
    setMine(Object.fromEntries(missing.map((p) => [key(p), requiredMessage])));
    return !missing.length;
  }
  return { values, setValues, binding, check };
}
