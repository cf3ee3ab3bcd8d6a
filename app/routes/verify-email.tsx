import { Link } from "react-router";

import { verifyEmail } from "~/modules/accounts/account-recovery.server";
import { usesHostedPages } from "~/modules/accounts/login-session.server";
import { ResetTokenSchema } from "~/modules/accounts/recovery-schemas";

import type { Route } from "./+types/verify-email";

export const meta: Route.MetaFunction = () => [
  { title: "Confirm email · PeerPrep" },
  { name: "referrer", content: "no-referrer" },
];

/** Opening the mailed link confirms the address: the token alone proves the mailbox. */
export async function loader({ request }: Route.LoaderArgs) {
  if (usesHostedPages()) return { verified: false };
  const token = ResetTokenSchema.safeParse(new URL(request.url).searchParams.get("token") ?? "");
  return { verified: token.success ? await verifyEmail(token.data) : false };
}

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <h1 className="mb-4 text-2xl font-bold">Confirm email</h1>
      <div role="status" className={`alert alert-soft ${loaderData.verified ? "alert-success" : "alert-warning"}`}>
        {loaderData.verified
          ? "Thank you: your email address is confirmed."
          : "This link has expired or was already used. Send a new one from your account page."}
      </div>
      <Link to="/account" className="link link-primary mt-4 inline-block">
        Go to your account
      </Link>
    </div>
  );
}
