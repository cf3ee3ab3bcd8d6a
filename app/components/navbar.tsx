import { Link, NavLink } from "react-router";

import { UserMenu } from "~/modules/accounts/ui/user-menu";
import type { Theme } from "~/platform/theme/theme";

import { ThemeToggle } from "./theme-toggle";

export interface NavbarProps {
  user: { username: string } | null;
  theme: Theme;
}

const NAV_LINKS: Array<{ to: string; label: string }> = [
  { to: "/problems", label: "Problems" },
  { to: "/sessions", label: "Sessions" },
];

export function Navbar({ user, theme }: NavbarProps) {
  return (
    <header className="navbar bg-base-100 border-base-300 border-b px-4">
      <div className="flex flex-1 items-center gap-4">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold" aria-label="PeerPrep home">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          PeerPrep
        </Link>
        <nav aria-label="Main" className="hidden gap-1 sm:flex">
          {NAV_LINKS.map((link) => (
            <NavLink
              key={link.to}
              to={link.to}
              className={({ isActive }) => `btn btn-ghost btn-sm ${isActive ? "btn-active" : ""}`}
            >
              {link.label}
            </NavLink>
          ))}
        </nav>
      </div>
      <div className="flex items-center gap-2">
        <ThemeToggle theme={theme} />
        {user ? (
          <UserMenu username={user.username} />
        ) : (
          <>
            <Link to="/login" className="btn btn-ghost btn-sm">
              Sign in
            </Link>
            <Link to="/signup" className="btn btn-primary btn-sm">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
