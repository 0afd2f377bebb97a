// A problem in the knowledge base, said so an editor can fix it: the file, the entry, the field and the fix.

export interface Problem {
  file: string;
  /** The entry or speaker the problem is in, e.g. `entry "ceasefire-call"`. */
  where?: string;
  /** The field path, e.g. `quotes[0].text`. */
  field?: string;
  message: string;
  fix: string;
}

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "KnowledgeBaseError";
  }
}

export function formatProblem(p: Problem): string {
  const at = [p.where, p.field].filter(Boolean).join(", ");
  return `${p.file}: ${at ? `${at}: ` : ""}${p.message}. Fix: ${p.fix}.`;
}
