import type { Page } from "@playwright/test";

import { pasteCode } from "./editor";
import { expect, newPerson, problemTestCount, signUp, test } from "./fixtures";

/** Records every RTCPeerConnection the page makes, so the test can read getStats(). */
async function trackPeerConnections(page: Page) {
  await page.addInitScript(() => {
    const Original = window.RTCPeerConnection;
    const list: RTCPeerConnection[] = [];
    (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = list;
    window.RTCPeerConnection = class extends Original {
      constructor(config?: RTCConfiguration) {
        super(config);
        list.push(this);
      }
    } as typeof RTCPeerConnection;
  });
}

async function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.filter(
      (pc) => pc.connectionState !== "closed",
    );
    let frames = 0;
    for (const pc of pcs) {
      (await pc.getStats()).forEach((report: { type: string; kind?: string; framesDecoded?: number }) => {
        if (report.type === "inbound-rtp" && report.kind === "video") frames += report.framesDecoded ?? 0;
      });
    }
    return frames;
  });
}

const remoteSize = (page: Page) =>
  page
    .getByTestId("remote-video")
    .evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, height: v.videoHeight, time: v.currentTime }));

async function openRoom(a: Page, b: Page) {
  const host = await signUp(a);
  // The problem comes from the link (as from a problem page's "practice with a partner"):
  // this test is about the room, and typing into the picker races hydration.
  await a.goto("/sessions?problem=two-sum");
  await expect(a.getByLabel("Problem", { exact: true })).toHaveValue("two-sum");
  await a.getByRole("button", { name: "Start session" }).click();
  await expect(a.getByTestId("room-problem")).toHaveText("Two Sum");
  const link = a.url();
  await signUp(b);
  await b.goto(link);
  await b.getByRole("button", { name: "Join session" }).click();
  await expect(b.getByTestId("room-problem")).toHaveText("Two Sum");
  return { link, hostName: host.username };
}

test.describe("the room, live", () => {
  test.use({ withMedia: true });
  test("both see each other's video, and a shared screen changes what the partner sees", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const b = await newPerson(browser, baseURL, { withMedia: true });
    await trackPeerConnections(page);
    await trackPeerConnections(b.page);
    const { hostName } = await openRoom(page, b.page);

    for (const p of [page, b.page]) {
      await expect.poll(async () => (await remoteSize(p)).width, { timeout: 30_000 }).toBeGreaterThan(0);
      const before = (await remoteSize(p)).time;
      await expect.poll(async () => (await remoteSize(p)).time, { timeout: 20_000 }).toBeGreaterThan(before);
      const frames = await framesDecoded(p);
      await expect.poll(() => framesDecoded(p), { timeout: 20_000 }).toBeGreaterThan(frames);
    }
    const cameraWidth = (await remoteSize(b.page)).width;
    expect(cameraWidth).toBe(640);

    // Working in the editor (draft saves, data reloads) must not drop the call.
    await pasteCode(page, "function twoSum(nums, target) { return []; } // thinking");
    await expect(page.getByTestId("draft-state")).toHaveText("Saved");
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    const openConnections = await page.evaluate(
      () =>
        (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.filter((pc) => pc.connectionState === "connected")
          .length,
    );
    expect(openConnections).toBe(1);
    const framesNow = await framesDecoded(b.page);
    await expect.poll(() => framesDecoded(b.page), { timeout: 20_000 }).toBeGreaterThan(framesNow);

    // Sharing adds the screen as the large tile; the camera stays, as a picture-in-picture,
    // and nothing covers the partner's editor or chat.
    const screenSize = () =>
      b.page
        .getByTestId("remote-screen")
        .evaluate((v: HTMLVideoElement) => ({ width: v.videoWidth, time: v.currentTime }));
    await page.getByTestId("share-screen").click();
    await expect(b.page.getByTestId("shared-screen")).toBeVisible({ timeout: 30_000 });
    await expect.poll(async () => (await screenSize()).width, { timeout: 30_000 }).toBeGreaterThan(cameraWidth);
    await expect(b.page.getByTestId("remote-tile")).toHaveAttribute("data-pip", "true");
    expect((await remoteSize(b.page)).width).toBe(cameraWidth);
    const cameraTime = (await remoteSize(b.page)).time;
    await expect.poll(async () => (await remoteSize(b.page)).time, { timeout: 20_000 }).toBeGreaterThan(cameraTime);
    await expect(b.page.getByTestId("participant-host")).toContainText("sharing");
    await expect(b.page.getByTestId("editor")).toBeVisible();
    await expect(b.page.getByTestId("chat").getByLabel("Message", { exact: true })).toBeVisible();
    const screenBox = (await b.page.getByTestId("shared-screen").boundingBox())!;
    const editorBox = (await b.page.getByTestId("editor").boundingBox())!;
    expect(screenBox.x).toBeGreaterThanOrEqual(editorBox.x + editorBox.width);

    await page.getByTestId("share-screen").click();
    await expect(b.page.getByTestId("shared-screen")).toHaveCount(0, { timeout: 30_000 });
    await expect(b.page.getByTestId("remote-tile")).not.toHaveAttribute("data-pip", "true");
    expect((await remoteSize(b.page)).width).toBe(cameraWidth);

    // Camera off: the partner sees a name and the microphone state, not a black box.
    await expect(b.page.getByTestId("camera-off-tile")).toHaveCount(0);
    await page.getByRole("button", { name: "Camera off" }).click();
    await page.getByRole("button", { name: "Mute" }).click();
    await expect(b.page.getByTestId("camera-off-tile")).toBeVisible({ timeout: 20_000 });
    await expect(b.page.getByTestId("camera-off-tile")).toContainText(hostName);
    await expect(b.page.getByTestId("partner-mic")).toHaveText("Camera off · muted");
    await page.getByRole("button", { name: "Camera on" }).click();
    await expect(b.page.getByTestId("camera-off-tile")).toHaveCount(0, { timeout: 20_000 });
    await b.context.close();
  });

  test("chat both ways with a code block; a reload shows the history once; a third person cannot get in", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const b = await newPerson(browser, baseURL);
    const { link } = await openRoom(page, b.page);

    const chatA = page.getByTestId("chat");
    const chatB = b.page.getByTestId("chat");
    await expect(chatA.getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });
    await chatA.getByLabel("Message", { exact: true }).fill("Hi! Try this:\n```js\nconst seen = new Map();\n```");
    await expect(page.getByTestId("chat-counter")).toHaveText(/^4\d \/ 4,000$/);
    await chatA.getByRole("button", { name: "Send" }).click();
    await expect(chatB.getByTestId("chat-message").last()).toContainText("const seen = new Map();");
    await expect(chatB.getByTestId("chat-message").last().locator("pre code")).toHaveCount(1);

    await expect(chatB.getByLabel("Message", { exact: true })).toBeEnabled();
    await chatB.getByLabel("Message", { exact: true }).fill('<img src=x onerror="window.__xss=1"> looks good');
    await chatB.getByLabel("Message", { exact: true }).press("Enter");
    await expect(chatA.getByTestId("chat-message").last()).toContainText(
      '<img src=x onerror="window.__xss=1"> looks good',
    );
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(chatA.getByTestId("chat-system").first()).toContainText("joined");

    await b.page.reload();
    await expect(chatB.getByTestId("chat-message")).toHaveCount(2, { timeout: 20_000 });
    await expect(chatB.getByTestId("chat-message").first()).toContainText("const seen = new Map();");
    // Still exactly two after the socket has settled.
    await b.page.waitForTimeout(1500);
    await expect(chatB.getByTestId("chat-message")).toHaveCount(2);

    const c = await newPerson(browser, baseURL);
    await signUp(c.page);
    await c.page.goto(link);
    await expect(c.page.getByText("This session is full")).toBeVisible();
    await expect(c.page.getByTestId("session-room")).toHaveCount(0);
    await expect(c.page.getByTestId("chat")).toHaveCount(0);
    await b.context.close();
    await c.context.close();
  });

  test("a partner who leaves frees the seat and is announced", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const b = await newPerson(browser, baseURL);
    await openRoom(page, b.page);
    await expect(page.getByTestId("room-status")).toHaveText("Both here", { timeout: 15_000 });
    await b.page.getByText("Leave", { exact: true }).click();
    await b.page.getByRole("button", { name: "Yes, leave" }).click();
    await expect(b.page).toHaveURL(/\/sessions$/);
    // No polling wait: the socket tells the host at once.
    await expect(page.getByTestId("room-status")).toHaveText("Waiting for a partner", { timeout: 10_000 });
    await expect(page.getByTestId("chat-system").last()).toContainText("left");
    await b.context.close();
  });
});

