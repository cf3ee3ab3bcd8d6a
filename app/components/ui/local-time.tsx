import { useHydrated } from "~/platform/hooks/use-hydrated";

const SERVER_FORMATS = {
  datetime: { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
  date: { dateStyle: "long", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const BROWSER_FORMATS = {
  datetime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type Format = keyof typeof SERVER_FORMATS;

// Building an Intl formatter costs far more than formatting (the first one also loads the
// locale's data): each is made once, on first use, so loading this module costs nothing.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(format: Format, side: "server" | "browser"): Intl.DateTimeFormat {
  const key = `${side}:${format}`;
  let made = formatters.get(key);
  if (!made) {
    made =
      side === "server"
        ? new Intl.DateTimeFormat("en", SERVER_FORMATS[format])
        : new Intl.DateTimeFormat(undefined, BROWSER_FORMATS[format]);
    formatters.set(key, made);
  }
  return made;
}

// The same moments come back on every render of a reused view (ADR 086): their server text too.
const serverTexts = new Map<string, string>();
const SERVER_TEXTS_KEPT = 2_000;

function serverText(iso: string, format: Format): string {
  const key = `${format}|${iso}`;
  let text = serverTexts.get(key);
  if (text === undefined) {
    text = `${formatter(format, "server").format(new Date(iso))}${format === "datetime" ? " UTC" : ""}`;
    if (serverTexts.size >= SERVER_TEXTS_KEPT) serverTexts.clear();
    serverTexts.set(key, text);
  }
  return text;
}

/**
 * A date in the reader's own time zone and language. The server cannot know either, so
 * it renders UTC (labelled) and the browser replaces it after hydration; rendering local
 * time on both sides would not match and break hydration.
 */
export function LocalTime({ iso, format = "datetime" }: { iso: string; format?: Format }) {
  const hydrated = useHydrated();
  const text = hydrated ? formatter(format, "browser").format(new Date(iso)) : serverText(iso, format);
  return <time dateTime={iso}>{text}</time>;
}
