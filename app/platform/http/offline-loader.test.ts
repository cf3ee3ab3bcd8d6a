import { data } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";

import { isOffline, reportNetworkSuccess } from "./network-status";
import { forgetLoaderData, loadOrKeep, rememberLoaderData } from "./offline-loader";

const request = (path: string) => new Request(`http://localhost${path}`);
const offline = () => Promise.reject(new TypeError("Failed to fetch"));

beforeEach(() => {
  forgetLoaderData();
  reportNetworkSuccess();
});

describe("client loaders that survive a network blip", () => {
  it("keeps the page's last data when a reload fails for lack of network, and says so", async () => {
    rememberLoaderData("lobby", "/sessions", { sessions: ["a"] });
    await expect(loadOrKeep("lobby", request("/sessions"), offline)).resolves.toEqual({ sessions: ["a"] });
    expect(isOffline()).toBe(true);
    await expect(loadOrKeep("lobby", request("/sessions"), async () => ({ sessions: ["b"] }))).resolves.toEqual({
      sessions: ["b"],
    });
    expect(isOffline()).toBe(false);
    // The fresh data is what a later blip keeps.
    await expect(loadOrKeep("lobby", request("/sessions"), offline)).resolves.toEqual({ sessions: ["b"] });
  });

  it("does not show one page's data for another URL, unless it does not depend on the URL", async () => {
    rememberLoaderData("problem", "/problems/two-sum", { slug: "two-sum" });
    await expect(loadOrKeep("problem", request("/problems/lru-cache"), offline)).rejects.toBeInstanceOf(TypeError);
    rememberLoaderData("root", "/problems/two-sum", { user: "ann" });
    await expect(loadOrKeep("root", request("/sessions"), offline, { anyUrl: true })).resolves.toEqual({
      user: "ann",
    });
  });

  it("lets real answers through: a 404 or a server error is not hidden", async () => {
    rememberLoaderData("problem", "/problems/two-sum", { slug: "two-sum" });
    const notFound = () => Promise.reject(data("gone", { status: 404 }));
    await expect(loadOrKeep("problem", request("/problems/two-sum"), notFound)).rejects.toMatchObject({
      init: { status: 404 },
    });
    const bug = () => Promise.reject(new Error("boom"));
    await expect(loadOrKeep("problem", request("/problems/two-sum"), bug)).rejects.toThrow("boom");
  });
});
