import { describe, expect, it } from "vitest";

import { person } from "../../tests/support/people";
import { BASE, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as outbox from "./dev.outbox";
import * as forgotPassword from "./forgot-password";
import * as verifyEmail from "./verify-email";

/** Recovery's limits and guards through the routes: 429s with Retry-After, no account oracle, the outbox on loopback only. */

let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

const askForReset = (email: string, clientIp: string) =>
  settle(() =>
    forgotPassword.action({
      request: formRequest("/forgot-password", { email }),
      context: testContext(clientIp),
      params: {},
    } as never),
  );

describe("POST /forgot-password", () => {
  it("answers a known and an unknown address the same way", async () => {
    const { user } = await person("rk");
    const known = (await askForReset(user.email, freshIp())) as Response;
    const unknown = (await askForReset("nobody-at-all@example.test", freshIp())) as Response;
    expect(known.status).toBe(302);
    expect(unknown.status).toBe(known.status);
    expect(unknown.headers.get("Location")).toBe(known.headers.get("Location"));
  });

  it("takes three requests for one address, then answers 429 with Retry-After and keeps what was typed", async () => {
    const email = `limit-${Date.now()}@example.test`;
    for (let i = 0; i < 3; i++) expect(((await askForReset(email, freshIp())) as Response).status).toBe(302);
    const limited = unwrapData<{ formErrors: string[]; values: Record<string, string> }>(
      await askForReset(email.toUpperCase(), freshIp()),
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.data.formErrors.join(" ")).toMatch(/too many reset requests for this address/i);
    expect(limited.data.values.email).toBe(email.toUpperCase());
  });

  it("takes ten requests from one network, whatever the address, then answers 429", async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect(((await askForReset(`net-${i}-${Date.now()}@example.test`, ip)) as Response).status).toBe(302);
    }
    const limited = unwrapData<{ formErrors: string[] }>(await askForReset(`net-x-${Date.now()}@example.test`, ip));
    expect(limited.status).toBe(429);
    expect(limited.data.formErrors.join(" ")).toMatch(/from your network/i);
  });

  it("explains a malformed address next to the field with a 400", async () => {
    const result = unwrapData<{ fieldErrors: Record<string, string[]> }>(await askForReset("not an email", freshIp()));
    expect(result.status).toBe(400);
    expect(result.data.fieldErrors.email?.length).toBeGreaterThan(0);
  });
});

describe("GET /verify-email", () => {
  it.each([
    ["no token", ""],
    ["a malformed token", "?token=%00%ff"],
    ["an unknown token", `?token=${"a".repeat(43)}`],
  ])("with %s says the link does not work (no error page)", async (_, query) => {
    const result = await verifyEmail.loader({
      request: getRequest(`/verify-email${query}`),
      context: testContext(),
      params: {},
    } as never);
    expect(result).toEqual({ verified: false });
  });
});

describe("GET /dev/outbox", () => {
  const load = (clientIp: string) =>
    settle(() =>
      outbox.loader({
        request: new Request(`${BASE}/dev/outbox`),
        context: testContext(clientIp),
        params: {},
      } as never),
    );

  it("is not found from any address but loopback (reset links are secrets)", async () => {
    for (const ip of ["10.0.0.7", "192.168.1.2", "2001:db8::1"]) {
      const result = (await load(ip)) as Response;
      expect(result.status).toBe(404);
    }
  });

  it("lists the messages for this machine", async () => {
    const result = (await load("127.0.0.1")) as { messages: unknown[] };
    expect(Array.isArray(result.messages)).toBe(true);
  });
});
