import { type Language, LANGUAGE_LABELS, LANGUAGES } from "~/modules/problems/problem-constants";

export const NO_SCRIPT_FORM_ID = "plain-submit-form";

/**
 * Submit without JavaScript: a plain form posting `language` and `code` to the server's
 * judge, which answers with the submission's page. Only rendered inside <noscript>; the code
 * is the editor's own plain textarea (server-rendered with the draft), which belongs to this
 * form through its `form` attribute.
 */
export function NoScriptSubmit({
  submitPath,
  language,
  error,
}: {
  submitPath: string;
  language: Language;
  error: string | null;
}) {
  return (
    <noscript>
      <form
        id={NO_SCRIPT_FORM_ID}
        method="post"
        action={submitPath}
        className="mx-auto flex max-w-3xl flex-col gap-2 p-4"
        data-testid="plain-submit"
      >
        <p className="text-sm">
          Without JavaScript the editor is a plain text area and Run is off; Submit sends its code to be judged.
        </p>
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
        <button type="submit" className="btn btn-primary btn-sm self-start">
          Submit
        </button>
      </form>
    </noscript>
  );
}
