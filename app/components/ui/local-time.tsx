import { useHydrated } from "~/platform/hooks/use-hydrated";

const SERVER_FORMATS = {
  datetime: { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" },
  date: { dateStyle: "long", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const BROWSER_FORMATS = {
  datetime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "long" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than formatting: the server's are made once.
const serverFormatters = {
  datetime: new Intl.DateTimeFormat("en", SERVER_FORMATS.datetime),
  date: new Intl.DateTimeFormat("en", SERVER_FORMATS.date),
};

/**
 * A date in the reader's own time zone and language. The server cannot know either, so
 * it renders UTC (labelled) and the browser replaces it after hydration; rendering local
 * time on both sides would not match and break hydration.
 */
export function LocalTime({ iso, format = "datetime" }: { iso: string; format?: "datetime" | "date" }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? date.toLocaleString(undefined, BROWSER_FORMATS[format])
    : `${serverFormatters[format].format(date)}${format === "datetime" ? " UTC" : ""}`;
  return <time dateTime={iso}>{text}</time>;
}
