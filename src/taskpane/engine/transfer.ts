import type { PlanValue, SheetSnapshot, WorkbookSnapshot, WriteOp, WritePlan } from "../../core";
import type { SnapshotPart } from "./protocol";

/**
 * Cells per message between the page and the worker. A message is copied (serialised) by the thread
 * that sends it and rebuilt by the one that receives it, each in one go: 20,000 cells take a few
 * milliseconds, where a 100,000-row sheet in one message held the page for most of a second.
 */
export const CELLS_PER_MESSAGE = 20_000;

function rowSlices<T>(rows: readonly T[], width: number, cells: number): T[][] {
  const per = Math.max(1, Math.floor(cells / Math.max(1, width)));
  const out: T[][] = [];
  for (let at = 0; at < rows.length; at += per) out.push(rows.slice(at, at + per));
  return out;
}

const widthOf = (rows: readonly (readonly unknown[])[]) => rows.reduce((w, r) => Math.max(w, r.length), 0);

/**
 * A snapshot as messages of at most about `cells` cells each: a head, then each sheet's rows in order.
 * @example splitSnapshot(snapshot).length // 1 + the rows of every sheet / 20,000 cells
 */
export function splitSnapshot(snapshot: WorkbookSnapshot, cells = CELLS_PER_MESSAGE): SnapshotPart[] {
  const sheets: [string, SheetSnapshot][] = [["", snapshot.active], ...Object.entries(snapshot.others ?? {})];
  const parts: SnapshotPart[] = [
    {
      kind: "head",
      sheetNames: snapshot.sheetNames,
      owned: snapshot.owned,
      sheets: sheets.map(([key, s]) => ({ key, name: s.name, top: s.top, left: s.left, formats: s.formats !== undefined })),
    },
  ];
  for (const [key, sheet] of sheets) {
    const width = widthOf(sheet.values);
    const slices = rowSlices(sheet.values, width, cells);
    let at = 0;
    for (const values of slices) {
      const formats = sheet.formats?.slice(at, at + values.length);
      parts.push({ kind: "rows", key, values, ...(formats ? { formats } : {}) });
      at += values.length;
    }
  }
  return parts;
}

/** Builds a snapshot back from the parts of `splitSnapshot`, in order. */
export function joinSnapshot(parts: readonly SnapshotPart[]): WorkbookSnapshot {
  const head = parts[0];
  if (head?.kind !== "head") throw new Error("A snapshot starts with its head.");
  const values = new Map<string, SheetSnapshot["values"][number][]>();
  const formats = new Map<string, (readonly string[])[]>();
  for (const part of parts.slice(1)) {
    if (part.kind !== "rows") throw new Error("A snapshot has one head.");
    const rows = values.get(part.key) ?? [];
    for (const row of part.values) rows.push(row);
    values.set(part.key, rows);
    if (part.formats) formats.set(part.key, [...(formats.get(part.key) ?? []), ...part.formats]);
  }
  const sheetOf = (s: (typeof head.sheets)[number]): SheetSnapshot => ({
    name: s.name,
    top: s.top,
    left: s.left,
    values: values.get(s.key) ?? [],
    ...(s.formats ? { formats: formats.get(s.key) ?? [] } : {}),
  });
  const active = head.sheets.find((s) => s.key === "");
  if (!active) throw new Error("A snapshot has an active sheet.");
  const others = head.sheets.filter((s) => s.key !== "");
  return {
    active: sheetOf(active),
    sheetNames: head.sheetNames,
    owned: head.owned,
    ...(others.length > 0 ? { others: Object.fromEntries(others.map((s) => [s.key, sheetOf(s)])) } : {}),
  };
}

/** A write plan's piece: ops in order; `continues` when its last op's rows go on in the next piece's first op. */
export interface PlanPart {
  readonly ops: readonly WriteOp[];
  readonly continues: boolean;
}

/**
 * A plan's ops as pieces of at most about `cells` cells of values each; a large `values` op is cut
 * into row slices that `joinPlanOps` puts back together.
 */
