// An answer as plain text, for the terminal (npm run ask) and anywhere HTML is not wanted.
import type { Answer, AttributedQuote } from "./types.js";

/** "Vladimir Putin, Russian President, as reported (paragraph 2)": the article reports, it does not quote. */
export function attribution(q: AttributedQuote): string {
  if (q.voice === "article") {
    const about = q.speakerId === "article" ? "" : `, about ${q.speaker}`;
    return `the article's own words${about} (paragraph ${q.paragraph})`;
  }
  return `${q.speaker}, ${q.role}, as reported (paragraph ${q.paragraph})`;
}

export function renderPlainText(a: Answer): string {
  const lines: string[] = [];
  if (a.title) lines.push(a.title, "");
  lines.push(a.answer);
  // The article's words, set off as a block rather than in quotation marks: most of it is reported speech.
  for (const q of a.quotes) lines.push("", `  │ ${q.text}`, `  — ${attribution(q)}`);
  if (a.suggestions.length > 0) {
    const heading = a.reason === "ambiguous" ? "Did you mean:" : a.answered ? "Related:" : "You could ask:";
    lines.push("", heading, ...a.suggestions.map((s) => `  • ${s.question}`));
  }
  return lines.join("\n");
}
