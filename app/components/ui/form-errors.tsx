/** Errors about the whole form (rate limits, refused submissions). */
export function FormErrors({ errors }: { errors?: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <div role="alert" className="alert alert-error alert-soft text-sm" data-form-error>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
