import "highlight.js/styles/github-dark.css";

import { Component, type ReactNode } from "react";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

import { isNestedTooDeeply } from "~/modules/chat/markdown-nesting";
import { PlainBody } from "~/modules/chat/ui/plain-body";

/** One message's own boundary: a message that breaks the renderer shows as plain text, alone. */
class MessageBoundary extends Component<{ body: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PlainBody body={this.props.body} /> : this.props.children;
  }
}

/**
 * Chat Markdown with fenced, highlighted code. Raw HTML is never rendered (react-markdown
 * escapes it without rehype-raw) and unsafe link protocols are dropped. Messages nested
 * too deeply (stored before the server refused them) are shown as plain text.
 */
export function MessageBody({ body }: { body: string }) {
  if (isNestedTooDeeply(body)) return <PlainBody body={body} />;
  return (
    <MessageBoundary body={body}>
      <div className="prose prose-sm dark:prose-invert max-w-none break-words [&_pre]:my-1 [&_pre]:p-0 [&_pre_code]:block [&_pre_code]:rounded [&_pre_code]:p-2 [&_p]:my-0.5">
        <ReactMarkdown
          remarkPlugins={[remarkGfm]}
          rehypePlugins={[[rehypeHighlight, { detect: false, ignoreMissing: true }]]}
          components={{
            a: ({ children, href }) => (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {children}
              </a>
            ),
            img: ({ alt }) => <span>[image: {alt}]</span>,
          }}
        >
          {body}
        </ReactMarkdown>
      </div>
    </MessageBoundary>
  );
}
