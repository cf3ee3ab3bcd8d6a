import type { JudgeSpec, JudgeTest, RawOutcome } from "~/modules/judge/types";
import { OUTPUT_LIMIT, OUTPUT_TRUNCATED } from "~/modules/judge/types";

/**
 * Runs Python solutions in Pyodide, in the browser's worker and in Node alike.
 * The prelude is Python; values cross as JSON so both sides agree on their shape.
 */

/** The slice of Pyodide's API the harness uses (so Node and the browser can pass theirs). */
export interface PyodideLike {
  runPython(code: string, options?: { globals?: unknown }): unknown;
  globals: { get(name: string): unknown };
}

export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

export const PYTHON_PRELUDE = String.raw`
import json as _pp_json, sys as _pp_sys, io as _pp_io, time as _pp_time, traceback as _pp_tb, math as _pp_math
from typing import List, Optional, Dict, Tuple, Set

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
    def __repr__(self):
        return "ListNode(%r)" % (self.val,)

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)

_PP_MAX_NODES = 200000
_PP_OUTPUT_LIMIT = ${OUTPUT_LIMIT}

def _pp_decode(t, v):
    if t.endswith("[]"):
        return [_pp_decode(t[:-2], x) for x in v]
    if t == "ListNode":
        head = ListNode()
        tail = head
        for x in v:
            tail.next = ListNode(x)
            tail = tail.next
        return head.next
    if t == "TreeNode":
        if not v or v[0] is None:
            return None
        root = TreeNode(v[0])
        queue = [root]
        i = 1
        h = 0
        while h < len(queue) and i < len(v):
            node = queue[h]; h += 1
            if i < len(v) and v[i] is not None:
                node.left = TreeNode(v[i]); queue.append(node.left)
            i += 1
            if i < len(v) and v[i] is not None:
                node.right = TreeNode(v[i]); queue.append(node.right)
            i += 1
        return root
    return v

def _pp_safe(v, depth=0):
    if depth > 50:
        return "[too deep]"
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return v if _pp_math.isfinite(v) else str(v)
    if isinstance(v, (list, tuple)):
        return [_pp_safe(x, depth + 1) for x in v]
    if isinstance(v, (set, frozenset)):
        return [_pp_safe(x, depth + 1) for x in v]
    if isinstance(v, dict):
        return {str(k): _pp_safe(x, depth + 1) for k, x in v.items()}
    return repr(v)

def _pp_encode(t, v):
    if t.endswith("[]"):
        if isinstance(v, (list, tuple)):
            return [_pp_encode(t[:-2], x) for x in v]
        return _pp_safe(v)
    if t == "ListNode":
        if v is None:
            return []
        if not isinstance(v, ListNode):
            return _pp_safe(v)
        out = []
        while v is not None and len(out) <= _PP_MAX_NODES:
            out.append(_pp_safe(getattr(v, "val", None)))
            v = getattr(v, "next", None)
        if len(out) > _PP_MAX_NODES:
            out.append("... (list too long or has a cycle)")
        return out
    if t == "TreeNode":
        if v is None:
            return []
        if not isinstance(v, TreeNode):
            return _pp_safe(v)
        out = []
        queue = [v]
        h = 0
        while h < len(queue) and len(out) <= _PP_MAX_NODES:
            node = queue[h]; h += 1
            if node is None:
                out.append(None)
            else:
                out.append(_pp_safe(getattr(node, "val", None)))
                queue.append(getattr(node, "left", None))
                queue.append(getattr(node, "right", None))
        while out and out[-1] is None:
            out.pop()
        return out
    return _pp_safe(v)

def _pp_dismantle(*roots):
    # Long linked structures are freed recursively by CPython; in WebAssembly that can
    # overflow the stack. Unlink them iteratively first.
    stack = list(roots)
    seen = set()
    while stack:
        obj = stack.pop()
        if obj is None or id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, (list, tuple)):
            stack.extend(obj)
        elif isinstance(obj, ListNode):
            stack.append(getattr(obj, "next", None))
            try:
                obj.next = None
            except Exception:
                pass
        elif isinstance(obj, TreeNode):
            stack.append(getattr(obj, "left", None))
            stack.append(getattr(obj, "right", None))
            try:
                obj.left = None
                obj.right = None
            except Exception:
                pass

class _PPCappedOutput(_pp_io.StringIO):
    def write(self, s):
        if self.tell() > _PP_OUTPUT_LIMIT:
            return len(s)
        return super().write(s)

def _pp_error_text(exc):
    frames = [f for f in _pp_tb.extract_tb(exc.__traceback__) if f.filename == "solution.py"]
    where = (" (line %d)" % frames[-1].lineno) if frames else ""
    return "%s: %s%s" % (type(exc).__name__, exc, where)

def _pp_check(code):
    try:
        compile(code, "solution.py", "exec")
        return None
    except SyntaxError as e:
        return "%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)

def _pp_run(code, spec_json, input_json):
    code_obj = compile(code, "solution.py", "exec")
    spec = _pp_json.loads(spec_json)
    data = _pp_json.loads(input_json)
    out = _PPCappedOutput()
    old_stdout = _pp_sys.stdout
    _pp_sys.stdout = out
    start = _pp_time.perf_counter()
    held = []
    try:
        ns = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode, "List": List,
              "Optional": Optional, "Dict": Dict, "Tuple": Tuple, "Set": Set}
        exec(code_obj, ns)
        if spec["kind"] == "design":
            d = spec["design"]
            cls = ns.get(d["className"])
            if cls is None:
                raise NameError("class %s is not defined: keep the class name from the starter code" % d["className"])
            methods = {m["name"]: m for m in d["methods"]}
            results = []
            obj = None
            for i, op in enumerate(data["operations"]):
                args = data["arguments"][i] if i < len(data["arguments"]) else []
                if i == 0:
                    ctor_args = [_pp_decode(p["type"], args[j]) for j, p in enumerate(d["constructorParams"])]
                    held.append(ctor_args)
                    obj = cls(*ctor_args)
                    results.append(None)
                    continue
                m = methods.get(op)
                fn = getattr(obj, m["pyName"], None) if m else None
                if fn is None:
                    raise AttributeError("%s has no method %s" % (d["className"], m["pyName"] if m else op))
                call_args = [_pp_decode(p["type"], args[j]) for j, p in enumerate(m["params"])]
                held.append(call_args)
                r = fn(*call_args)
                held.append(r)
                results.append(None if m["returns"] == "void" else _pp_encode(m["returns"], r))
            actual = results
        else:
            sig = spec["signature"]
            fn = ns.get(sig["pyName"])
            if fn is None:
                raise NameError("function %s is not defined: keep the function name from the starter code" % sig["pyName"])
            args = [_pp_decode(p["type"], data[p["name"]]) for p in sig["params"]]
            held.append(args)
            returned = fn(*args)
            held.append(returned)
            actual = _pp_encode(sig["returns"], returned)
        elapsed = (_pp_time.perf_counter() - start) * 1000
        return _pp_json.dumps({"status": "returned", "actual": actual, "stdout": out.getvalue(), "timeMs": elapsed})
    except RecursionError as e:
        elapsed = (_pp_time.perf_counter() - start) * 1000
        return _pp_json.dumps({"status": "runtime-error", "error": "RecursionError: maximum recursion depth exceeded", "stdout": out.getvalue(), "timeMs": elapsed})
    except BaseException as e:
        elapsed = (_pp_time.perf_counter() - start) * 1000
        return _pp_json.dumps({"status": "runtime-error", "error": _pp_error_text(e), "stdout": out.getvalue(), "timeMs": elapsed})
    finally:
        _pp_sys.stdout = old_stdout
        _pp_dismantle(held)
        held = None
`;