export function splitPlanOps(plan: WritePlan, cells = CELLS_PER_MESSAGE): PlanPart[] {
  const parts: PlanPart[] = [];
  let ops: WriteOp[] = [];
  let size = 0;
  const flush = (continues: boolean) => {
    parts.push({ ops, continues });
    ops = [];
    size = 0;
  };
  for (const op of plan.ops) {
    const opCells = op.kind === "values" ? op.range.rows * op.range.cols : 1;
    if (op.kind !== "values" || opCells <= cells) {
      if (size + opCells > cells && ops.length > 0) flush(false);
      ops.push(op);
      size += opCells;
      continue;
    }
    if (ops.length > 0) flush(false);
    const slices = rowSlices(op.values, op.range.cols, cells);
    let row = op.range.row;
    slices.forEach((values, i) => {
      ops.push({ kind: "values", range: { ...op.range, row, rows: values.length }, values });
      row += values.length;
      flush(i < slices.length - 1);
    });
  }
  if (ops.length > 0) flush(false);
  return parts;
}

/** The ops of `splitPlanOps`'s pieces as one list again, each cut `values` op whole. */
export function joinPlanOps(parts: readonly PlanPart[]): WriteOp[] {
  const ops: WriteOp[] = [];
  /** The rows of a cut `values` op being put together (the op itself is the last of `ops`). */
  let growing: (readonly PlanValue[])[] | null = null;
  for (const part of parts) {
    part.ops.forEach((op, i) => {
      const last = ops[ops.length - 1];
      if (i === 0 && growing !== null && op.kind === "values" && last?.kind === "values") {
        for (const row of op.values) growing.push(row);
        ops[ops.length - 1] = { kind: "values", range: { ...last.range, rows: last.range.rows + op.range.rows }, values: growing };
      } else ops.push(op);
    });
    const last = ops[ops.length - 1];
    growing = part.continues && last?.kind === "values" ? (growing ?? [...last.values]) : null;
    if (growing !== null && last?.kind === "values" && last.values !== growing)
      ops[ops.length - 1] = { ...last, values: growing };
  }
  return ops;
}

/** Items of a long list per message (a client's result is some forty values). */
export const ITEMS_PER_MESSAGE = 1_000;

/** Where an analysis's long lists are: each is sent in pieces, then put back where it was. */
export const LONG_LISTS: readonly (readonly string[])[] = [
  ["read", "value", "clients"],
  ["classification", "clients"],
  ["portrait", "model", "plan"],
  ["portrait", "model", "gaps", "clients"],
  ["portrait", "funnel", "overdue"],
];

type Plain = { readonly [key: string]: unknown };
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (isPlain(v) ? v[key] : undefined), value);
}

/** `value` with `path` set to `leaf`, the objects along the way copied (never changed in place). */
function setAt<T>(value: T, path: readonly string[], leaf: unknown): T {
  if (path.length === 0) return leaf as T;
  if (!isPlain(value)) return value;
  const [key, ...rest] = path;
  return { ...value, [key]: setAt(value[key], rest, leaf) } as T;
}

/** One piece of a long list: which of `LONG_LISTS` and the items, in order. */
export interface ListPiece {
  readonly list: number;
  readonly items: readonly unknown[];
}

/**
 * `value` without the long lists of `LONG_LISTS` (emptied), and those lists in pieces of at most
 * `items` items; `withLongLists` puts them back.
 * @example withoutLongLists(analysis).pieces.length // 5 for 5,000 clients, plus the other lists' pieces
 */
export function withoutLongLists<T>(value: T, items = ITEMS_PER_MESSAGE): { readonly rest: T; readonly pieces: ListPiece[] } {
  let rest = value;
  const pieces: ListPiece[] = [];
  LONG_LISTS.forEach((path, list) => {
    const found = at(value, path);
    if (!Array.isArray(found) || found.length <= items) return;
    for (let from = 0; from < found.length; from += items) pieces.push({ list, items: found.slice(from, from + items) });
    rest = setAt(rest, path, []);
  });
  return { rest, pieces };
}

/** The value of `withoutLongLists` whole again. */
export function withLongLists<T>(rest: T, pieces: readonly ListPiece[]): T {
  const lists = new Map<number, unknown[]>();
  for (const piece of pieces) {
    const items = lists.get(piece.list) ?? [];
    for (const item of piece.items) items.push(item);
    lists.set(piece.list, items);
  }
  let value = rest;
  for (const [list, items] of lists) value = setAt(value, LONG_LISTS[list], items);
  return value;
}
