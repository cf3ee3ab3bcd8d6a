import { ClerkProvider, SignIn, SignUp, useClerk, UserProfile } from "@clerk/react-router";
import { type ReactNode, useEffect } from "react";

/**
 * Clerk's browser side, loaded only when Clerk is configured (a separate chunk: built-in
 * accounts never download it). Clerk's own script comes from Clerk's servers.
 */
export function ClerkRoot({ loaderData, children }: { loaderData: unknown; children: ReactNode }) {
  return (
    <ClerkProvider loaderData={loaderData} signInUrl="/login" signUpUrl="/signup" afterSignOutUrl="/">
      {children}
    </ClerkProvider>
  );
}

export function ClerkSignIn({ redirectTo }: { redirectTo: string }) {
  return <SignIn routing="hash" signUpUrl="/signup" forceRedirectUrl={redirectTo} />;
}

export function ClerkSignUp({ redirectTo }: { redirectTo: string }) {
  return <SignUp routing="hash" signInUrl="/login" forceRedirectUrl={redirectTo} />;
}

export function ClerkProfile() {
  return <UserProfile routing="hash" />;
}

export function ClerkSignOut() {
  const clerk = useClerk();
  useEffect(() => {
    void clerk.signOut({ redirectUrl: "/" });
  }, [clerk]);
  return <p className="p-8 text-center">Signing you out…</p>;
}

export default ClerkRoot;