/** The spec as the Python side reads it, with snake_case names resolved once. */
function pythonSpec(spec: JudgeSpec) {
  return {
    kind: spec.kind,
    signature: spec.signature && { ...spec.signature, pyName: toSnakeCase(spec.signature.functionName) },
    design: spec.design && {
      ...spec.design,
      methods: spec.design.methods.map((m) => ({ ...m, pyName: toSnakeCase(m.name) })),
    },
  };
}

let preludeLoaded = new WeakSet<object>();

function ensurePrelude(pyodide: PyodideLike) {
  if (!preludeLoaded.has(pyodide)) {
    pyodide.runPython(PYTHON_PRELUDE);
    preludeLoaded.add(pyodide);
  }
}

export type CompiledPython = { ok: true; code: string } | { ok: false; error: string };

export function compilePython(pyodide: PyodideLike, code: string): CompiledPython {
  ensurePrelude(pyodide);
  const check = pyodide.globals.get("_pp_check") as (c: string) => string | undefined | null;
  const error = check(code);
  return error ? { ok: false, error } : { ok: true, code };
}

function trimOutput(text: string): string {
  return text.length > OUTPUT_LIMIT ? text.slice(0, OUTPUT_LIMIT) + OUTPUT_TRUNCATED : text;
}

export function runPythonTest(
  pyodide: PyodideLike,
  compiled: { code: string },
  spec: JudgeSpec,
  test: JudgeTest,
): RawOutcome {
  ensurePrelude(pyodide);
  const run = pyodide.globals.get("_pp_run") as (code: string, spec: string, input: string) => string;
  const raw = JSON.parse(
    run(compiled.code, JSON.stringify(pythonSpec(spec)), JSON.stringify(test.input)),
  ) as RawOutcome;
  if (raw.status === "returned" || raw.status === "runtime-error") raw.stdout = trimOutput(raw.stdout);
  return raw;
}

/** For tests that load a fresh Pyodide after one was interrupted. */
export function forgetPrelude() {
  preludeLoaded = new WeakSet<object>();
}
