// A group on another topic ("is russia in a group on space?", "does moscow belong to some club on nuclear energy?",
// «россия входит в какую-нибудь группу по климату?»): the article's one group is the Quartet, on Israeli-Palestinian
// talks. A group word followed by what the group is about, and that topic a word the knowledge base never uses,
// asks about a group the article does not mention: refused (the Quartet offered beside), not answered with the
// Quartet's members. A known topic ("a group on the middle east", «по ближнему востоку») keeps the question.
import type { Analysis } from "./lexicon.js";

/** A group's word, by surface. */
const GROUP =
  /^(?:groups?|groupings?|clubs?|formats?|forums?|bod(?:y|ies)|coalitions?|alliances?|blocs?|organi[sz]ations?|panels?|initiatives?|frameworks?|групп\p{L}*|клуб\p{L}*|формат\p{L}*|объединени\p{L}*|организаци\p{L}*|коалици\p{L}*|альянс\p{L}*|союз\p{L}*|блок\p{L}*|форум\p{L}*)$/u;
/** What joins the group's word to its topic ("on", "dealing with", «по», «в области»). */
const ABOUT =
  /^(?:on|about|for|of|dealing\s+with|working\s+on|focused\s+on|concerned\s+with|по|о|об|насчёт|насчет|в\s+области|в\s+сфере|на\s+тему)$/u;

/** Whether the question asks about a group whose topic the article never names. */
export function asksOtherGroup(analysis: Analysis): boolean {
  if (analysis.unknown.length === 0) return false;
  const tokens = analysis.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!GROUP.test(tokens[i]!.surface)) continue;
    // "a group working on …", "a club focusing on …": the participle before the joining word.
    const at = /ing$/.test(tokens[i + 1]!.surface) ? i + 2 : i + 1;
    if (tokens[at] === undefined || !ABOUT.test(tokens[at].surface)) continue;
    const topic = tokens.slice(at + 1).find((t) => t.role === "content");
    if (topic !== undefined && analysis.unknown.includes(topic.term)) return true;
  }
  return false;
}
