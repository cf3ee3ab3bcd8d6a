import { data } from "react-router";

/**
 * The request's form fields. A body that is not a form (JSON, plain text, broken
 * multipart) is the client's mistake: 415 or 400 with a message, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") {
    throw data("Send this form as application/x-www-form-urlencoded or multipart/form-data.", { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw data("This form could not be read. Please reload the page and try again.", { status: 400 });
  }
}
