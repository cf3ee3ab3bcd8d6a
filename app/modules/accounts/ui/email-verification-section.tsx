import { Form } from "react-router";

import { FormErrors } from "~/components/ui/form-errors";

/** Whether the account's address is confirmed, and a button that mails a link. */
export function EmailVerificationStatus({ verified, errors }: { verified: boolean; errors?: string[] | undefined }) {
  return (
    <div className="flex flex-col gap-1">
      <span data-testid="email-status" className={`badge badge-sm ${verified ? "badge-success" : "badge-warning"}`}>
        {verified ? "Confirmed" : "Not confirmed"}
      </span>
      {verified ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="send-verification" />
          <FormErrors errors={errors} />
          <button type="submit" className="btn btn-link btn-xs px-0">
            Send verification link
          </button>
        </Form>
      )}
    </div>
  );
}
