import { data } from "react-router";

import { GeneralErrorBoundary } from "~/components/error-boundary";

export const meta = () => [{ title: "Page not found · PeerPrep" }];

export function loader() {
  throw data("We could not find that page. Check the address, or start again from the home page.", {
    status: 404,
  });
}

export function action() {
  throw data("Nothing to submit here.", { status: 404 });
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
