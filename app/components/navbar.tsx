import { Link, NavLink } from "react-router";

import { UserMenu } from "~/modules/accounts/ui/user-menu";
import { NotificationCentre } from "~/modules/notifications/ui/notification-centre";
import type { Theme } from "~/platform/theme/theme";

import { MobileMenu } from "./mobile-menu";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";

export interface NavbarProps {
  user: { username: string } | null;
  theme: Theme;
}

export function Navbar({ user, theme }: NavbarProps) {
  return (
    <header className="navbar bg-base-100 border-base-300 border-b px-2 sm:px-4">
      <div className="flex flex-1 items-center gap-2 sm:gap-4">
        <MobileMenu user={user} />
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
        {user ? <NotificationCentre /> : null}
        {user ? (
          <UserMenu username={user.username} />
        ) : (
          <>
            <Link to="/login" className="btn btn-ghost btn-sm hidden sm:inline-flex">
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
