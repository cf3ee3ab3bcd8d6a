import { type InputHTMLAttributes, useId } from "react";

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  errors?: string[] | undefined;
  hint?: string;
}

/** A labelled input with its hint and errors wired up for screen readers. */
export function Field({ label, name, errors, hint, className, ...inputProps }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="fieldset">
      <label htmlFor={id} className="fieldset-legend pb-1">
        {label}
      </label>
      <input
        id={id}
        name={name}
        className={`input w-full ${hasErrors ? "input-error" : ""} ${className ?? ""}`}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="label text-xs whitespace-normal">
          {hint}
        </p>
      ) : null}
      {hasErrors ? (
        <ul id={errorId} className="text-error text-sm" data-field-error={name}>
          {errors?.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
