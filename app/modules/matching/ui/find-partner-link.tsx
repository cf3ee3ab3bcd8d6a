import { Link } from "react-router";

/** "Find me a partner": the way into quick match from the lobby and every problem page. */
export function FindPartnerLink({
  problem,
  className = "btn btn-secondary btn-sm",
}: {
  problem?: string;
  className?: string;
}) {
  const to = problem ? `/match?problem=${encodeURIComponent(problem)}` : "/match";
  return (
    <Link to={to} className={className} data-testid="find-partner">
      Find me a partner
    </Link>
  );
}
