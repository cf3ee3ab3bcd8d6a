import { useEffect, useMemo } from "react";
import { useFetcher } from "react-router";

import { useHydrated } from "~/platform/hooks/use-hydrated";

interface TimeZoneData {
  timeZone: string | null;
  fieldErrors?: Record<string, string[] | undefined>;
  saved?: boolean;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The account page's time-zone setting (streak days are counted in it). The current zone
 * comes with the account page's data; choosing one posts to the resource route
 * /account/time-zone, after which the page's data is reloaded.
 */
export function TimeZoneSetting({ timeZone }: { timeZone: string | null }) {
  const save = useFetcher<TimeZoneData>();
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []),
    [],
  );
  const current = save.data?.timeZone ?? timeZone;
  // The browser's zone is only known after hydration; the select is rebuilt then.
  const hydrated = useHydrated();
  const suggested = current ?? (hydrated ? browserZone() : undefined);
  const errors = save.data?.fieldErrors?.timeZone;
  return (
    <section aria-labelledby="tz-heading" className="card bg-base-100 shadow-sm" data-testid="time-zone-setting">
      <div className="card-body gap-2">
        <h2 id="tz-heading" className="card-title">
          Time zone
        </h2>
        <p className="text-base-content/75 text-sm">
          Your streak counts days in this zone. Changing it applies from now on; days already counted stay.
        </p>
        <save.Form method="post" action="/account/time-zone" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="set" />
          <label className="fieldset">
            <span className="fieldset-legend pb-1">Zone</span>
            <select
              key={`${current ?? "none"}:${hydrated}`}
              name="timeZone"
              className="select"
              defaultValue={suggested}
              aria-invalid={errors?.length ? true : undefined}
            >
              {(zones.includes(current ?? "") || !current ? zones : [current, ...zones]).map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-sm" disabled={save.state !== "idle"}>
            Save time zone
          </button>
          <span role="status" className="text-sm">
            {save.data?.saved ? `Saved: ${save.data.timeZone}.` : current ? `Now: ${current}.` : "Not set yet."}
          </span>
          {errors?.length ? <p className="text-error w-full text-sm">{errors[0]}</p> : null}
        </save.Form>
      </div>
    </section>
  );
}

/** Sends the browser's zone once, when none is stored yet (rendered by progress pages). */
export function TimeZoneDetect({ known }: { known: boolean }) {
  const fetcher = useFetcher();
  useEffect(() => {
    if (known || fetcher.state !== "idle" || fetcher.data) return;
    const form = new FormData();
    form.set("intent", "detect");
    form.set("timeZone", browserZone());
    void fetcher.submit(form, { method: "post", action: "/account/time-zone" });
  }, [known, fetcher]);
  return null;
}
