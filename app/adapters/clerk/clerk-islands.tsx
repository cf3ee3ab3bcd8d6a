import { lazy, type ReactNode, Suspense } from "react";

// Lazy so the Clerk SDK is its own chunk, fetched only in Clerk mode.
const load = () => import("~/adapters/clerk/clerk-ui");
const Root = lazy(() => load().then((m) => ({ default: m.ClerkRoot })));
const SignInLazy = lazy(() => load().then((m) => ({ default: m.ClerkSignIn })));
const SignUpLazy = lazy(() => load().then((m) => ({ default: m.ClerkSignUp })));
const ProfileLazy = lazy(() => load().then((m) => ({ default: m.ClerkProfile })));
const SignOutLazy = lazy(() => load().then((m) => ({ default: m.ClerkSignOut })));

const Loading = () => <span className="loading loading-spinner mx-auto my-8 block" aria-label="Loading" />;

export function ClerkRootIsland({ loaderData, children }: { loaderData: unknown; children: ReactNode }) {
  return (
    <Suspense fallback={children}>
      <Root loaderData={loaderData}>{children}</Root>
    </Suspense>
  );
}

export const ClerkSignInIsland = ({ redirectTo }: { redirectTo: string }) => (
  <Suspense fallback={<Loading />}>
    <SignInLazy redirectTo={redirectTo} />
  </Suspense>
);
export const ClerkSignUpIsland = ({ redirectTo }: { redirectTo: string }) => (
  <Suspense fallback={<Loading />}>
    <SignUpLazy redirectTo={redirectTo} />
  </Suspense>
);
export const ClerkProfileIsland = () => (
  <Suspense fallback={<Loading />}>
    <ProfileLazy />
  </Suspense>
);
export const ClerkSignOutIsland = () => (
  <Suspense fallback={<Loading />}>
    <SignOutLazy />
  </Suspense>
);
