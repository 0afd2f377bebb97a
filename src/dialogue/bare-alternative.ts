// A bare alternative after an answer: "Erdogan or Biden?", "like right now or eventually?", «сразу или потом?» —
// the side the last answer's evidence names (a time side by its own time words, timing-side.ts); neither named
// by the article is doesn't say. Split from against-last-answer.ts (dialog-r2-36b). Both places or parties named
// by the evidence ("israel or gaza?", «он про израиль или про газу» after the casualties) are both, as the article
// says them (dialog37b, d86-29#3); two speakers both named are left to the other readers.
import type { Answer, Lang } from "../answering/types.js";
import { bareAlternativeOf } from "./alternative.js";
import { answerReply, type DialogueKit } from "./dialogue-kit.js";
import { synonymGroupOf } from "./folded-kb.js";
import { type DialogueWords, fold } from "./language.js";
import { notSaidOf } from "./on-last-evidence.js";
import { withoutOwnVerdict } from "./own-verdict.js";
import { timingSideNamed } from "./timing-side.js";
import type { AnswerReply, DialogueContext } from "./types.js";

/** "(is) he (talking) about X or Y", «он про X или про Y»: the voice and "about" before the sides come off. */
const ABOUT_LEAD = /^(?:[\p{L}']+ ){0,3}?(?:about|про|обо?) (?=\S)/u;
/** "in israel or in gaza", «про газу»: the preposition of a side is no part of its name. */
const SIDE_PREPOSITION = /^(?:about|in|on|for|про|обо?|в|во|на|для) (?=\S)/u;

export function createBareAlternative(
  kit: DialogueKit,
  lastEvidence: (context: DialogueContext, lang: Lang) => Answer | null,
  unnamedByArticle: (party: string, lang: Lang) => boolean,
) {
  const { kb, speakers } = kit;
  /**
   * "Erdogan or Biden?" after an answer: the side its evidence names (its words, or a speaker's name) when the
   * other is not named there; shown as the last answer again, with the side as the question read.
   */
  return (folded: string, context: DialogueContext, lang: Lang, words: DialogueWords): AnswerReply | null => {
    const sides = bareAlternativeOf(folded.replace(ABOUT_LEAD, ""), words)?.map((side) =>
      side.replace(SIDE_PREPOSITION, ""),
    );
    const evidence = sides ? lastEvidence(context, lang) : null;
    if (!sides || !evidence) return null;
    const said = fold(
      [evidence.answer, ...evidence.quotes.flatMap((q) => [q.text, q.translation ?? ""])].join(" "),
    );
    // «газу» is «газа»'s: a four-letter word keeps three letters.
    const stem = (w: string) =>
      words.lang === "ru" ? w.slice(0, w.length <= 4 ? 3 : Math.max(4, w.length - 2)) : w;
    const named = (side: string) => {
      // "right now or eventually?": a time word is named by the evidence's own (timing-side.ts).
      const timing = timingSideNamed(side, said);
      if (timing !== null) return timing;
      const ids = speakers.namedIn(side).map((n) => n.id);
      if (ids.length > 0) return ids.some((id) => speakers.namedIn(said).some((n) => n.id === id));
      const bare = side.replace(/^(?:the|a|an)\s+/, "");
      // "the us": the knowledge base's synonyms ("united states", "washington") count as naming it.
      const group = synonymGroupOf(kb.synonyms, bare) ?? [bare];
      if (words.lang === "en") return group.some((t) => ` ${said} `.includes(` ${fold(t)} `));
      const content = bare.split(" ").filter((w) => w.length > 2);
      return content.length > 0 && content.every((w) => said.includes(stem(w)));
    };
    const hits = sides.filter(named);
    // "Like Lebanon or Iran?" where the article names neither: it doesn't say, shown with the last evidence.
    if (hits.length === 0 && sides.every((side) => unnamedByArticle(side, words.lang))) {
      const neither = sides.join(words.lang === "ru" ? " или " : " or ");
      const line =
        words.lang === "ru"
          ? `В статье об этом ничего нет: «${neither}».`
          : `The article does not mention ${neither}.`;
      return notSaidOf(evidence, context.question, neither, line);
    }
    if (hits.length === 2 && sides.every((side) => speakers.namedIn(side).length === 0)) {
      const both =
        words.lang === "ru" ? "И то и другое, по словам статьи." : "Both, as the article tells it.";
      return answerReply(
        { ...evidence, answer: `${both} ${withoutOwnVerdict(evidence.answer)}` },
        {
          understood: `${context.question} — ${sides.join(words.lang === "ru" ? " и " : " and ")}`,
          followUp: "topic-switch",
          asked: context.question,
        },
      );
    }
    if (hits.length !== 1) return null;
    return answerReply(
      { ...evidence, answer: withoutOwnVerdict(evidence.answer) },
      { understood: `${context.question} — ${hits[0]}`, followUp: "topic-switch", asked: context.question },
    );
  };
}
