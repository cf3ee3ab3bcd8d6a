import type { Language, Param, ProblemMeta } from "../../app/modules/problems/problem-schema";

/**
 * Starter code in LeetCode's form, written from problem.json: `var name = function` with
 * JSDoc types in JavaScript, a typed function (or class) in TypeScript, `class Solution`
 * in Python, each headed by the definition of the node class the judge provides.
 */

type Meta = Pick<ProblemMeta, "kind" | "signature" | "design">;

const base = (type: string) => type.replace(/(\[\])+$/, "");
const depth = (type: string) => (type.length - base(type).length) / 2;

function jsType(type: string): string {
  if (type === "void") return "void";
  const inner = { int: "number", float: "number", bool: "boolean", string: "string" }[base(type)] ?? base(type);
  return inner + "[]".repeat(depth(type));
}

function tsType(type: string): string {
  if (type === "void") return "void";
  const name = base(type);
  const inner = { int: "number", float: "number", bool: "boolean", string: "string" }[name] ?? `${name} | null`;
  if (depth(type) === 0) return inner;
  return (inner.includes("|") ? `(${inner})` : inner) + "[]".repeat(depth(type));
}

function pyType(type: string): string {
  if (type === "void") return "None";
  const name = base(type);
  let out = { int: "int", float: "float", bool: "bool", string: "str" }[name] ?? `Optional[${name}]`;
  for (let i = 0; i < depth(type); i++) out = `List[${out}]`;
  return out;
}

const usesType = (meta: Meta, name: string) => JSON.stringify(meta.signature ?? meta.design ?? {}).includes(`"${name}`);

const HEADERS = {
  javascript: {
    ListNode: [
      "/**",
      " * Definition for singly-linked list.",
      " * function ListNode(val, next) {",
      " *     this.val = (val===undefined ? 0 : val)",
      " *     this.next = (next===undefined ? null : next)",
      " * }",
      " */",
    ],
    TreeNode: [
      "/**",
      " * Definition for a binary tree node.",
      " * function TreeNode(val, left, right) {",
      " *     this.val = (val===undefined ? 0 : val)",
      " *     this.left = (left===undefined ? null : left)",
      " *     this.right = (right===undefined ? null : right)",
      " * }",
      " */",
    ],
  },
  typescript: {
    ListNode: [
      "/**",
      " * Definition for singly-linked list.",
      " * class ListNode {",
      " *     val: number",
      " *     next: ListNode | null",
      " *     constructor(val?: number, next?: ListNode | null) {",
      " *         this.val = (val===undefined ? 0 : val)",
      " *         this.next = (next===undefined ? null : next)",
      " *     }",
      " * }",
      " */",
    ],
    TreeNode: [
      "/**",
      " * Definition for a binary tree node.",
      " * class TreeNode {",
      " *     val: number",
      " *     left: TreeNode | null",
      " *     right: TreeNode | null",
      " *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {",
      " *         this.val = (val===undefined ? 0 : val)",
      " *         this.left = (left===undefined ? null : left)",
      " *         this.right = (right===undefined ? null : right)",
      " *     }",
      " * }",
      " */",
    ],
  },
  python: {
    ListNode: [
      "# Definition for singly-linked list.",
      "# class ListNode:",
      "#     def __init__(self, val=0, next=None):",
      "#         self.val = val",
      "#         self.next = next",
    ],
    TreeNode: [
      "# Definition for a binary tree node.",
      "# class TreeNode:",
      "#     def __init__(self, val=0, left=None, right=None):",
      "#         self.val = val",
      "#         self.left = left",
      "#         self.right = right",
    ],
  },
} as const;

function header(meta: Meta, language: Language): string[] {
  return (["ListNode", "TreeNode"] as const).filter((t) => usesType(meta, t)).flatMap((t) => HEADERS[language][t]);
}

function jsDoc(params: Param[], returns?: string, indent = ""): string[] {
  return [
    `${indent}/**`,
    ...params.map((p) => `${indent} * @param {${jsType(p.type)}} ${p.name}`),
    ...(returns ? [`${indent} * @return {${jsType(returns)}}`] : []),
    `${indent} */`,
  ];
}

const names = (params: Param[]) => params.map((p) => p.name).join(", ");
const tsParams = (params: Param[]) => params.map((p) => `${p.name}: ${tsType(p.type)}`).join(", ");
const pyParams = (params: Param[]) => ["self", ...params.map((p) => `${p.name}: ${pyType(p.type)}`)].join(", ");

function javascript(meta: Meta): string[] {
  if (meta.kind === "function") {
    const s = meta.signature!;
    return [...jsDoc(s.params, s.returns), `var ${s.functionName} = function(${names(s.params)}) {`, "", "};"];
  }
  const d = meta.design!;
  const lines = [
    ...(d.constructorParams.length ? jsDoc(d.constructorParams) : []),
    `var ${d.className} = function(${names(d.constructorParams)}) {`,
    "",
    "};",
  ];
  for (const m of d.methods) {
    lines.push(
      "",
      ...jsDoc(m.params, m.returns),
      `${d.className}.prototype.${m.name} = function(${names(m.params)}) {`,
      "",
      "};",
    );
  }
  return lines;
}

function typescript(meta: Meta): string[] {
  if (meta.kind === "function") {
    const s = meta.signature!;
    return [`function ${s.functionName}(${tsParams(s.params)}): ${tsType(s.returns)} {`, "", "};"];
  }
  const d = meta.design!;
  const lines = [`class ${d.className} {`, `    constructor(${tsParams(d.constructorParams)}) {`, "", "    }"];
  for (const m of d.methods)
    lines.push("", `    ${m.name}(${tsParams(m.params)}): ${tsType(m.returns)} {`, "", "    }");
  lines.push("}");
  return lines;
}

function python(meta: Meta): string[] {
  if (meta.kind === "function") {
    const s = meta.signature!;
    return [
      "class Solution:",
      `    def ${s.functionName}(${pyParams(s.params)}) -> ${pyType(s.returns)}:`,
      "        pass",
    ];
  }
  const d = meta.design!;
  const lines = [`class ${d.className}:`, "", `    def __init__(${pyParams(d.constructorParams)}):`, "        pass"];
  for (const m of d.methods)
    lines.push("", `    def ${m.name}(${pyParams(m.params)}) -> ${pyType(m.returns)}:`, "        pass");
  return lines;
}

export function startersFor(meta: Meta): Record<Language, string> {
  const join = (language: Language, body: string[]) => {
    const head = header(meta, language);
    return [...head, ...(head.length ? [""] : []), ...body].join("\n") + "\n";
  };
  return {
    javascript: join("javascript", javascript(meta)),
    typescript: join("typescript", typescript(meta)),
    python: join("python", python(meta)),
  };
}
