/** A submission the server's judge gave its verdict on, emitted after the store has it. */
export type SubmissionEvent = {
  type: "submission.judged";
  submissionId: string;
  userId: string;
  problemSlug: string;
  verdict: string;
  /** The session it was made in; null for solo practice. */
  sessionId: string | null;
  at: Date;
};
