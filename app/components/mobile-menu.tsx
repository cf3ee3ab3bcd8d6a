import { Form, NavLink } from "react-router";

import { closeParentDetails } from "~/components/close-details";

import { NAV_LINKS } from "./nav-links";

/**
 * The navigation below 640 px: a `<details>` dropdown, so it opens without JavaScript,
 * is reached with Tab and toggled with Enter or Space, and a screen reader announces
 * it as an expandable control named "Menu".
 */
export function MobileMenu({ user }: { user: { username: string } | null }) {
  return (
    <details className="dropdown sm:hidden" data-testid="mobile-menu">
      <summary className="btn btn-ghost btn-sm btn-square" aria-label="Menu">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor">
          <path strokeLinecap="round" strokeWidth="2" d="M4 6h16M4 12h16M4 18h16" />
        </svg>
      </summary>
      <nav aria-label="Main (menu)" className="dropdown-content z-30 mt-2">
        <ul className="menu bg-base-100 rounded-box w-56 p-2 shadow-lg" onClick={closeParentDetails}>
          {NAV_LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end className={({ isActive }) => (isActive ? "menu-active" : "")}>
                {link.label}
              </NavLink>
            </li>
          ))}
          {user ? (
            <>
              <li>
                <NavLink to="/sessions/history" end>
                  Past sessions
                </NavLink>
              </li>
              <li>
                <NavLink to="/account" end>
                  Account
                </NavLink>
              </li>
              <li>
                <Form method="post" action="/logout" className="p-0">
                  <button type="submit" className="w-full px-3 py-1.5 text-left">
                    Sign out
                  </button>
                </Form>
              </li>
            </>
          ) : (
            <>
              <li>
                <NavLink to="/login">Sign in</NavLink>
              </li>
              <li>
                <NavLink to="/signup">Sign up</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </details>
  );
}
