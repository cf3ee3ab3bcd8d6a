import type { ReactNode } from "react";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useFetchers, useRouteLoaderData } from "react-router";
import { Toaster } from "sonner";

import { ClerkRootIsland } from "~/adapters/clerk/clerk-islands";
import { getServices } from "~/composition.server";
import { getRequestUser } from "~/modules/accounts/login-session.server";
import { loadOrKeep, useRememberLoaderData } from "~/platform/http/offline-loader";
import { isTheme, type Theme } from "~/platform/theme/theme";
import { getTheme } from "~/platform/theme/theme.server";

import type { Route } from "./+types/root";
import appCss from "./app.css?url";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { Navbar } from "./components/navbar";
import { useNonce } from "./components/nonce-provider";
import { OfflineBanner } from "./components/offline-banner";

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "stylesheet", href: appCss },
];

// The identity provider's request handling (Clerk's handshake and token refresh); the
// built-in sign-in passes straight through.
export const middleware: Route.MiddlewareFunction[] = [(args, next) => getServices().identity.middleware(args, next)];

export async function loader(args: Route.LoaderArgs) {
  const user = await getRequestUser(args.request);
  return getServices().identity.rootData(args, {
    user: user ? { id: user.id, username: user.username } : null,
    theme: await getTheme(args.request),
  });
}

/** A blip in the network keeps the signed-in header instead of replacing the page. */
export async function clientLoader({ request, serverLoader }: Route.ClientLoaderArgs) {
  return loadOrKeep("root", request, serverLoader, { anyUrl: true });
}

/** The theme being set right now (optimistic), else the one the server knows. */
function useTheme(serverTheme: Theme | undefined): Theme {
  const pending = useFetchers()
    .find((f) => f.formAction === "/theme")
    ?.formData?.get("theme");
  return isTheme(pending) ? pending : (serverTheme ?? "system");
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const theme = useTheme(data?.theme);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content={theme === "system" ? "light dark" : theme} />
        <Meta />
        <Links />
      </head>
      <body className="bg-base-200 text-base-content flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <Navbar user={data?.user ?? null} theme={theme} />
        <OfflineBanner />
        <Toaster position="top-right" richColors closeButton />
        <main id="main" className="flex flex-1 flex-col">
          {children}
        </main>
        <footer className="text-base-content/75 px-4 py-6 text-center text-sm">
          PeerPrep — practise coding problems with a partner.
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  useRememberLoaderData("root", loaderData);
  if (loaderData.clerkState) {
    return (
      <ClerkRootIsland loaderData={loaderData}>
        <Outlet />
      </ClerkRootIsland>
    );
  }
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
