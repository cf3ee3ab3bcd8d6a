import { href, Link } from "react-router";

/** The partner did not come: quick match or solo practice instead of waiting. */
export function NoShowOffer({ problemSlug, missingUsername }: { problemSlug: string; missingUsername: string | null }) {
  return (
    <div role="status" className="alert alert-info alert-soft flex flex-col items-start gap-2" data-testid="no-show">
      <p className="font-medium">
        {missingUsername ? `${missingUsername} did not show up.` : "Nobody took the other seat."} Keep practising:
      </p>
      <div className="flex flex-wrap gap-2">
        <Link to="/match" className="btn btn-primary btn-sm" data-testid="no-show-quick-match">
          Find a partner now (quick match)
        </Link>
        <Link to={href("/problems/:slug", { slug: problemSlug })} className="btn btn-sm">
          Practise solo
        </Link>
      </div>
    </div>
  );
}
