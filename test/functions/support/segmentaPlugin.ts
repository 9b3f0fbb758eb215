/**
 * The Segmenta custom functions registered in HyperFormula, so tests can type them as formulas on a
 * sheet (fill-down and spill) and read what Excel would show. The implementations are the very ones
 * functions.ts hands to Excel; only the argument and result conversions belong to HyperFormula.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type ImplementedFunctions,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { abc } from "../../../src/functions/abc";
import { abcClass } from "../../../src/functions/abcClass";
import { classifyTable, CLASSIFY_HEADER } from "../../../src/functions/classifyTable";
import { clientStatus } from "../../../src/functions/clientStatus";
import { cvP, cvS } from "../../../src/functions/cv";
import { errorCodeOf, type FunctionResult } from "../../../src/functions/functionResult";
import { functionMessage } from "../../../src/functions/functionMessage";
import { xyz } from "../../../src/functions/xyz";
import { xyzClass } from "../../../src/functions/xyzClass";
import { sciBand } from "../../../src/functions/sciBand";
import { satisfaction } from "../../../src/functions/satisfaction";

interface Spec {
  readonly id: string;
  readonly params: FunctionArgument[];
  readonly run: (...args: unknown[]) => FunctionResult<unknown>;
  /** Result size from the first argument's size; scalar when absent. */
  readonly size?: (input: ArraySize) => ArraySize;
}

const range: FunctionArgument = { argumentType: FunctionArgumentType.RANGE };
const any: FunctionArgument = { argumentType: FunctionArgumentType.ANY };
const scalar: FunctionArgument = { argumentType: FunctionArgumentType.SCALAR };
const optionalNumber: FunctionArgument = { argumentType: FunctionArgumentType.NUMBER, optionalArg: true };

/** The functions under the namespace Excel shows them with. */
const SPECS: readonly Spec[] = [
  { id: "SEGMENTA.CV.P", params: [range], run: (v) => cvP(v) },
  { id: "SEGMENTA.CV.S", params: [range], run: (v) => cvS(v) },
  {
    id: "SEGMENTA.XYZCLASS",
    params: [any, optionalNumber, optionalNumber],
    run: (v, x, y) => xyzClass(v, x, y),
  },
  {
    id: "SEGMENTA.ABCCLASS",
    params: [scalar, range, optionalNumber, optionalNumber],
    run: (v, vs, a, b) => abcClass(v, vs, a, b),
  },
  {
    id: "SEGMENTA.ABC",
    params: [range, optionalNumber, optionalNumber],
    run: (v, a, b) => abc(v, a, b),
    size: (s) => new ArraySize(s.width, s.height),
  },
  {
    id: "SEGMENTA.XYZ",
    params: [range, optionalNumber, optionalNumber],
    run: (t, x, y) => xyz(t, x, y),
    size: (s) => new ArraySize(1, s.height),
  },
  { id: "SEGMENTA.CLIENTSTATUS", params: [range, optionalNumber], run: (v, w) => clientStatus(v, w) },
  { id: "SEGMENTA.SCIBAND", params: [scalar], run: (v) => sciBand(v) },
  { id: "SEGMENTA.SATISFACTION", params: [range], run: (v) => satisfaction(v) },
  {
    id: "SEGMENTA.CLASSIFY",
    params: [range, optionalNumber, optionalNumber, optionalNumber, optionalNumber, optionalNumber],
    run: (t, a, b, x, y, w) => classifyTable(t, a, b, x, y, w),
    // Excel sizes the spill after the call; HyperFormula needs an upper bound before it: one row per table row.
    size: (s) => new ArraySize(CLASSIFY_HEADER.length, s.height),
  },
];

export class SegmentaPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  evaluate(spec: Spec, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(spec.id), (...args: unknown[]) => {
      const values = args.map(fromHyperFormula);
      const failed = values.find((v): v is CellError => v instanceof CellError);
      return failed ?? toHyperFormula(spec.run(...values));
    });
  }

  sizeOf(spec: Spec, ast: ProcedureAst, state: InterpreterState): ArraySize {
    if (!spec.size || ast.args.length === 0) return ArraySize.scalar();
    return spec.size(this.arraySizeForAst(ast.args[0], state));
  }
}

const prototype = SegmentaPlugin.prototype as unknown as Record<string, unknown>;
SPECS.forEach((spec, i) => {
  prototype[`run${i}`] = function (this: SegmentaPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.evaluate(spec, ast, state);
  };
  prototype[`size${i}`] = function (this: SegmentaPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.sizeOf(spec, ast, state);
  };
  SegmentaPlugin.implementedFunctions[spec.id] = {
    method: `run${i}`,
    parameters: spec.params,
    vectorizationForbidden: true,
    ...(spec.size ? { sizeOfResultArrayMethod: `size${i}` } : {}),
  };
});

const translations = { enGB: Object.fromEntries(SPECS.map((s) => [s.id, s.id])) };

/** A HyperFormula sheet that knows the SEGMENTA functions. */
export function segmentaSheet(rows: unknown[][]): HyperFormula {
  if (!HyperFormula.getRegisteredFunctionNames("enGB").includes("SEGMENTA.ABC")) {
    HyperFormula.registerFunctionPlugin(SegmentaPlugin, translations);
  }
  return HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3", maxRows: 200000 });
}

/** Turns a HyperFormula argument into what Excel would hand the function (blank → null). */
function fromHyperFormula(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) {
    const data = arg.rawData();
    for (const row of data) for (const cell of row) if (cell instanceof CellError) return cell;
    return data.map((row) => row.map(plainCell));
  }
  return plainCell(arg);
}

function plainCell(cell: unknown): unknown {
  if (cell === EmptyValue) return null;
  if (typeof cell === "object" && cell !== null && "val" in cell) return (cell as { val: number }).val;
  return cell;
}

function toHyperFormula(result: FunctionResult<unknown>): InterpreterValue {
  if (!result.ok) {
    const type = errorCodeOf(result.problem) === "notAvailable" ? ErrorType.NA : ErrorType.VALUE;
    return new CellError(type, functionMessage(result.problem));
  }
  const value = result.value;
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value as (string | number)[][]);
  return value as string | number;
}
