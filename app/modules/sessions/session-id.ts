import { z } from "zod";

/** Session ids are 16 random bytes, base64url: unguessable, so a private link is a secret. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const SessionIdSchema = z.string().regex(SESSION_ID_PATTERN, "unknown session");
