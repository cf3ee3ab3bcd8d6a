import { Form, Link } from "react-router";

/** On a finished session's page: save the people you practised with as partners. */
export function SavePartner({
  sessionId,
  choices,
}: {
  sessionId: string;
  choices: Array<{ userId: string; username: string; saved: boolean }>;
}) {
  if (choices.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="save-partner">
      {choices.map((c) =>
        c.saved ? (
          <Link key={c.userId} to="/partners" className="badge badge-success badge-soft">
            {c.username} is your practice partner
          </Link>
        ) : (
          <Form key={c.userId} method="post" action="/partners">
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="partnerId" value={c.userId} />
            <button type="submit" className="btn btn-sm">
              Save {c.username} as a practice partner
            </button>
          </Form>
        ),
      )}
    </div>
  );
}
