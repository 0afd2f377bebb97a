// "what does it say about the victims then", "ok what does it tell us about the casualties": an open question of
// what the article says about something, which the engine places on a figures gap ("How many people have been
// killed?" — the article gives no figures) because the thing is that gap's concept. The gap's point is a number;
// a question asking what is said is not asking for one, and the article does say something: the gap's first
// related entry, where that entry quotes the gap's own evidence and the thing's concepts all stand in it
// (putin-civilian-casualties: his concern over the rising number of civilian casualties). A gap whose point is
// no number ("How did the US respond?") keeps its answer: nothing is said of a response.
import type { Answer, Lang } from "../answering/types.js";

const SAID_ABOUT_EN =
  /^(?:(?:and|so|but|ok|okay|well)[, ]+)*(?:what|what's|whats) (?:(?:does|did) (?:it|the article|the text|the story|the piece) (?:say|tell us|tell me|report|write|mention)|is (?:said|written|reported)|does it have to say) (?:about|on|of) (.{2,40}?)(?: then| at all| instead)?\s*\??$/u;
const SAID_ABOUT_RU =
  /^(?:(?:а|и|ну|так)[, ]+)*(?:что|чё|че) (?:(?:же|тогда) )?(?:там |в статье |в тексте )?(?:говорится|сказано|пишут|написано|сообщается|есть)? ?(?:про|о|об|обо) (.{2,40}?)(?: тогда| вообще)?\s*\??$/u;
const FIGURES_GAP = /^(?:how many|how much|сколько)(?!\p{L})/iu;

interface GapKit {
  engine: {
    answerForEntry(id: string, lang?: Lang): Answer | null;
    contentTerms?: (text: string) => string[];
  };
}

/** The related entry answering what the article says of the thing, or null. */
export function saidAboutGap(kit: GapKit, question: string, answer: Answer, lang: Lang): Answer | null {
  const gap = answer.entry;
  if (answer.kind !== "entry" || gap?.kind !== "not-in-article" || !FIGURES_GAP.test(gap.question))
    return null;
  const folded = question.toLowerCase().trim();
  const thing = (SAID_ABOUT_EN.exec(folded) ?? SAID_ABOUT_RU.exec(folded))?.[1];
  const related = gap.related?.[0];
  if (!thing || !related) return null;
  const said = kit.engine.answerForEntry(related, lang);
  const evidence = gap.quotes.map((q) => q.text);
  if (!said?.answered || !said.quotes.some((q) => evidence.includes(q.text))) return null;
  // An English thing's concepts must all stand in the evidence ("the children": no such word there).
  const terms = kit.engine.contentTerms;
  if (/\p{Script=Latin}/u.test(thing)) {
    if (!terms) return null;
    const held = new Set(evidence.flatMap((t) => terms(t)));
    const asked = terms(thing);
    if (asked.length === 0 || !asked.every((t) => held.has(t))) return null;
  }
  return said;
}
