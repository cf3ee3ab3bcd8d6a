/** The message as typed, no Markdown: what a message shows when Markdown cannot render it. */
export function PlainBody({ body }: { body: string }) {
  return (
    <p className="text-sm break-words whitespace-pre-wrap" data-testid="message-plain">
      {body}
    </p>
  );
}
