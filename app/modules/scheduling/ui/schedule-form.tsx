import { Form } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import type { FieldErrors } from "~/platform/http/forms";

import { DURATIONS } from "../scheduled-view";
import { TimeZoneInput } from "./time-zone-input";

/** "Schedule a session": a problem, a time in the reader's zone, a length, who may take the seat. */
interface Failure {
  fieldErrors: FieldErrors;
  formErrors: string[];
  values: Record<string, string>;
  link?: { href: string; label: string };
}

export function ScheduleForm({ failure, pending }: { failure?: Failure | undefined; pending: boolean }) {
  const values = failure?.values ?? {};
  const errors = failure?.fieldErrors ?? {};
  const visibility = values.visibility ?? "public";
  return (
    <Form method="post" action="/scheduled" className="card-body gap-3" noValidate>
      <h2 id="schedule-heading" className="card-title">
        Schedule a session
      </h2>
      <FormErrors errors={failure?.formErrors} link={failure?.link} />
      <Field
        label="Problem"
        name="problem"
        defaultValue={values.problem ?? "random"}
        hint="A title, or “random”."
        errors={errors.problem}
      />
      <Field
        label="Starts at"
        name="startsAt"
        type="datetime-local"
        defaultValue={values.startsAt ?? ""}
        errors={errors.startsAt}
        required
      />
      <TimeZoneInput />
      <label className="fieldset">
        <span className="fieldset-legend pb-1">Length</span>
        <select name="duration" className="select w-full" defaultValue={values.duration ?? "45"}>
          {DURATIONS.map((d) => (
            <option key={d} value={d}>
              {d} minutes
            </option>
          ))}
        </select>
      </label>
      <fieldset className="fieldset">
        <legend className="fieldset-legend pb-1">Who can take the other seat</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="public"
            className="radio radio-sm"
            defaultChecked={visibility === "public"}
          />
          Public: listed under Upcoming, anyone may reserve it
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="visibility"
            value="private"
            className="radio radio-sm"
            defaultChecked={visibility === "private"}
          />
          Private: invite link and password
        </label>
      </fieldset>
      <div className="private-only">
        <Field
          label="Session password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="4–64 characters. Share it with your partner."
          errors={errors.password}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Scheduling…" : "Schedule"}
      </button>
    </Form>
  );
}
