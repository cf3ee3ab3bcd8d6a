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

/**
 * Python frames live on the heap in CPython 3.11+, so a high limit costs nothing until
 * used; it is far above what any bank problem's constraints need (coin change: 10^4).
 */
export const PYTHON_RECURSION_LIMIT = 100_000;

const PRELUDE_SOURCE = String.raw`
import json as _pp_json, sys as _pp_sys, io as _pp_io, time as _pp_time, traceback as _pp_tb, math as _pp_math
import functools as _pp_functools, collections as _pp_collections, builtins as _pp_builtins
from typing import List, Optional, Dict, Tuple, Set

_PP_RECURSION_LIMIT = ${PYTHON_RECURSION_LIMIT}
_PP_MAX_ITEMS = 1000000
_pp_missing = object()
_pp_kwmark = object()

# functools' C cache wrapper recurses on the C stack, which in WebAssembly is the host's
# stack: memoised recursion a few hundred deep killed the interpreter. A Python wrapper
# is called like any Python function, so its depth is bounded by the recursion limit only.
def _pp_make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_pp_kwmark,) + tuple(kwds.items())
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key

def _pp_lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return _pp_lru_cache(128, False)(maxsize)
    if maxsize is not None and maxsize < 0:
        maxsize = 0
    def decorating(user_function):
        memo = {} if maxsize is None else _pp_collections.OrderedDict()
        stats = [0, 0]
        def wrapper(*args, **kwds):
            key = _pp_make_key(args, kwds, typed)
            result = memo.get(key, _pp_missing)
            if result is not _pp_missing:
                stats[0] += 1
                if maxsize is not None:
                    memo.move_to_end(key)
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize is None:
                memo[key] = result
            elif maxsize > 0:
                memo[key] = result
                if len(memo) > maxsize:
                    memo.popitem(last=False)
            return result
        def cache_info():
            return _pp_functools._CacheInfo(stats[0], stats[1], maxsize, len(memo))
        def cache_clear():
            memo.clear()
            stats[0] = stats[1] = 0
        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return _pp_functools.update_wrapper(wrapper, user_function)
    return decorating

def _pp_cache(user_function):
    return _pp_lru_cache(None)(user_function)

def _pp_install_cache():
    _pp_functools.lru_cache = _pp_lru_cache
    _pp_functools.cache = _pp_cache

_pp_install_cache()

# What LeetCode's Python 3 has in scope before the first line: the usual modules, and
# their common names imported directly (modules last, so \`bisect\` and \`random\` stay modules).
_PP_BASE = {"__name__": "solution", "__builtins__": _pp_builtins}
exec("""
from typing import *
from math import *
from itertools import *
from functools import *
from heapq import *
from bisect import *
from collections import *
from string import *
from operator import itemgetter, attrgetter
import collections, heapq, math, bisect, functools, itertools, typing, string, re, random, operator, copy, sys, json
""", _PP_BASE)
# math's float pow would shadow the built-in three-argument pow.
_PP_BASE["pow"] = _pp_builtins.pow

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

def _pp_node_like(v, *links):
    return hasattr(v, "val") and all(hasattr(v, link) for link in links)

def _pp_items(v):
    # Any iterable (dict views, generators, map, sets, tuples, deques…) reads as a list.
    if isinstance(v, (list, tuple)):
        return v
    if v is None or isinstance(v, (str, bytes, bytearray, dict)) or not hasattr(v, "__iter__"):
        return None
    out = []
    for x in v:
        if len(out) >= _PP_MAX_ITEMS:
            out.append("... (too many items)")
            break
        out.append(x)
    return out

def _pp_safe(v, depth=0):
    if depth > 50:
        return "[too deep]"
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return v if _pp_math.isfinite(v) else str(v)
    if isinstance(v, dict):
        return {str(k): _pp_safe(x, depth + 1) for k, x in v.items()}
    items = _pp_items(v)
    if items is not None:
        return [_pp_safe(x, depth + 1) for x in items]
    return repr(v)

def _pp_encode(t, v):
    if t.endswith("[]"):
        items = _pp_items(v)
        if items is not None:
            return [_pp_encode(t[:-2], x) for x in items]
        return _pp_safe(v)
    if t == "ListNode":
        if v is None:
            return []
        if not _pp_node_like(v, "next"):
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
        if not _pp_node_like(v, "left", "right"):
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
        elif not hasattr(obj, "val"):
            continue
        elif hasattr(obj, "next"):
            stack.append(getattr(obj, "next", None))
            try:
                obj.next = None
            except Exception:
                pass
        elif hasattr(obj, "left") or hasattr(obj, "right"):
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

def _pp_entry(ns, name, py_name):
    # LeetCode's form first: class Solution with the camelCase method; then a plain function.
    solution = ns.get("Solution")
    if isinstance(solution, type):
        for attr in (name, py_name):
            if hasattr(solution, attr):
                return getattr(solution(), attr)
    for attr in (name, py_name):
        fn = ns.get(attr)
        if callable(fn):
            return fn
    if isinstance(solution, type):
        raise AttributeError("Solution has no method %s: keep the method name from the starter code" % name)
    raise NameError("%s is not defined: keep the function name from the starter code" % name)

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
        _pp_install_cache()
        _pp_sys.setrecursionlimit(_PP_RECURSION_LIMIT)
        ns = dict(_PP_BASE)
        ns["ListNode"] = ListNode
        ns["TreeNode"] = TreeNode
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
                # LeetCode's method names first (getMin), snake_case (get_min) as well.
                fn = (getattr(obj, m["name"], None) or getattr(obj, m["pyName"], None)) if m else None
                if fn is None:
                    raise AttributeError("%s has no method %s" % (d["className"], m["name"] if m else op))
                call_args = [_pp_decode(p["type"], args[j]) for j, p in enumerate(m["params"])]
                held.append(call_args)
                r = fn(*call_args)
                held.append(r)
                results.append(None if m["returns"] == "void" else _pp_encode(m["returns"], r))
            actual = results
        else:
            sig = spec["signature"]
            fn = _pp_entry(ns, sig["functionName"], sig["pyName"])
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
        _pp_sys.setrecursionlimit(_PP_RECURSION_LIMIT)
`;

