import { Form, redirect, useNavigation } from "react-router";
import { z } from "zod";

import { ClerkProfileIsland } from "~/adapters/clerk/clerk-islands";
import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { LocalTime } from "~/components/ui/local-time";
import { getServices, getStore } from "~/composition.server";
import {
  accountSecurityData,
  handleSecurityIntent,
  SECURITY_INTENTS,
  type SecurityActionData,
} from "~/modules/accounts/account-security-actions.server";
import { changePassword } from "~/modules/accounts/accounts.server";
import { ChangePasswordSchema } from "~/modules/accounts/auth-schemas";
import {
  requireBuiltinAccounts,
  requireLogin,
  requireUser,
  usesHostedPages,
} from "~/modules/accounts/login-session.server";
import { DevicesSection } from "~/modules/accounts/ui/devices-section";
import { EmailVerificationStatus } from "~/modules/accounts/ui/email-verification-section";
import { TwoFactorSection } from "~/modules/accounts/ui/two-factor-section";
import { currentTimeZone } from "~/modules/progress/progress.server";
import { TimeZoneSetting } from "~/modules/progress/ui/time-zone-setting";
import { useSubmissionKey } from "~/platform/hooks/use-submission-key";
import { formFailure, RateLimitedError, rateLimitedFailure } from "~/platform/http/form-responses.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/account";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Account · PeerPrep" }];

const IntentSchema = z.enum(["change-password", "sign-out-others", ...SECURITY_INTENTS], {
  error: "Unknown action: reload the page and try again",
});

const NOTICES = {
  password: "Your password was changed. Other devices were signed out.",
  "signed-out": "Your other devices were signed out.",
  "password-kept": "Your password was changed. Your other devices stay signed in.",
  "device-ended": "That device was signed out.",
  "verification-sent": "A verification link is on its way to your email.",
  "two-factor-off": "Two-factor sign-in is off.",
} as const;

export async function loader({ request }: Route.LoaderArgs) {
  if (usesHostedPages()) {
    // Clerk owns passwords and devices: its profile page manages them.
    const user = await requireUser(request);
    return {
      clerk: true as const,
      user: { username: user.username, email: user.email, createdAt: user.createdAt.toISOString() },
    };
  }
  const { user, session } = await requireLogin(request);
  const done = new URL(request.url).searchParams.get("done");
  return {
    clerk: false as const,
    user: { username: user.username, email: user.email, createdAt: user.createdAt.toISOString() },
    ...(await accountSecurityData(user, session)),
    // With the page's data, not a fetcher of its own: a fetcher's failed load during a
    // network blip made React Router reload the whole page into the browser's offline page.
    timeZone: await currentTimeZone(user.id),
    sessionStartedAt: session.createdAt.toISOString(),
    // Own keys only: "?done=__proto__" must not reach the page as an object.
    notice: done && Object.hasOwn(NOTICES, done) ? NOTICES[done as keyof typeof NOTICES] : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  requireBuiltinAccounts();
  const { user, session } = await requireLogin(request);
  const formData = await readForm(request);
  const intent = IntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return formFailure({ formErrors: [intent.error.issues[0]?.message ?? "Unknown action"] });

  if (intent.data !== "change-password" && intent.data !== "sign-out-others") {
    return handleSecurityIntent(intent.data, formData, user);
  }

  if (intent.data === "sign-out-others") {
    await getStore().loginSessions.deleteAllForUser(user.id, session.id);
    await getServices().events.emit({
      type: "account.signedOut",
      userId: user.id,
      loginSessions: { allBut: session.id },
    });
    return redirect("/account?done=signed-out");
  }

  const parsed = parseForm(formData, ChangePasswordSchema);
  if (!parsed.success) return formFailure(parsed);
  try {
    const result = await changePassword({
      userId: user.id,
      currentPassword: parsed.data.currentPassword,
      newPassword: parsed.data.newPassword,
      keepSessionId: session.id,
      signOutOthers: formData.get("signOutOthers") === "on",
    });
    if (!result.ok) return formFailure({ fieldErrors: { [result.field]: [result.message] } });
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error);
    throw error;
  }
  return redirect(formData.get("signOutOthers") === "on" ? "/account?done=password" : "/account?done=password-kept");
}

export default function Account({ loaderData, actionData: rawActionData }: Route.ComponentProps) {
  const security = rawActionData && "intent" in rawActionData ? (rawActionData as SecurityActionData) : null;
  const actionData = security ? undefined : rawActionData;
  const submissionKey = useSubmissionKey(actionData);
  const navigation = useNavigation();
  if (loaderData.clerk) {
    return (
      <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-12">
        <h1 className="text-3xl font-bold">Account</h1>
        <ClerkProfileIsland />
      </div>
    );
  }
  const { user, devices, emailVerified, twoFactor, notice, timeZone } = loaderData;
  const busyIntent = navigation.state !== "idle" ? navigation.formData?.get("intent") : null;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-12">
      <h1 className="text-3xl font-bold">Account</h1>
      {notice ? (
        <div role="status" className="alert alert-success alert-soft">
          {notice}
        </div>
      ) : null}
      <section className="card bg-base-100 shadow-sm" aria-labelledby="profile-heading">
        <div className="card-body">
          <h2 id="profile-heading" className="card-title">
            Profile
          </h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            <dt className="text-base-content/75">Username</dt>
            <dd data-testid="account-username">{user.username}</dd>
            <dt className="text-base-content/75">Email</dt>
            <dd className="flex flex-wrap items-start gap-2">
              {user.email}
              <EmailVerificationStatus
                verified={emailVerified}
                errors={security?.intent === "send-verification" ? security.formErrors : undefined}
              />
            </dd>
            <dt className="text-base-content/75">Member since</dt>
            <dd>
              <LocalTime iso={user.createdAt} format="date" />
            </dd>
          </dl>
        </div>
      </section>
      <TimeZoneSetting timeZone={timeZone} />

      <section className="card bg-base-100 shadow-sm" aria-labelledby="password-heading">
        <div className="card-body">
          <h2 id="password-heading" className="card-title">
            Change password
          </h2>
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <input type="hidden" name="intent" value="change-password" />
            <FormErrors errors={actionData?.formErrors} />
            <Field
              label="Current password"
              name="currentPassword"
              key={`currentPassword-${submissionKey}`}
              type="password"
              autoComplete="current-password"
              required
              errors={actionData?.fieldErrors.currentPassword}
            />
            <Field
              label="New password"
              name="newPassword"
              key={`newPassword-${submissionKey}`}
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={72}
              hint="8–72 characters, not one of the most common passwords"
              errors={actionData?.fieldErrors.newPassword}
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
            <label className="label mt-2 gap-2 text-sm">
              <input type="checkbox" name="signOutOthers" className="checkbox checkbox-sm" defaultChecked />
              Sign out my other devices
            </label>
            <div className="card-actions mt-2">
              <button type="submit" className="btn btn-primary" disabled={busyIntent === "change-password"}>
                {busyIntent === "change-password" ? "Saving…" : "Change password"}
              </button>
            </div>
          </Form>
        </div>
      </section>

      <TwoFactorSection
        view={twoFactor}
        recoveryCodes={security?.recoveryCodes ?? null}
        failure={security}
        submissionKey={submissionKey}
      />

      {security?.intent === "end-device" ? <FormErrors errors={security.formErrors} /> : null}
      <DevicesSection devices={devices} />
    </div>
  );
}
