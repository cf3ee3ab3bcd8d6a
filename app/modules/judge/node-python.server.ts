import { loadPyodide } from "pyodide";

import { type PyodideLike, pythonInterpreterBroken } from "~/modules/judge/python-harness";

/**
 * One Pyodide for Node callers of the judge, replaced when a run killed it: Pyodide
 * refuses every call after a fatal error, so the next run starts on a fresh interpreter.
 */
export class NodePython {
  private current: Promise<PyodideLike> | null = null;

  async get(): Promise<PyodideLike> {
    if (this.current) {
      const instance = await this.current;
      if (!pythonInterpreterBroken(instance)) return instance;
    }
    this.current = loadPyodide() as unknown as Promise<PyodideLike>;
    return this.current;
  }
}
