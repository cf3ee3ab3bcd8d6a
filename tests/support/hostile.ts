import fc from "fast-check";

/** Inputs meant to break parsers: odd types, odd text, huge text, prototype keys. */

export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
] as const;

const tricky = fc.constantFrom(
  "",
  " ",
  "\t\n",
  "\u0000",
  "\uD800",
  "\u202Eevil",
  "𝕏🙂‍↔️é́",
  "<script>window.__xss=1</script>",
  "'; DROP TABLE users; --",
  "{{7*7}}${7*7}",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "[object Object]",
  ...PROTOTYPE_KEYS,
  // Values that are valid somewhere, so some runs get past the first check.
  "two-sum",
  "random",
  "public",
  "private",
  "javascript",
  "python",
  "Accepted",
  "dark",
  "join",
  "leave",
  "end",
  "submit",
  "save-draft",
  "reset-draft",
  "change-password",
  "sign-out-others",
);

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => "𝕏".repeat(n)) },
);

export function fieldName(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

export type FieldValue = string | { file: string; name: string; type: string };

const fileValue = fc.record({
  file: fc.oneof(hostileText, fc.constant("")),
  name: fc.oneof(
    fc.constant("a.txt"),
    hostileText.map((t) => t.slice(0, 100)),
  ),
  type: fc.constantFrom("text/plain", "application/octet-stream", "image/svg+xml", ""),
});

/** A form: known and unknown names, repeated names (arrays where strings are expected), files. */
export function hostileFields(known: readonly string[]): fc.Arbitrary<Array<[string, FieldValue]>> {
  return fc.array(
    fc.tuple(fieldName(known), fc.oneof({ weight: 5, arbitrary: hostileText }, { weight: 1, arbitrary: fileValue })),
    {
      maxLength: 10,
    },
  );
}

export type BodyKind = "urlencoded" | "multipart" | "json" | "text" | "broken-multipart" | "none";

/** How the fields travel: mostly as forms, sometimes as something that is not a form at all. */
export const bodyKind: fc.Arbitrary<BodyKind> = fc.constantFrom(
  "urlencoded",
  "urlencoded",
  "multipart",
  "multipart",
  "json",
  "text",
  "broken-multipart",
  "none",
);

export function buildRequest(
  url: string,
  kind: BodyKind,
  fields: Array<[string, FieldValue]>,
  cookie?: string,
): Request {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  const text = (v: FieldValue) => (typeof v === "string" ? v : v.file);
  let body: BodyInit | undefined;
  switch (kind) {
    case "urlencoded": {
      const params = new URLSearchParams();
      for (const [k, v] of fields) params.append(k, text(v));
      body = params;
      break;
    }
    case "multipart": {
      const form = new FormData();
      for (const [k, v] of fields) {
        if (typeof v === "string") form.append(k, v);
        else form.append(k, new Blob([v.file], { type: v.type }), v.name);
      }
      body = form;
      break;
    }
    case "json":
      headers.set("Content-Type", "application/json");
      body = JSON.stringify(Object.fromEntries(fields.map(([k, v]) => [k, text(v)])));
      break;
    case "text":
      headers.set("Content-Type", "text/plain");
      body = fields.map(([k, v]) => `${k}=${text(v)}`).join("&");
      break;
    case "broken-multipart":
      headers.set("Content-Type", "multipart/form-data; boundary=----nope");
      body = `------nope\r\nContent-Disposition: form-data; name="${fields[0]?.[0] ?? "x"}"\r\n\r\nunterminated`;
      break;
    case "none":
      break;
  }
  return new Request(url, { method: "POST", headers, body });
}
