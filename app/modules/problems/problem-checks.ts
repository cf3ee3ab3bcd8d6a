import type { JudgeSpec } from "~/modules/judge/types";
import { checkValue } from "~/modules/judge/values";
import type { TestCase } from "~/modules/problems/problem-schema";

/** Every test's input and expected output must fit the declared types. */
export function checkProblemTests(spec: JudgeSpec, tests: TestCase[]): string[] {
  const problems: string[] = [];
  if (!tests.some((t) => t.visible)) problems.push("at least one test must be visible (an example)");
  tests.forEach((test, i) => {
    const at = `tests[${i}]`;
    if (spec.kind === "function" && spec.signature) {
      const names = spec.signature.params.map((p) => p.name);
      const extra = Object.keys(test.input).filter((k) => !names.includes(k));
      if (extra.length) problems.push(`${at}.input has unknown keys ${extra.join(", ")}`);
      for (const param of spec.signature.params) {
        const issue = checkValue(param.type, test.input[param.name], `${at}.input.${param.name}`);
        if (issue) problems.push(issue);
      }
      const issue = checkValue(spec.signature.returns, test.expected, `${at}.expected`);
      if (issue) problems.push(issue);
    } else if (spec.kind === "design" && spec.design) {
      const design = spec.design;
      const ops = test.input.operations;
      const args = test.input.arguments;
      if (!Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length || ops.length === 0) {
        problems.push(`${at}.input needs operations and arguments arrays of the same, non-zero length`);
        return;
      }
      if (ops[0] !== design.className) problems.push(`${at}.input.operations[0] must be ${design.className}`);
      if (!Array.isArray(test.expected) || test.expected.length !== ops.length) {
        problems.push(`${at}.expected must have one entry per operation`);
        return;
      }
      ops.forEach((op, j) => {
        if (j === 0) return;
        const method = design.methods.find((m) => m.name === op);
        if (!method) problems.push(`${at}.input.operations[${j}]: unknown method ${String(op)}`);
        else if (method.returns === "void" && (test.expected as unknown[])[j] !== null) {
          problems.push(`${at}.expected[${j}] must be null for void method ${method.name}`);
        } else if (method.returns !== "void") {
          const issue = checkValue(method.returns, (test.expected as unknown[])[j], `${at}.expected[${j}]`);
          if (issue) problems.push(issue);
        }
      });
    }
  });
  return problems;
}
