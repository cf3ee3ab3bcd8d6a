import type { JudgeSpec, JudgeTest } from "~/modules/judge/types";
import { checkValue } from "~/modules/judge/values";

/** Editable test cases for Run: each input field is JSON text the user can change. */
export interface EditableCase {
  id: number;
  fields: Record<string, string>;
  /** The example's answer while its input is unchanged; custom input has none. */
  original?: { fields: Record<string, string>; expected: unknown };
}

export interface CaseField {
  name: string;
  type: string;
}

export function caseFields(spec: JudgeSpec): CaseField[] {
  if (spec.kind === "design") {
    return [
      { name: "operations", type: "string[]" },
      { name: "arguments", type: "json[][]" },
    ];
  }
  return spec.signature?.params.map((p) => ({ name: p.name, type: p.type })) ?? [];
}

let nextId = 1;

export function casesFromExamples(
  spec: JudgeSpec,
  examples: Array<{ input: Record<string, unknown>; expected: unknown }>,
): EditableCase[] {
  return examples.map((example) => {
    const fields = Object.fromEntries(caseFields(spec).map((f) => [f.name, JSON.stringify(example.input[f.name])]));
    return { id: nextId++, fields, original: { fields: { ...fields }, expected: example.expected } };
  });
}

export function blankCase(spec: JudgeSpec, copyFrom?: EditableCase): EditableCase {
  const fields = Object.fromEntries(caseFields(spec).map((f) => [f.name, copyFrom?.fields[f.name] ?? ""]));
  return { id: nextId++, fields };
}

/** Parses a case's fields; errors are keyed by field name. */
export function parseCase(
  spec: JudgeSpec,
  editable: EditableCase,
  index: number,
): { ok: true; test: JudgeTest } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const input: Record<string, unknown> = {};
  for (const field of caseFields(spec)) {
    const text = editable.fields[field.name] ?? "";
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      errors[field.name] = text.trim() ? "Not valid JSON: check brackets, commas and double quotes" : "Enter a value";
      continue;
    }
    const problem =
      field.type === "json[][]"
        ? Array.isArray(value) && value.every(Array.isArray)
          ? null
          : "must be an array of argument arrays"
        : checkValue(field.type, value, field.name);
    if (problem) errors[field.name] = problem;
    else input[field.name] = value;
  }
  if (spec.kind === "design" && !errors.operations && !errors.arguments) {
    const ops = input.operations as string[];
    const args = input.arguments as unknown[][];
    if (ops.length !== args.length) errors.arguments = "needs one argument list per operation";
    else if (ops[0] !== spec.design?.className) errors.operations = `must start with "${spec.design?.className}"`;
    else {
      const unknown = ops.slice(1).find((op) => !spec.design?.methods.some((m) => m.name === op));
      if (unknown) errors.operations = `unknown method "${unknown}"`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const unchanged =
    editable.original && Object.entries(editable.fields).every(([k, v]) => editable.original!.fields[k] === v);
  return {
    ok: true,
    test: { index, input, expected: unchanged ? editable.original!.expected : undefined, label: `Case ${index + 1}` },
  };
}
