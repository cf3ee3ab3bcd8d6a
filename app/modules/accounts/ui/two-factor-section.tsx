import { Form } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";

export type TwoFactorView =
  { state: "off" } | { state: "pending"; secret: string; qrCode: string } | { state: "on"; recoveryCodesLeft: number };

interface Failure {
  fieldErrors: Record<string, string[] | undefined>;
  formErrors: string[];
}

/** Enrol (QR + secret + confirming code), recovery codes shown once, disable with a code. */
export function TwoFactorSection({
  view,
  recoveryCodes,
  failure,
  submissionKey,
}: {
  view: TwoFactorView;
  recoveryCodes: string[] | null;
  failure: (Failure & { intent?: string }) | null;
  submissionKey: number | string;
}) {
  return (
    <section className="card bg-base-100 shadow-sm" aria-labelledby="two-factor-heading">
      <div className="card-body gap-3">
        <h2 id="two-factor-heading" className="card-title">
          Two-factor sign-in
        </h2>
        {recoveryCodes ? (
          <div role="status" className="alert alert-success alert-soft flex-col items-start">
            <p>
              Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown
              only now.
            </p>
            <ul className="grid grid-cols-2 gap-x-6 font-mono" data-testid="recovery-codes">
              {recoveryCodes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {view.state === "off" ? (
          <Form method="post">
            <p className="mb-2 text-sm">Ask for a code from an authenticator app after your password.</p>
            <input type="hidden" name="intent" value="totp-start" />
            <button type="submit" className="btn btn-outline btn-sm">
              Set up two-factor sign-in
            </button>
          </Form>
        ) : null}
        {view.state === "pending" ? (
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <p className="text-sm">
              Scan this code with your authenticator app, or type the key, then enter the code it shows.
            </p>
            <img
              src={view.qrCode}
              alt="QR code for your authenticator app"
              width={180}
              height={180}
              className="bg-white p-2"
            />
            <p className="text-sm">
              Key: <code data-testid="totp-secret">{view.secret}</code>
            </p>
            <input type="hidden" name="intent" value="totp-confirm" />
            <FormErrors errors={failure?.intent === "totp-confirm" ? failure.formErrors : undefined} />
            <Field
              label="Code from the app"
              name="code"
              key={`totp-confirm-${submissionKey}`}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              errors={failure?.intent === "totp-confirm" ? failure.fieldErrors.code : undefined}
            />
            <button type="submit" className="btn btn-primary btn-sm self-start">
              Turn on
            </button>
          </Form>
        ) : null}
        {view.state === "on" ? (
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <p className="text-sm" data-testid="two-factor-on">
              Two-factor sign-in is on. {view.recoveryCodesLeft} recovery{" "}
              {view.recoveryCodesLeft === 1 ? "code" : "codes"} left.
            </p>
            <input type="hidden" name="intent" value="totp-disable" />
            <FormErrors errors={failure?.intent === "totp-disable" ? failure.formErrors : undefined} />
            <Field
              label="Code from the app, or a recovery code"
              name="code"
              key={`totp-disable-${submissionKey}`}
              autoComplete="one-time-code"
              required
              errors={failure?.intent === "totp-disable" ? failure.fieldErrors.code : undefined}
            />
            <button type="submit" className="btn btn-outline btn-sm self-start">
              Turn off two-factor sign-in
            </button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
