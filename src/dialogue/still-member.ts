// Kind: "is Russia still in it?" (the Quartet), "is the EU still a member?", "а Россия до сих пор в нём?".
// "Still" asks about now; the article says Russia *has been* part of the Quartet and gives no date, so whether
// any member still is, it does not say. Read only for membership or a part in something, and only where the
// evidence says nothing of the present ("still", "remains", "по-прежнему"): then "doesn't say", ahead of the
// list reader (which took "EU still" for a party off the list) and of the entry's curated Yes.
import type { Answer, Lang } from "../answering/types.js";

export const STILL =
  /(?<!\p{L})(?:still|any ?more|any longer|до сих пор|вс[её] ещ[её]|по-прежнему|пока ещ[её])(?!\p{L})/u;
const MEMBERSHIP =
  /(?<!\p{L})(?:in it|in (?:the|that) (?:quartet|group)|in there|a member|member of|members?|part of (?:it|the quartet|that|the group)|part of it|belong\p{L}*|в н[её]м|в квартете|в «квартете»|в составе|входит|член\p{L}*|участник\p{L}*|участву\p{L}*)(?!\p{L})/u;
const SAYS_NOW = /(?<!\p{L})(?:still|remains?|по-прежнему|до сих пор|остает\p{L}*|остаёт\p{L}*)(?!\p{L})/u;

export function stillMemberVerdict(question: string, answer: Answer, _lang: Lang): "not-said" | null {
  if (question.length > 200) return null;
  const q = question.toLowerCase();
  if (!STILL.test(q) || !MEMBERSHIP.test(q)) return null;
  const evidence = [answer.answer, ...answer.quotes.map((x) => x.text)].join(" ").toLowerCase();
  return SAYS_NOW.test(evidence) ? null : "not-said";
}
