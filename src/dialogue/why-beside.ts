// "Why?" after an answer the curators give no reason for (the Foreign Ministry's call for coordinating regional
// players): asked again, the engine finds the same card, and repeating it answers nothing. The article gives no
// reason in the stance's own words; the nearest it gives is its own account just before it in the same paragraph
// ("As the violence escalates, there are growing concerns that the current crisis may extend…"). The reply keeps
// the stance and its own aim (its entry stays the chat's topic) and adds that account, led by a line saying the
// article gives no reason of its own — never a reason put in the voice's mouth. Only the article's own voice, only
// earlier in the paragraph, and not when the answer's quotes already give a cause ("due to the number of former
// Russian citizens"); otherwise null (the caller keeps its reply).
import type { Answer, Lang } from "../answering/types.js";
import type { DialogueKit } from "./dialogue-kit.js";

const LEAD: Record<Lang, { none: string; before: string; quoted: string }> = {
  en: {
    none: "The article gives no reason beyond what it reports:",
    before: "Just before that, it says:",
    quoted: "The article gives no reason beyond the words quoted below. Just before them, it says:",
  },
  ru: {
    none: "Отдельной причины статья не называет, кроме сказанного:",
    before: "Непосредственно перед этим она пишет:",
    quoted:
      "Отдельной причины статья не называет, кроме приведённых ниже слов. Непосредственно перед ними она пишет:",
  },
};
/** A cause the quotes give themselves: then the last answer is its own reason. */
const CAUSE = /(?<!\p{L})(?:because|due to|owing to|thanks to|since|as a result of|for its)(?!\p{L})/u;

export function createWhyBeside(kit: DialogueKit) {
  const { engine, kb } = kit;
  return (last: Answer, lang: Lang): Answer | null => {
    const quoted = last.quotes;
    if (quoted.length === 0 || quoted.some((q) => CAUSE.test(q.text.toLowerCase()))) return null;
    const text = (paragraph: number) => kb.article.paragraphs[paragraph - 1] ?? "";
    const where = (q: { text: string; paragraph: number }) => text(q.paragraph).indexOf(q.text);
    for (const mine of quoted) {
      const at = where(mine);
      if (at <= 0) continue;
      for (const e of kb.entries) {
        if (e.kind !== "answer" || e.id === last.entry?.id) continue;
        if (!e.quotes.some((q) => q.paragraph === mine.paragraph)) continue;
        const other = engine.answerForEntry(e.id, lang);
        if (!other?.answered) continue;
        const before = other.quotes.filter(
          (q) => q.paragraph === mine.paragraph && q.voice === "article" && where(q) >= 0 && where(q) < at,
        );
        // Every quote before this one and of the article's voice: an entry quoting the stance too is not "beside".
        if (before.length === 0 || before.length !== other.quotes.length) continue;
        const lead = LEAD[lang];
        // A voice's words asked again ("what does the ministry say?") have only a heading for an answer.
        const own = last.kind === "quotes" ? lead.quoted : `${lead.none} ${last.answer} ${lead.before}`;
        return {
          ...last,
          answer: `${own} ${other.answer}`,
          quotes: [...other.quotes, ...last.quotes],
        };
      }
    }
    return null;
  };
}
