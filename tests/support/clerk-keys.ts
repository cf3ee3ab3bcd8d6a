import crypto from "node:crypto";

/**
 * A locally generated key pair standing in for a Clerk instance's JWT keys, so session
 * tokens can be issued and verified in tests without Clerk.
 */
export function clerkTestKeys() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: "spki", format: "pem" }).toString();

  /** A session token like Clerk's `__session` cookie (RS256). */
  function sessionToken(
    claims: { sub: string; sid?: string; azp?: string; expiresInSeconds?: number; issuedSecondsAgo?: number },
    key = privateKey,
  ) {
    const now = Math.floor(Date.now() / 1000) - (claims.issuedSecondsAgo ?? 0);
    const header = { alg: "RS256", typ: "JWT", kid: "ins_test" };
    const payload = {
      sub: claims.sub,
      sid: claims.sid ?? `sess_${claims.sub}`,
      iss: "https://peerprep-test.clerk.accounts.dev",
      azp: claims.azp,
      iat: now,
      nbf: now - 5,
      exp: now + (claims.expiresInSeconds ?? 60),
    };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const signingInput = `${encode(header)}.${encode(payload)}`;
    const signature = crypto.sign("RSA-SHA256", Buffer.from(signingInput), key).toString("base64url");
    return `${signingInput}.${signature}`;
  }

  return {
    publicPem,
    sessionToken,
    otherKey: () => crypto.generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey,
  };
}
