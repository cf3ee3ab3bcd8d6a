import { data } from "react-router";

import { BodyTooLarge, readBodyWithin } from "~/platform/http/read-body.server";

/**
 * Largest form body accepted: the biggest real form is a code submission (64,000
 * characters, which URL-encoding can triple). Anything larger is refused while it is
 * still arriving, before it is buffered.
 */
export const MAX_FORM_BYTES = 1024 * 1024;

const unreadable = () => data("This form could not be read. Please reload the page and try again.", { status: 400 });

/**
 * The request's form fields. A body that is not a form (JSON, plain text, broken
 * multipart) is the client's mistake: 415 or 400 with a message, never a 500; one over
 * MAX_FORM_BYTES is a 413.
 */
export async function readForm(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") {
    throw data("Send this form as application/x-www-form-urlencoded or multipart/form-data.", { status: 415 });
  }
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyWithin(request, MAX_FORM_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      throw data(`This form is too large (at most ${MAX_FORM_BYTES / 1024 / 1024} MB). Shorten it and try again.`, {
        status: 413,
      });
    }
    throw unreadable();
  }
  try {
    return await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw unreadable();
  }
}
