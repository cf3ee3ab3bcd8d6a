import { Link } from "react-router";

/** Errors about the whole form (rate limits, refused submissions), with a way out when there is one. */
export function FormErrors({
  errors,
  link,
}: {
  errors?: string[] | undefined;
  link?: { href: string; label: string } | undefined;
}) {
  if (!errors?.length) return null;
  return (
    <div role="alert" className="alert alert-error alert-soft text-sm" data-form-error>
      <ul>
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      {link ? (
        <Link to={link.href} className="link font-medium">
          {link.label}
        </Link>
      ) : null}
    </div>
  );
}
