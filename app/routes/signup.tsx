import { Form, Link, useNavigation } from "react-router";

import { ClerkSignUpIsland } from "~/adapters/clerk/clerk-islands";
import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { signUp } from "~/modules/accounts/accounts.server";
import { SignupSchema } from "~/modules/accounts/auth-schemas";
import { isHoneypotFilled } from "~/modules/accounts/honeypot";
import {
  requireAnonymous,
  requireBuiltinAccounts,
  startLoginSession,
  usesHostedPages,
} from "~/modules/accounts/login-session.server";
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
import { safeRedirect } from "~/platform/http/safe-redirect";

import type { Route } from "./+types/signup";

export const meta: Route.MetaFunction = () => [{ title: "Sign up · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  await requireAnonymous(request);
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  return { redirectTo: redirectTo ? safeRedirect(redirectTo) : null, clerk: usesHostedPages() };
}

export async function action({ request, context }: Route.ActionArgs) {
  // With Clerk, Clerk's own form signs people in; this one does not exist.
  requireBuiltinAccounts();
  await requireAnonymous(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["username", "email"]);
  if (isHoneypotFilled(formData)) return formFailure({ formErrors: [HONEYPOT_MESSAGE], values });

  const parsed = parseForm(formData, SignupSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });

  try {
    const result = await signUp({ ...parsed.data, clientIp: requestInfo(context).clientIp });
    if (!result.ok) return formFailure({ fieldErrors: { [result.field]: [result.message] }, values });
    return startLoginSession(request, result.user.id, safeRedirect(formData.get("redirectTo"), "/"));
  } catch (error) {
    if (error instanceof RateLimitedError) return rateLimitedFailure(error, values);
    throw error;
  }
}

export default function Signup({ loaderData, actionData }: Route.ComponentProps) {
  const submissionKey = useSubmissionKey(actionData);
  const navigation = useNavigation();
  if (loaderData.clerk) {
    return (
      <div className="mx-auto flex w-full max-w-md justify-center px-4 py-12">
        <ClerkSignUpIsland redirectTo={loaderData.redirectTo ?? "/"} />
      </div>
    );
  }
  const submitting = navigation.state !== "idle" && navigation.formAction?.startsWith("/signup");
  const loginHref = loaderData.redirectTo
    ? `/login?${new URLSearchParams({ redirectTo: loaderData.redirectTo })}`
    : "/login";
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div className="card bg-base-100 shadow-sm">
        <div className="card-body gap-4">
          <h1 className="card-title text-2xl">Create your account</h1>
          <p className="text-base-content/70 text-sm">Free, and all you need to start practising with a partner.</p>
          <Form method="post" className="flex flex-col gap-2" noValidate>
            <HoneypotInput />
            {loaderData.redirectTo ? <input type="hidden" name="redirectTo" value={loaderData.redirectTo} /> : null}
            <FormErrors errors={actionData?.formErrors} />
            <Field
              label="Username"
              name="username"
              autoComplete="username"
              required
              minLength={3}
              maxLength={24}
              hint="3–24 characters: letters, digits, _ and -"
              defaultValue={actionData?.values.username}
              errors={actionData?.fieldErrors.username}
              autoFocus
            />
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              required
              defaultValue={actionData?.values.email}
              errors={actionData?.fieldErrors.email}
            />
            <Field
              label="Password"
              name="password"
              key={`password-${submissionKey}`}
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={128}
              hint="At least 8 characters"
              errors={actionData?.fieldErrors.password}
            />
            <button type="submit" className="btn btn-primary mt-4" disabled={submitting}>
              {submitting ? "Creating account…" : "Sign up"}
            </button>
          </Form>
          <p className="text-sm">
            Already have an account?{" "}
            <Link to={loginHref} className="link link-primary">
              Sign in
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
