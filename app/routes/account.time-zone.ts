import { data } from "react-router";
import { z } from "zod";

import { requireUser } from "~/modules/accounts/login-session.server";
import { isValidTimeZone } from "~/modules/progress/day-keys";
import { currentTimeZone, saveTimeZone } from "~/modules/progress/progress.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/account.time-zone";

/**
 * The time zone streaks are counted in: GET answers the current one (the account page has it
 * from its own loader); POST "detect" (the browser's zone, sent once) or "set" (the account
 * page's choice).
 */
const TimeZoneFormSchema = z.object({
  intent: z.enum(["detect", "set"], { error: "Unknown action: reload the page and try again" }),
  timeZone: z
    .string({ error: "Choose a time zone" })
    .trim()
    .min(1, "Choose a time zone")
    .max(64, "Unknown time zone")
    .refine(isValidTimeZone, "Unknown time zone"),
});

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { timeZone: await currentTimeZone(user.id) };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), TimeZoneFormSchema);
  if (!parsed.success) return data({ timeZone: null, fieldErrors: parsed.fieldErrors, saved: false }, { status: 400 });
  await saveTimeZone(user.id, parsed.data.timeZone, parsed.data.intent);
  return { timeZone: await currentTimeZone(user.id), saved: true };
}
