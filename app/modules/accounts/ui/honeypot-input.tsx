import { HONEYPOT_FIELD } from "~/modules/accounts/honeypot";

/** Invisible to people (and to assistive tech); bots that fill every field give themselves away. */
export function HoneypotInput() {
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
      <label>
        Leave this field empty
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
