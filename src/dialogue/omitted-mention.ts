// An omission asked as a yes/no question: "did Putin forget to mention Russia's role?", "did he leave out
// Russia's own part?", "Путин умолчал о роли России?". The entry the engine finds is the one on that mention
// ("Did Putin mention Russia's own role?"), whose curated verdict is No: read as the entry's own question, the
// omission got the opposite of what the article says. On evidence saying the sayer made no mention of the very
// thing asked (negated-mention.ts, matched as denied-mention.ts matches a claimed mention), the omission is Yes;
// a claimed mention there is No (denied-mention.ts).
import { deniedMention, namesDenied } from "./denied-mention.js";
import { omissionIn } from "./omission-words.js";

/**
 * Yes for an omission the evidence reports, No for a mention it denies; doesn't say for any other omission: the
 * evidence's point read as the entry's own question inverts it ("did Putin leave out the ceasefire?" was the
 * ceasefire entry's Yes), and whether the evidence's voice said it or not is not an omission the article reports.
 */
export function mentionVerdict(question: string, evidence: string): "yes" | "no" | "not-said" | null {
  if (deniedMention(question, evidence)) return "no";
  if (question.length > 200) return null;
  const q = question.toLowerCase();
  const m = omissionIn(q);
  if (!m) return null;
  return namesDenied(`${q.slice(0, m.index)} ${q.slice(m.index + m[0].length)}`, evidence)
    ? "yes"
    : "not-said";
}
