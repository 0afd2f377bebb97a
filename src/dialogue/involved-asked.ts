// Kind: whether a party the article names has a part in the story at all — "is turkey involved in this somehow",
// "does turkey come into this at all?", "are the palestinians part of this?". "Involved" has no word in the
// article, so the checker answered "doesn't say so in those words" (d51-16#1) though the article names Turkey's
// leader on Putin's call. Asked as "does the article mention X?": Yes with the card that names it. Only for "this",
// "the story" (a bare "it" may be the Quartet or the conflict): "involved in the war" asks a part in the fighting, which the article never gives, and a party
// the article never names (Iran) is read as typed. Text in, text out.
import type { KnowledgeBase } from "../knowledge/index.js";

const LEAD = String.raw`^(?:(?:and|so|but|ok|okay|well|hey|yo|wait)[,.! ]+)*`;
/** The story itself; a bare "it" is left out: "is russia in it?" after the Quartet asks of the Quartet. */
const STORY = String.raw`(?:this|the) (?:story|article|piece|news|text|report)`;
const TAIL = String.raw`(?: (?:somehow|at all|in any way|anyhow|too|as well|really))*\s*\??$`;
const IS_INVOLVED = new RegExp(
  `${LEAD}(?:is|are|was|were) (.{2,30}?) (?:(?:also|even|actually|really) )?(?:involved(?: in (?:${STORY}|this))?|part of ${STORY}|in ${STORY})${TAIL}`,
  "u",
);
const COMES_IN = new RegExp(
  `${LEAD}(?:does|do|did) (.{2,30}?) (?:(?:also|even|actually|really) )?(?:come into|come in(?:to)?|figure in|feature in|appear in|play a (?:part|role) in|have (?:a part|a role|anything to do) (?:in|with)) (?:${STORY}|this)${TAIL}`,
  "u",
);

/** A form of parties.json as a pattern: "turk*" is a stem ("turkish"). */
const formPattern = (form: string, whole: boolean) => {
  const body = form
    .toLowerCase()
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\p{L}*");
  return new RegExp(whole ? `^${body}$` : `(?<!\\p{L})${body}(?!\\p{L})`, "u");
};

/** "does the article mention X?" for a party the article names; null for any other message. */
export function involvedAskedOf(text: string, kb: KnowledgeBase): string | null {
  const t = text.trim().toLowerCase();
  const asked = (IS_INVOLVED.exec(t) ?? COMES_IN.exec(t))?.[1]?.replace(/^the /u, "");
  if (!asked) return null;
  const forms = (p: { names: { en: string[] }; mentions: { en: string[] } }) => [
    ...p.names.en,
    ...p.mentions.en,
  ];
  const party = (kb.parties ?? []).find((p) => forms(p).some((f) => formPattern(f, true).test(asked)));
  if (!party) return null;
  const article = kb.article.paragraphs.join(" ").toLowerCase();
  const named = forms(party).some((f) => formPattern(f, false).test(article));
  return named ? `does the article mention ${asked}?` : null;
}

/** "who's their leader again", "who runs the country?": a country's leader, "their"/"the country" the last question's. */
const THEIR_LEADER =
  /^(?:(?:and|so|but|ok|okay|well|wait)[,.! ]+)*(?:who(?:'s|’s| is| was)|whos) (?:their|its|the country's|the country’s) (?:leader|president|head(?: of state)?|boss)(?: (?:again|then|exactly|there))*\s*\??$|^(?:(?:and|so|but|ok|okay|well|wait)[,.! ]+)*who (?:runs|leads|heads) (?:it|them|the country|that country)(?: (?:again|then|exactly))*\s*\??$/u;

/** "who is the leader of turkey?" after a question naming one country the article names; else null. */
export function theirLeaderOf(
  text: string,
  lastQuestion: string | undefined,
  kb: KnowledgeBase,
): string | null {
  if (!lastQuestion || !THEIR_LEADER.test(text.trim().toLowerCase())) return null;
  const last = lastQuestion.toLowerCase();
  const countries = (kb.parties ?? []).filter(
    (p) =>
      p.kind === "country" && [...p.names.en, ...p.mentions.en].some((f) => formPattern(f, false).test(last)),
  );
  const name = countries.length === 1 ? countries[0]?.names.en[0] : undefined;
  return name ? `who is the leader of ${name.replace(/\*/gu, "")}?` : null;
}
