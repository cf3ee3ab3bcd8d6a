import { Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import {
  requireAnonymous,
  requireBuiltinAccounts,
  startLoginSession,
  usesHostedPages,
} from "~/modules/accounts/login-session.server";
import { TwoFactorCodeSchema } from "~/modules/accounts/recovery-schemas";
import { readTrustedDevice, trustDeviceCookie } from "~/modules/accounts/trusted-device.server";
import { clearPendingSignInCookie, readPendingSignIn, verifySecondFactor } from "~/modules/accounts/two-factor.server";
import { HostedAccountsNotice } from "~/modules/accounts/ui/hosted-accounts-notice";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
import { formFailure, RateLimitedError, rateLimitedFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { requestInfo } from "~/platform/http/request-info.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/login.two-factor";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Two-factor sign-in · PeerPrep" }];

const CodeFormSchema = z.object({ code: TwoFactorCodeSchema });

export async function loader({ request }: Route.LoaderArgs) {
  if (usesHostedPages()) return { clerk: true as const };
  await requireAnonymous(request);
  // Only after the password: without the pending cookie the code step does not exist.
  if (!(await readPendingSignIn(request))) throw redirect("/login");
  return { clerk: false as const };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireBuiltinAccounts();
  await requireAnonymous(request);
  const pending = await readPendingSignIn(request);
  if (!pending) return redirect("/login");
  const parsed = parseForm(await readForm(request), CodeFormSchema);
  if (!parsed.success) return formFailure(parsed);
  try {
    if (!(await verifySecondFactor(pending.userId, parsed.data.code))) {
      return formFailure({ fieldErrors: { code: ["That code is not right, or was already used"] } });
    }
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error);
    throw error;
  }
  const device = await readTrustedDevice(request);
  return startLoginSession(
    request,
    pending.userId,
    pending.redirectTo,
    [await trustDeviceCookie(pending.userId, device), await clearPendingSignInCookie()],
    requestInfo(context).clientIp,
  );
}

export default function TwoFactorSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const submissionKey = useSubmissionKey(actionData);
  const navigation = useNavigation();
  if (loaderData.clerk) return <HostedAccountsNotice what="two-factor sign-in" />;
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body gap-4">
          <h1 className="card-title text-2xl">Two-factor sign-in</h1>
          <p className="text-sm">Type the 6-digit code from your authenticator app, or one of your recovery codes.</p>
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <FormErrors errors={actionData?.formErrors} />
            <Field
              label="Code"
              name="code"
              key={`code-${submissionKey}`}
              autoComplete="one-time-code"
              inputMode="text"
              required
              errors={actionData?.fieldErrors.code}
              autoFocus
            />
            <button type="submit" className="btn btn-primary mt-4" disabled={navigation.state !== "idle"}>
              Verify
            </button>
          </Form>
          <Link to="/login" className="link text-sm">
            Start again
          </Link>
        </div>
      </div>
    </div>
  );
}
