import { Form, Link } from "react-router";

import type { ProfileSharing } from "~/storage/progress-store.server";

const OPTIONS: Array<{ value: ProfileSharing; label: string }> = [
  { value: "private", label: "Private: nobody else sees my progress" },
  { value: "stats", label: "Share my numbers: solved counts, streaks and heatmap" },
  { value: "full", label: "Share my numbers and recent activity" },
];

/** Who sees /u/:username. Private unless the user chooses otherwise. */
export function SharingForm({ username, sharing }: { username: string; sharing: ProfileSharing }) {
  return (
    <section aria-labelledby="sharing-heading" className="bg-base-100 rounded-box p-4 shadow-sm">
      <h2 id="sharing-heading" className="text-xl font-semibold">
        Public profile
      </h2>
      <Form method="post" className="flex flex-col gap-2" data-testid="sharing-form">
        <input type="hidden" name="intent" value="sharing" />
        <fieldset className="flex flex-col gap-1">
          <legend className="sr-only">What your public profile shows</legend>
          {OPTIONS.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="sharing"
                value={o.value}
                defaultChecked={sharing === o.value}
                className="radio radio-sm"
              />
              {o.label}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn btn-sm">
            Save
          </button>
          {sharing !== "private" ? (
            <Link to={`/u/${encodeURIComponent(username)}`} className="link text-sm">
              Your public profile
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
