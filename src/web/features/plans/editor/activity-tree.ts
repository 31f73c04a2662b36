import type { PlanActivity } from '../../../../shared/contracts/plans.ts';

// Edits of the activity tree as pure functions over an immutable tree. Positions are paths of
// indexes ([2, 0] = the first sub-activity of activity 3); numbers ("3.1") follow from the
// order, so reordering renumbers everything at once.

export type TreePath = number[];

export function newActivity(): PlanActivity {
  return {
    id: crypto.randomUUID(),
    title: '',
    content: [],
    forms: [],
    audiences: [],
    kind: null,
    leadOrganisationId: null,
    leadName: null,
    coordinatingOrganisationIds: [],
    coordinatingNames: [],
    placeUnitIds: [],
    start: null,
    end: null,
    timeText: null,
    outputs: [],
    budgetLines: [],
    inheritedFromId: null,
    children: [],
  };
}

function siblingsAt(
  list: PlanActivity[],
  parent: TreePath,
  fn: (siblings: PlanActivity[]) => PlanActivity[],
): PlanActivity[] {
  if (!parent.length) return fn(list);
  const [head, ...rest] = parent;
  return list.map((a, i) => (i === head ? { ...a, children: siblingsAt(a.children, rest, fn) } : a));
}

export function getAt(list: PlanActivity[], path: TreePath): PlanActivity | undefined {
  let current: PlanActivity | undefined;
  let level = list;
  for (const i of path) {
    current = level[i];
    if (!current) return undefined;
    level = current.children;
  }
  return current;
}

export function updateAt(list: PlanActivity[], path: TreePath, patch: Partial<PlanActivity>): PlanActivity[] {
  const parent = path.slice(0, -1);
  const index = path[path.length - 1];
  return siblingsAt(list, parent, (s) => s.map((a, i) => (i === index ? { ...a, ...patch } : a)));
}

export function removeAt(list: PlanActivity[], path: TreePath): PlanActivity[] {
  const index = path[path.length - 1];
  return siblingsAt(list, path.slice(0, -1), (s) => s.filter((_, i) => i !== index));
}

/** Inserts after `path` (a sibling) or, with `asChild`, as the last child of `path`. */
export function insertAt(
  list: PlanActivity[],
  path: TreePath | null,
  activity: PlanActivity,
  asChild = false,
): PlanActivity[] {
  if (!path) return [...list, activity];
  if (asChild) return updateAt(list, path, { children: [...(getAt(list, path)?.children ?? []), activity] });
  const index = path[path.length - 1];
  return siblingsAt(list, path.slice(0, -1), (s) => [
    ...s.slice(0, index + 1),
    activity,
    ...s.slice(index + 1),
  ]);
}

/** Moves an activity up (-1) or down (+1) among its siblings. */
export function move(list: PlanActivity[], path: TreePath, delta: -1 | 1): PlanActivity[] {
  const index = path[path.length - 1];
  return siblingsAt(list, path.slice(0, -1), (s) => {
    const target = index + delta;
    if (target < 0 || target >= s.length) return s;
    const copy = [...s];
    [copy[index], copy[target]] = [copy[target], copy[index]];
    return copy;
  });
}

export function numberOf(path: TreePath): string {
  return path.map((i) => i + 1).join('.');
}

/** Every activity with its path, depth-first: what the editor lists. */
export function flatten(
  list: PlanActivity[],
  parent: TreePath = [],
): { activity: PlanActivity; path: TreePath }[] {
  return list.flatMap((activity, i) => [
    { activity, path: [...parent, i] },
    ...flatten(activity.children, [...parent, i]),
  ]);
}
