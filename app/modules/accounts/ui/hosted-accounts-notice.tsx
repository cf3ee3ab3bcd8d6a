import { Link } from "react-router";

/** What the built-in account pages say when Clerk runs sign-in: its own flows apply. */
export function HostedAccountsNotice({ what }: { what: string }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12">
      <div role="status" className="alert alert-info alert-soft">
        <p>
          Sign-in is handled by Clerk here, so {what} happens in Clerk&apos;s own pages. Use{" "}
          <Link to="/login" className="link">
            Clerk&apos;s sign-in
          </Link>{" "}
          (it has &ldquo;Forgot password?&rdquo;) or your{" "}
          <Link to="/account" className="link">
            Clerk profile
          </Link>{" "}
          for passwords, two-factor sign-in and devices.
        </p>
      </div>
    </div>
  );
}