test.describe("the room, details", () => {
  test("typing, unread badge, shared selection and the partner's results show up", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const b = await newPerson(browser, baseURL);
    await openRoom(page, b.page);
    const chatA = page.getByTestId("chat");
    await expect(chatA.getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });
    await expect(b.page.getByTestId("chat").getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });

    await b.page
      .getByTestId("chat")
      .getByLabel("Message", { exact: true })
      .pressSequentially("thinking", { delay: 20 });
    await expect(page.getByTestId("typing")).toContainText("is typing");

    await page.getByTestId("toggle-panel").click();
    await b.page.getByTestId("chat").getByLabel("Message", { exact: true }).press("Enter");
    await expect(page.getByTestId("unread")).toHaveText("1");
    await page.getByTestId("toggle-panel").click();
    await expect(page.getByTestId("unread")).toHaveCount(0);
    await expect(chatA.getByTestId("chat-message").last()).toContainText("thinking");

    // Share the editor's selection as a code block.
    await pasteCode(b.page, "function twoSum(nums, target) {\nreturn [0, 1];\n}");
    await b.page.getByTestId("editor").locator(".monaco-editor").first().click();
    await b.page.keyboard.press("ControlOrMeta+a");
    await b.page.getByTestId("share-selection").click();
    await expect(chatA.getByTestId("chat-message").last().locator("pre code")).toContainText("return [0, 1];");

    // A submission is announced to the partner.
    await b.page.getByRole("button", { name: "Submit" }).click();
    await expect(chatA.getByTestId("chat-system").last()).toContainText(
      new RegExp(`submitted: Wrong Answer \\d+/${problemTestCount("two-sum")}`),
      {
        timeout: 30_000,
      },
    );
    await b.context.close();
  });
});

test.describe("the room, without devices", () => {
  test.use({ withMedia: true });

  test("without camera or microphone the room and chat still work, with a clear message", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const b = await newPerson(browser, baseURL, { withMedia: true });
    await b.page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await openRoom(page, b.page);
    await expect(b.page.getByTestId("media-error")).toContainText("blocked");
    await expect(page.getByTestId("media-error")).toHaveCount(0);
    const chatB = b.page.getByTestId("chat");
    await expect(chatB.getByLabel("Message", { exact: true })).toBeEnabled({ timeout: 20_000 });
    await chatB.getByLabel("Message", { exact: true }).fill("no camera here, but I can type");
    await chatB.getByLabel("Message", { exact: true }).press("Enter");
    await expect(page.getByTestId("chat").getByTestId("chat-message").last()).toContainText("no camera here");
    // B still sees A's video: receiving needs no devices.
    await expect
      .poll(() => b.page.getByTestId("remote-video").evaluate((v: HTMLVideoElement) => v.videoWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await b.context.close();
  });
});
