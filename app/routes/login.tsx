import { Form, Link, redirect, useNavigation } from "react-router";

import { ClerkSignInIsland } from "~/adapters/clerk/clerk-islands";
import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { verifyLogin } from "~/modules/accounts/accounts.server";
import { LoginSchema } from "~/modules/accounts/auth-schemas";
import { isHoneypotFilled } from "~/modules/accounts/honeypot";
import {
  requireAnonymous,
  requireBuiltinAccounts,
  startLoginSession,
  usesHostedPages,
} from "~/modules/accounts/login-session.server";
import { readTrustedDevice, trustDeviceCookie } from "~/modules/accounts/trusted-device.server";
import { isTwoFactorOn, pendingSignInCookie } from "~/modules/accounts/two-factor.server";
import { HoneypotInput } from "~/modules/accounts/ui/honeypot-input";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
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
import { safeRedirect } from "~/platform/http/safe-redirect";

import type { Route } from "./+types/login";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Sign in · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAnonymous(request);
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  const reset = new URL(request.url).searchParams.get("done") === "reset";
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : null, clerk: usesHostedPages(), reset };
}

export async function action({ request, context }: Route.ActionArgs) {
  // With Clerk, Clerk's own form signs people in; this one does not exist.
  requireBuiltinAccounts();
  await requireAnonymous(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["login"]);
  if (isHoneypotFilled(formData)) return formFailure({ formErrors: [HONEYPOT_MESSAGE], values });

  const parsed = parseForm(formData, LoginSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });

  try {
    const device = await readTrustedDevice(request);
    const user = await verifyLogin({ ...parsed.data, clientIp: requestInfo(context).clientIp, device });
    if (!user) {
      return formFailure({ fieldErrors: { password: ["Wrong username, email or password"] }, values }, 400);
    }
    const redirectTo = safeRedirect(parsed.data.redirectTo, "/");
    // With two-factor on, the password only opens the code step (a signed cookie, no login yet).
    if (await isTwoFactorOn(user.id)) {
      return redirect("/login/two-factor", {
        headers: { "Set-Cookie": await pendingSignInCookie({ userId: user.id, redirectTo }) },
      });
    }
    const clientIp = requestInfo(context).clientIp;
    return startLoginSession(request, user.id, redirectTo, [await trustDeviceCookie(user.id, device)], clientIp);
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error, values);
    throw error;
  }
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const submissionKey = useSubmissionKey(actionData);
  const navigation = useNavigation();
  if (loaderData.clerk) {
    return (
      <div className="mx-auto flex w-full max-w-md justify-center px-4 py-12">
        <ClerkSignInIsland redirectTo={loaderData.redirectTo ?? "/"} />
      </div>
    );
  }
  const submitting = navigation.state !== "idle" && navigation.formAction?.startsWith("/login");
  const signupHref = loaderData.redirectTo
    ? `/signup?${new URLSearchParams({ redirectTo: loaderData.redirectTo })}`
    : "/signup";
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body gap-4">
          <h1 className="card-title text-2xl">Welcome back</h1>
          {loaderData.reset ? (
            <div role="status" className="alert alert-success alert-soft">
              Your password was changed and every device was signed out. Sign in with the new one.
            </div>
          ) : null}
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <HoneypotInput />
            {loaderData.redirectTo ? <input type="hidden" name="redirectTo" value={loaderData.redirectTo} /> : null}
            <FormErrors errors={actionData?.formErrors} />
            <Field
              label="Username or email"
              name="login"
              autoComplete="username"
              required
              defaultValue={actionData?.values.login}
              errors={actionData?.fieldErrors.login}
              autoFocus
            />
            <Field
              label="Password"
              name="password"
              key={`password-${submissionKey}`}
              type="password"
              autoComplete="current-password"
              required
              errors={actionData?.fieldErrors.password}
            />
            <Link to="/forgot-password" className="link link-primary self-end text-sm">
              Forgot password?
            </Link>
            <button type="submit" className="btn btn-primary mt-4" disabled={submitting}>
              {submitting ? "Signing in…" : "Sign in"}
            </button>
          </Form>
          <p className="text-sm">
            New to PeerPrep?{" "}
            <Link to={signupHref} className="link link-primary">
              Create an account
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
