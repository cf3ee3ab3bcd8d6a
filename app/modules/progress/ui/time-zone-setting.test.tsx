// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createRoutesStub, useLoaderData } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";

import { TimeZoneSetting } from "~/modules/progress/ui/time-zone-setting";

afterEach(cleanup);

function AccountPage() {
  const { timeZone } = useLoaderData<{ timeZone: string | null }>();
  return <TimeZoneSetting timeZone={timeZone} />;
}

describe("TimeZoneSetting", () => {
  it("shows the zone from the page's data without a request of its own, and saves a choice", async () => {
    let stored = "Europe/Paris";
    const resourceLoader = vi.fn(() => ({ timeZone: stored }));
    const resourceAction = vi.fn(async ({ request }: { request: Request }) => {
      stored = String((await request.formData()).get("timeZone"));
      return { timeZone: stored, saved: true };
    });
    const Stub = createRoutesStub([
      {
        path: "/account",
        Component: AccountPage,
        HydrateFallback: () => null,
        loader: () => ({ timeZone: stored }),
      },
      { path: "/account/time-zone", loader: resourceLoader, action: resourceAction },
    ]);
    render(<Stub initialEntries={["/account"]} />);

    const zone = (await screen.findByRole("combobox", { name: "Zone" })) as HTMLSelectElement;
    expect(zone.value).toBe("Europe/Paris");
    expect(screen.getByRole("status").textContent).toBe("Now: Europe/Paris.");
    // No fetcher load: a failed one during a network blip reloaded the whole page.
    expect(resourceLoader).not.toHaveBeenCalled();

    fireEvent.change(zone, { target: { value: "Asia/Tokyo" } });
    fireEvent.click(screen.getByRole("button", { name: "Save time zone" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Saved: Asia/Tokyo."));
    expect(resourceAction).toHaveBeenCalledOnce();
    expect(resourceLoader).not.toHaveBeenCalled();
  });
});
