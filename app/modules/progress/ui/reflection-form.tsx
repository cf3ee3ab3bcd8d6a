import { useFetcher } from "react-router";

import { type Topic, TOPICS } from "~/modules/problems/problem-constants";

import type { ReflectionView } from "../reflection.server";
import { REFLECTION_MAX } from "../reflection-schema";

interface ReflectionActionData {
  fieldErrors?: Record<string, string[] | undefined>;
  formErrors?: string[];
  values?: Record<string, string>;
  saved?: boolean;
}

/** The 60-second reflection after a session: what blocked me, what next, a kudos. No ratings. */
export function ReflectionForm({
  sessionId,
  reflection,
  partner,
}: {
  sessionId: string;
  reflection: ReflectionView | null;
  partner: string | null;
}) {
  const fetcher = useFetcher<ReflectionActionData>();
  const result = fetcher.data;
  const values = result?.values;
  const errors = result?.fieldErrors ?? {};
  const busy = fetcher.state !== "idle";
  const field = (name: "blocker" | "nextStep" | "kudos", label: string, placeholder: string) => (
    <div className="fieldset">
      <label htmlFor={`reflection-${name}`} className="fieldset-legend pb-1">
        {label}
      </label>
      <textarea
        id={`reflection-${name}`}
        name={name}
        className={`textarea w-full ${errors[name]?.length ? "textarea-error" : ""}`}
        rows={2}
        maxLength={REFLECTION_MAX}
        placeholder={placeholder}
        defaultValue={values?.[name] ?? reflection?.[name] ?? ""}
        aria-invalid={errors[name]?.length ? true : undefined}
        aria-describedby={errors[name]?.length ? `reflection-${name}-error` : undefined}
      />
      {errors[name]?.length ? (
        <ul id={`reflection-${name}-error`} className="text-error text-sm" data-field-error={name}>
          {errors[name]!.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
  return (
    <section
      aria-labelledby="reflection-heading"
      className="bg-base-100 rounded-box p-4 shadow-sm"
      data-testid="reflection"
    >
      <h2 id="reflection-heading" className="text-xl font-semibold">
        60-second reflection
      </h2>
      <p className="text-base-content/70 text-sm">
        Kept with this session; it shapes your recommendations. Only you see it.
      </p>
      <fetcher.Form method="post" action={`/sessions/history/${sessionId}/reflection`} className="flex flex-col gap-1">
        {field("blocker", "What blocked me", "e.g. keeping the window valid while shrinking it")}
        <div className="fieldset">
          <label htmlFor="reflection-topic" className="fieldset-legend pb-1">
            Topic of the blocker (optional)
          </label>
          <select
            id="reflection-topic"
            name="blockerTopic"
            className="select w-full"
            defaultValue={values?.blockerTopic ?? reflection?.blockerTopic ?? ""}
          >
            <option value="">None</option>
            {(Object.keys(TOPICS) as Topic[]).map((t) => (
              <option key={t} value={t}>
                {TOPICS[t]}
              </option>
            ))}
          </select>
          {errors.blockerTopic?.length ? <p className="text-error text-sm">{errors.blockerTopic[0]}</p> : null}
        </div>
        {field("nextStep", "What I'll try next", "e.g. write the invariant down before coding")}
        {field("kudos", partner ? `Kudos to ${partner}` : "Kudos to my partner", "e.g. great hint about the hash map")}
        {result?.formErrors?.length ? <p className="text-error text-sm">{result.formErrors.join(" ")}</p> : null}
        <div className="mt-2 flex items-center gap-3">
          <button type="submit" className="btn btn-primary btn-sm" disabled={busy}>
            {busy ? "Saving…" : reflection ? "Update reflection" : "Save reflection"}
          </button>
          <span role="status" className="text-success text-sm" data-testid="reflection-status">
            {result?.saved ? "Saved." : reflection ? "Saved earlier." : ""}
          </span>
        </div>
      </fetcher.Form>
    </section>
  );
}
