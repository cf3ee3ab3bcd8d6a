import "highlight.js/styles/github-dark.css";

import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

/**
 * Chat Markdown with fenced, highlighted code. Raw HTML is never rendered (react-markdown
 * escapes it without rehype-raw) and unsafe link protocols are dropped.
 */
export function MessageBody({ body }: { body: string }) {
  return (
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
  );
}
