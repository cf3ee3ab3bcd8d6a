import { Form, Link, redirect, useNavigation } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { resetPassword, resetTokenIsUsable } from "~/modules/accounts/account-recovery.server";
import { RESET_LINK_INVALID } from "~/modules/accounts/account-recovery-rules";
import { requireBuiltinAccounts, usesHostedPages } from "~/modules/accounts/login-session.server";
import { ResetPasswordSchema, ResetTokenSchema } from "~/modules/accounts/recovery-schemas";
import { HostedAccountsNotice } from "~/modules/accounts/ui/hosted-accounts-notice";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
import { formFailure, RateLimitedError, rateLimitedFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { requestInfo } from "~/platform/http/request-info.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/reset-password";

export const headers: Route.HeadersFunction = retryAfterHeaders;

// The token is in the address: keep it out of other sites' Referer headers.
export const meta: Route.MetaFunction = () => [
  { title: "Choose a new password · PeerPrep" },
  { name: "referrer", content: "no-referrer" },
];

export async function loader({ request }: Route.LoaderArgs) {
  if (usesHostedPages()) return { clerk: true as const, token: null, usable: false };
  const token = ResetTokenSchema.safeParse(new URL(request.url).searchParams.get("token") ?? "");
  if (!token.success) return { clerk: false as const, token: null, usable: false };
  return { clerk: false as const, token: token.data, usable: await resetTokenIsUsable(token.data) };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireBuiltinAccounts();
  const formData = await readForm(request);
  const parsed = parseForm(formData, ResetPasswordSchema);
  if (!parsed.success) return formFailure(parsed);
  try {
    const result = await resetPassword({
      token: parsed.data.token,
      newPassword: parsed.data.password,
      clientIp: requestInfo(context).clientIp,
    });
    if (!result.ok) {
      return result.field === "token"
        ? formFailure({ formErrors: [result.message] }, 410)
        : formFailure({ fieldErrors: { [result.field]: [result.message] } });
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error);
    throw error;
  }
  return redirect("/login?done=reset");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const submissionKey = useSubmissionKey(actionData);
  const navigation = useNavigation();
  if (loaderData.clerk) return <HostedAccountsNotice what="resetting a password" />;
  const submitting = navigation.state !== "idle";
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body gap-4">
          <h1 className="card-title text-2xl">Choose a new password</h1>
          {!loaderData.token || !loaderData.usable ? (
            <>
              <div role="alert" className="alert alert-warning alert-soft">
                {RESET_LINK_INVALID}
              </div>
              <Link to="/forgot-password" className="link link-primary">
                Ask for a new link
              </Link>
            </>
          ) : (
            <Form method="post" className="flex flex-col gap-2" noValidate>
              <input type="hidden" name="token" value={loaderData.token} />
              <FormErrors
                errors={actionData?.formErrors}
                link={
                  actionData?.formErrors.length ? { href: "/forgot-password", label: "Ask for a new link" } : undefined
                }
              />
              <Field
                label="New password"
                name="password"
                key={`password-${submissionKey}`}
                type="password"
                autoComplete="new-password"
                required
                minLength={8}
                maxLength={72}
                hint="8–72 characters, not one of the most common passwords. Every device will be signed out."
                errors={actionData?.fieldErrors.password}
                autoFocus
              />
              <Field
                label="Repeat new password"
                name="confirmPassword"
                key={`confirmPassword-${submissionKey}`}
                type="password"
                autoComplete="new-password"
                required
                errors={actionData?.fieldErrors.confirmPassword}
              />
              <button type="submit" className="btn btn-primary mt-4" disabled={submitting}>
                {submitting ? "Saving…" : "Set new password"}
              </button>
            </Form>
          )}
        </div>
      </div>
    </div>
  );
}
