import { type Language, LANGUAGE_LABELS, LANGUAGES } from "~/modules/problems/problem-schema";

/**
 * Submit without JavaScript: a plain form posting `language` and `code` to the server's
 * judge, which answers with the submission's page. Only rendered inside <noscript>.
 */
export function NoScriptSubmit({
  submitPath,
  language,
  code,
  error,
}: {
  submitPath: string;
  language: Language;
  code: string;
  error: string | null;
}) {
  return (
    <noscript>
      <form
        method="post"
        action={submitPath}
        className="mx-auto flex max-w-3xl flex-col gap-2 p-4"
        data-testid="plain-submit"
      >
        <p className="text-sm">The editor needs JavaScript. You can still submit your code here.</p>
        {error ? (
          <p role="alert" className="text-error text-sm" id="plain-submit-error">
            {error}
          </p>
        ) : null}
        <label htmlFor="plain-language" className="text-sm font-medium">
          Language
        </label>
        <select id="plain-language" name="language" defaultValue={language} className="select select-sm w-40">
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_LABELS[l]}
            </option>
          ))}
        </select>
        <label htmlFor="plain-code" className="text-sm font-medium">
          Code
        </label>
        <textarea
          id="plain-code"
          name="code"
          rows={14}
          defaultValue={code}
          className="textarea w-full font-mono text-sm"
          aria-describedby={error ? "plain-submit-error" : undefined}
        />
        <button type="submit" className="btn btn-primary btn-sm self-start">
          Submit
        </button>
      </form>
    </noscript>
  );
}
