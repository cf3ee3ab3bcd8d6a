import { Form, Link } from "react-router";

/** A <details> dropdown, so it opens without JavaScript too. */
export function UserMenu({ username }: { username: string }) {
  return (
    <details className="dropdown dropdown-end">
      <summary className="btn btn-ghost btn-sm gap-2" data-testid="user-menu">
        <span className="avatar avatar-placeholder">
          <span className="bg-primary text-primary-content w-7 rounded-full text-xs uppercase">
            {username.slice(0, 2)}
          </span>
        </span>
        <span className="max-w-32 truncate">{username}</span>
      </summary>
      <ul className="menu dropdown-content bg-base-100 rounded-box z-20 mt-2 w-48 p-2 shadow-lg">
        <li>
          <Link to="/account">Account</Link>
        </li>
        <li>
          <Form method="post" action="/logout" className="p-0">
            <button type="submit" className="w-full px-3 py-1.5 text-left">
              Sign out
            </button>
          </Form>
        </li>
      </ul>
    </details>
  );
}
