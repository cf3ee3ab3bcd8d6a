import { loadPyodide } from "pyodide";
const py = await loadPyodide();
const tryDepth = (label, code) => { const t=performance.now(); try { console.log(label, py.runPython(code), Math.round(performance.now()-t)+"ms"); } catch (e) { console.log(label, "THREW", String(e).slice(0, 100)); } };
tryDepth("setup", `
import sys
sys.setrecursionlimit(200000)
def pcache(f):
    memo = {}
    def wrapper(*args):
        try:
            return memo[args]
        except KeyError:
            r = memo[args] = f(*args)
            return r
    return wrapper
@pcache
def g(n): return 0 if n == 0 else g(n-1) + 1
class S:
    def dfs(self, n):
        return 0 if n == 0 else self.dfs(n-1) + 1
1`);
tryDepth("pcache 10000", `g(10000)`);
tryDepth("pcache 100000", `g(100000)`);
tryDepth("method 20000", `S().dfs(20000)`);
tryDepth("genexpr max", `
def h(n): return 0 if n == 0 else 1 + max(h(n-1) for _ in range(1))
h(LIMIT)`.replace("LIMIT", process.argv[2] ?? "150"));
