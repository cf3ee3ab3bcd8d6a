/** The longest chat message, in characters; zod-free, so the chat panel does not load zod in the browser. */
export const CHAT_MAX_LENGTH = 4000;
