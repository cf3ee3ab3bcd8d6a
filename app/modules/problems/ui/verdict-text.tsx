const COLORS: Record<string, string> = {
  Accepted: "text-success",
  Ran: "text-info",
  "Wrong Answer": "text-error",
  "Time Limit Exceeded": "text-warning",
  "Runtime Error": "text-error",
  "Compile Error": "text-error",
};

export function VerdictText({ verdict, className = "" }: { verdict: string; className?: string }) {
  return <span className={`font-semibold ${COLORS[verdict] ?? ""} ${className}`}>{verdict}</span>;
}

export function formatValue(value: unknown): string {
  if (value === undefined) return "—";
  return JSON.stringify(value);
}
