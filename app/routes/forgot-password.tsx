import { Form, Link, redirect, useNavigation } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { requestPasswordReset } from "~/modules/accounts/account-recovery.server";
import { RESET_TOKEN_MINUTES } from "~/modules/accounts/account-recovery-rules";
import { isHoneypotFilled } from "~/modules/accounts/honeypot";
import { requireAnonymous, requireBuiltinAccounts, usesHostedPages } from "~/modules/accounts/login-session.server";
import { ForgotPasswordSchema } from "~/modules/accounts/recovery-schemas";
import { HoneypotInput } from "~/modules/accounts/ui/honeypot-input";
import { HostedAccountsNotice } from "~/modules/accounts/ui/hosted-accounts-notice";
import {
  formFailure,
  HONEYPOT_MESSAGE,
  RateLimitedError,
  rateLimitedFailure,
} from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { requestInfo } from "~/platform/http/request-info.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/forgot-password";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Forgot password · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  if (usesHostedPages()) return { clerk: true as const, sent: false };
  await requireAnonymous(request);
  return { clerk: false as const, sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireBuiltinAccounts();
  await requireAnonymous(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["email"]);
  if (isHoneypotFilled(formData)) return formFailure({ formErrors: [HONEYPOT_MESSAGE], values });
  const parsed = parseForm(formData, ForgotPasswordSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  try {
    // Not awaited: a known address answers like an unknown one, in the same time.
    await requestPasswordReset({ email: parsed.data.email, clientIp: requestInfo(context).clientIp });
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error, values);
    throw error;
  }
  return redirect("/forgot-password?sent=1");
}

export default function ForgotPassword({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  if (loaderData.clerk) return <HostedAccountsNotice what="resetting a password" />;
  const submitting = navigation.state !== "idle" && navigation.formAction?.startsWith("/forgot-password");
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body gap-4">
          <h1 className="card-title text-2xl">Forgot your password?</h1>
          {loaderData.sent ? (
            <div role="status" className="alert alert-success alert-soft" data-testid="reset-sent">
              If an account uses that address, a link to reset its password is on its way. It works for{" "}
              {RESET_TOKEN_MINUTES} minutes, once.
            </div>
          ) : (
            <p className="text-sm">
              Type the email of your account and we will mail you a link to choose a new password.
            </p>
          )}
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <HoneypotInput />
            <FormErrors errors={actionData?.formErrors} />
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              required
              defaultValue={actionData?.values.email}
              errors={actionData?.fieldErrors.email}
              autoFocus
            />
            <button type="submit" className="btn btn-primary mt-4" disabled={submitting}>
              {submitting ? "Sending…" : "Send reset link"}
            </button>
          </Form>
          <p className="text-sm">
            <Link to="/login" className="link link-primary">
              Back to sign in
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
