// A Russian message asking for several of the story's points at once, as a list: a summary noun asked for beside
// its questions ("нужна выжимка для планерки: кто с кем говорил, кто кого обвиняет и что предлагает россия"), or a
// plea for points after three questions ("…звонил эрдогану? и чего он хочет? и причём тут америка, можно по
// пунктам"). Read whole, one of the questions took the message and the others were lost (blind-ru27, blind-ru28);
// the story in brief answers them together. This file finds the questions; message-reading.ts asks each of them
// and answers with the summary only when they are the story's (two answered, more answered than not).

/** A noun asking for the story in brief. */
const SUMMARY_NOUN =
  /(?<!\p{L})(?:выжимк\p{L}*|сам+ари|сводк\p{L}*|резюме|конспект\p{L}*|тезис\p{L}*|дайджест\p{L}*|кратк\p{L}* (?:содержани|пересказ)\p{L}*)(?!\p{L})/u;

/** A plea for the reply as a list. */
const POINTS_PLEA = /(?<!\p{L})(?:по пунктам|по порядку|пунктами|тезисно|списком|по полочкам)(?!\p{L})/u;

/** How a question clause opens, after "и", "а", "ещё", "ну". */
const OPENS =
  /^(?:(?:и|а|ещ[её]|ну|так|вот|тогда)\s+)*(?:кто|что|чего|чем|кого|кому|почему|зачем|как|где|куда|когда|сколько|какой|какая|какое|какие|какую|каких|каким|каков|какова|каково|чей|чья|с\s+кем|о\s+ч[её]м|при\s*ч[её]м|правда\s+ли|правда\s+что)(?!\p{L})/u;

/** Clauses: the text between sentence marks, colons and commas, and before an "и" opening another question. */
const CLAUSE = /[^.!?…:;,]+[.!?…:;,]*/gu;

const MAX_CHARS = 600;

/** The question clauses of a message that asks for the story's points as a list, or null when it does not. */
export function storyPointsAsked(text: string): string[] | null {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  if (lower.length > MAX_CHARS) return null;
  const noun = SUMMARY_NOUN.test(lower);
  if (!noun && !POINTS_PLEA.test(lower)) return null;
  const clauses = (lower.match(CLAUSE) ?? [])
    .flatMap((c) =>
      c.split(/\s+(?=и\s+(?:кто|что|чего|почему|зачем|как|какой|какие|какую|где|когда|сколько)(?!\p{L}))/u),
    )
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const questions = clauses.filter(
    (c) => c.endsWith("?") || OPENS.test(c.replace(/[^\p{L}\s-]/gu, " ").trim()),
  );
  return questions.length >= (noun ? 2 : 3) ? questions : null;
}
