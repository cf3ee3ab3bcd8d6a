import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { composeServices } from "~/composition.server";
import { passwordResetMail } from "~/modules/accounts/account-mail";
import { parseEnv } from "~/platform/env.server";

/** The SMTP adapter against a real SMTP server started here: what arrives is what was sent. */
describe("mail over SMTP", () => {
  const received: string[] = [];
  const envelopes: string[][] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(raw);
          envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends the reset mail (text and HTML, no tracking) from MAIL_FROM to the account", async () => {
    const services = composeServices(
      parseEnv({
        ...process.env,
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: "PeerPrep <no-reply@peerprep.test>",
        APP_URL: "https://peerprep.test",
      }),
    );
    expect(services.adapters.mail).toBe("smtp");
    expect(services.mail.kind).toBe("smtp");
    const link = "https://peerprep.test/reset-password?token=abc";
    await services.mail.send(passwordResetMail({ to: "ada@example.test", username: "ada", link, minutes: 15 }));
    await services.close();

    expect(envelopes.at(-1)).toEqual(["ada@example.test"]);
    const raw = received.at(-1) ?? "";
    expect(raw).toMatch(/^From: PeerPrep <no-reply@peerprep\.test>/m);
    expect(raw).toMatch(/^Subject: Reset your PeerPrep password/m);
    expect(raw).toContain("multipart/alternative");
    expect(raw).toContain("text/plain");
    expect(raw).toContain("text/html");
    // Quoted-printable: soft line breaks and "=3D" for "=".
    expect(raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=")).toContain("reset-password?token=abc");
    expect(raw).not.toMatch(/<img/i);
  });
});
