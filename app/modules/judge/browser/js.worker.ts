/// <reference lib="webworker" />
import { lockDownGlobals } from "~/modules/judge/browser/lockdown";
import type { FromWorker, ToWorker } from "~/modules/judge/browser/worker-protocol";
import { type CompiledJs, compileJs, runJsTest } from "~/modules/judge/js-harness";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (message: FromWorker) => void;
let compiled: CompiledJs | null = null;
let spec: Extract<ToWorker, { type: "prepare" }>["spec"] | null = null;

scope.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === "prepare") {
    spec = message.spec;
    compiled = compileJs(message.code, message.language === "typescript" ? "typescript" : "javascript", message.spec);
    post(
      compiled.ok
        ? { type: "prepared", runId: message.runId, ok: true }
        : { type: "prepared", runId: message.runId, ok: false, error: compiled.error },
    );
    return;
  }
  if (message.type === "test" && compiled?.ok && spec) {
    post({
      type: "result",
      runId: message.runId,
      index: message.test.index,
      outcome: runJsTest(compiled, spec, message.test),
    });
  }
});

lockDownGlobals();
