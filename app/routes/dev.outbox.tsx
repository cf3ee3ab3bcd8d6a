import { getServices } from "~/composition.server";
import { requestInfo } from "~/platform/http/request-info.server";
import { readOutbox } from "~/platform/mail/outbox.server";

import type { Route } from "./+types/dev.outbox";

export const meta: Route.MetaFunction = () => [{ title: "Outbox · PeerPrep" }, { name: "robots", content: "noindex" }];

const isLoopback = (ip: string) => ip === "127.0.0.1" || ip === "::1" || ip === "::ffff:127.0.0.1";

/**
 * The embedded mailer's messages, for whoever runs the app on this machine: 404 unless
 * the request comes from loopback and no SMTP server is configured (reset links are secrets).
 */
export async function loader({ context }: Route.LoaderArgs) {
  const services = getServices();
  if (services.mail.kind !== "outbox" || !isLoopback(requestInfo(context).clientIp)) {
    throw new Response("Not found", { status: 404 });
  }
  return { messages: await readOutbox(services.env.DATA_DIR) };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-12">
      <h1 className="text-3xl font-bold">Outbox</h1>
      <p className="text-sm">
        Mail the app would have sent. Set <code>SMTP_URL</code> and <code>MAIL_FROM</code> to send it for real; this
        page is shown only on this machine.
      </p>
      {loaderData.messages.length === 0 ? <p>No messages yet.</p> : null}
      {loaderData.messages.map((m) => (
        <article key={m.id} id={m.id} className="card bg-base-100 shadow-sm" data-testid="outbox-message">
          <div className="card-body gap-2">
            <h2 className="card-title text-lg">{m.subject}</h2>
            <p className="text-sm">
              To <span data-testid="outbox-to">{m.to}</span> · {m.sentAt}
            </p>
            <pre className="text-sm whitespace-pre-wrap" data-testid="outbox-text">
              {m.text}
            </pre>
          </div>
        </article>
      ))}
    </div>
  );
}
