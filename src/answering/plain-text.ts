// An answer as plain text, for the terminal (npm run ask) and anywhere HTML is not wanted. In a Russian answer
// the quote stays the article's English words; our translation follows, labelled as a translation.
import type { Answer, AttributedQuote } from "./types.js";

/** "Vladimir Putin, Russian President, as reported (paragraph 2)": the article reports, it does not quote. */
export function attribution(q: AttributedQuote): string {
  if (q.voice === "article") {
    const about = q.speakerId === "article" ? "" : `, about ${q.speaker}`;
    return `the article's own words${about} (paragraph ${q.paragraph})`;
  }
  return `${q.speaker}, ${q.role}, as reported (paragraph ${q.paragraph})`;
}

/** The same in Russian, from the local name and role: "Владимир Путин, президент России, в пересказе статьи (абзац 2)". */
function russianAttribution(q: AttributedQuote): string {
  const name = q.localSpeaker ?? q.speaker;
  if (q.voice === "article") return `слова самой статьи (абзац ${q.paragraph})`;
  return `${name}, ${q.localRole ?? q.role}, в пересказе статьи (абзац ${q.paragraph})`;
}

const HEADINGS = {
  en: { ambiguous: "Did you mean:", related: "Related:", other: "You could ask:", translation: "" },
  ru: {
    ambiguous: "Возможно, вы имели в виду:",
    related: "Похожие вопросы:",
    other: "Можно спросить:",
    translation: "перевод",
  },
};

export function renderPlainText(a: Answer): string {
  const ru = a.lang === "ru";
  const h = HEADINGS[ru ? "ru" : "en"];
  const lines: string[] = [];
  if (a.title) lines.push(a.title, "");
  lines.push(a.answer);
  // The article's words, set off as a block rather than in quotation marks: most of it is reported speech.
  for (const q of a.quotes) {
    lines.push("", `  │ ${q.text}`);
    if (ru && q.translation) lines.push(`  │ (${h.translation}: ${q.translation})`);
    lines.push(`  — ${ru ? russianAttribution(q) : attribution(q)}`);
  }
  if (a.suggestions.length > 0) {
    const heading = a.reason === "ambiguous" ? h.ambiguous : a.answered ? h.related : h.other;
    lines.push("", heading, ...a.suggestions.map((s) => `  • ${s.question}`));
  }
  return lines.join("\n");
}