/** FNV-1a over the text: names a prelude version, so a stored interpreter snapshot matches its prelude. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Names this prelude. An interpreter restored from a memory snapshot (taken after the
 * prelude ran) carries the id of the prelude it holds; a mismatch runs the prelude again.
 */
export const PYTHON_PRELUDE_ID = fnv1a(PRELUDE_SOURCE);

export const PYTHON_PRELUDE = `${PRELUDE_SOURCE}\n_PP_PRELUDE_ID = "${PYTHON_PRELUDE_ID}"\n`;

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

/** Whether this interpreter already holds this prelude (restored from a snapshot taken after it ran). */
function holdsPrelude(pyodide: PyodideLike): boolean {
  return pyodide.runPython("globals().get('_PP_PRELUDE_ID')") === PYTHON_PRELUDE_ID;
}

function ensurePrelude(pyodide: PyodideLike) {
  if (preludeLoaded.has(pyodide)) return;
  if (!holdsPrelude(pyodide)) pyodide.runPython(PYTHON_PRELUDE);
  preludeLoaded.add(pyodide);
}

/**
 * Runs the prelude in a fresh interpreter that is about to be snapshotted. Only Python
 * objects are made: a memory snapshot cannot hold references to JavaScript objects.
 */
export function preparePythonForSnapshot(pyodide: PyodideLike) {
  pyodide.runPython(PYTHON_PRELUDE);
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

/**
 * Interpreters that suffered a fatal error (the host's stack overflowed under C-level
 * recursion, memory ran out): Pyodide refuses every later call, so callers load a fresh one.
 */
const broken = new WeakSet<object>();

export function pythonInterpreterBroken(pyodide: PyodideLike): boolean {
  return broken.has(pyodide);
}

export const PYTHON_FATAL_MESSAGE =
  "Python stopped: the interpreter ran out of stack (recursion through built-ins such as max(), sorted() or " +
  "generators nests on the host's stack; a plain loop or plain recursion goes much deeper). " +
  "The judge starts a fresh interpreter for the next run.";

export function runPythonTest(
  pyodide: PyodideLike,
  compiled: { code: string },
  spec: JudgeSpec,
  test: JudgeTest,
): RawOutcome {
  if (broken.has(pyodide)) {
    return { status: "runtime-error", error: PYTHON_FATAL_MESSAGE, stdout: "", timeMs: 0 };
  }
  ensurePrelude(pyodide);
  const run = pyodide.globals.get("_pp_run") as (code: string, spec: string, input: string) => string;
  let text: string;
  try {
    text = run(compiled.code, JSON.stringify(pythonSpec(spec)), JSON.stringify(test.input));
  } catch (error) {
    // _pp_run catches every Python exception; what reaches here killed the interpreter.
    broken.add(pyodide);
    const cause = String(error).split("\n")[0] ?? "";
    const message = /call stack|stack overflow|recursion/i.test(cause)
      ? PYTHON_FATAL_MESSAGE
      : `Python stopped: ${cause}`;
    return { status: "runtime-error", error: message, stdout: "", timeMs: 0 };
  }
  const raw = JSON.parse(text) as RawOutcome;
  if (raw.status === "returned" || raw.status === "runtime-error") raw.stdout = trimOutput(raw.stdout);
  return raw;
}

/** For tests that load a fresh Pyodide after one was interrupted. */
export function forgetPrelude() {
  preludeLoaded = new WeakSet<object>();
}
