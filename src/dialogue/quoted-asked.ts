// "is biden quoted in it?", "does the article quote netanyahu?", «байдена там цитируют?»: whether the article quotes
// a party. For a party the article never names the mention convention answers it: not named, so not quoted — No
// (mention-answer.ts). A party it does name is left to the other readers ("is erdogan quoted?": what he said).

import type { Answer, Lang } from "../answering/types.js";
import { lean } from "../lib/lean-regexp.js";
import type { SpeakerNames } from "./speakers.js";

const QUOTED_EN = [
  lean(
    /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:is|are|was|were) (\p{L}+(?:[ '-]\p{L}+){0,3}?) (?:even |ever |actually |also |directly )?(?:quoted|cited)(?: (?:anywhere|at all|too|as well|in (?:it|there|here|the (?:article|story|text|piece))))*$/u,
  ),
  // "does the kremlin spokesman get quoted as well?"
  lean(
    /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:does|did) (\p{L}+(?:[ '-]\p{L}+){0,3}?) (?:even |ever |actually |also )?get (?:quoted|cited)(?: (?:anywhere|at all|too|as well|in (?:it|there|here|the (?:article|story|text|piece))))*$/u,
  ),
  lean(
    /^(?:(?:and|so|but|ok|okay|wait)[, ]+)?(?:does|did) (?:the )?(?:article|story|text|piece|author|it) (?:ever |even |actually |also |directly )?(?:quote|cite) (\p{L}+(?:[ '-]\p{L}+){0,3}?)(?: (?:anywhere|at all))*$/u,
  ),
];
const QUOTED_RU = [
  lean(
    /^(?:(?:а|и|но|ну)[, ]+)?(\p{L}+(?: (?!(?:там|тут|здесь|в|вообще|хоть)(?!\p{L}))\p{L}+)?) (?:(?:там|тут|здесь|в статье|в тексте) )?(?:вообще |хоть )?(?:цитируют|цитируется|цитируются|процитирован\p{L}*)(?: (?:в статье|в тексте|там|вообще))*$/u,
  ),
  lean(
    /^(?:(?:а|и|но|ну)[, ]+)?(?:(?:в )?(?:статье|тексте|статья|текст) )?(?:цитируют|цитирует|цитируется|цитируются)(?: ли)? (\p{L}+(?: \p{L}+)?)(?: (?:в статье|в тексте|там|вообще))*$/u,
  ),
];

/** The party a question asks whether the article quotes, as typed; null for any other message. */
export function quotedAsked(folded: string, lang: Lang): string | null {
  const text = folded.replace(/[?!.\s]+$/u, "").trim();
  for (const re of lang === "ru" ? QUOTED_RU : QUOTED_EN) {
    const party = re.exec(text)?.[1];
    if (party && !/^(?:he|she|they|it|him|her|them|он|она|они|его|её|ее|их|кто|who|what|что)$/u.test(party))
      return party;
  }
  return null;
}

/**
 * The message as "does the article quote X?" (Russian: «цитируется ли X»), or null: "in it" there is the article,
 * which the pronoun readers would otherwise put the last topic in place of ("is biden quoted in the even").
 */
export function quotedQuestionOf(typed: string): string | null {
  const spaced = typed.replace(/\s+/g, " ").trim();
  const folded = spaced.toLowerCase().replace(/ё/g, "е");
  const ru = /\p{Script=Cyrillic}/u.test(folded);
  const party = quotedAsked(folded, ru ? "ru" : "en");
  if (!party) return null;
  // The name as typed ("Biden"), for the reply that says the article does not mention it.
  const at = folded.indexOf(party);
  const name = at >= 0 ? spaced.slice(at, at + party.length) : party;
  return ru ? `цитируется ли ${name}?` : `does the article quote ${name}?`;
}

/**
 * "is peskov quoted too?", "does the kremlin spokesman get quoted as well?": Yes when the answer's quotes give that
 * voice's words (the quotes card answered with them, d83-16#2); null otherwise (a voice with no quote in the
 * answer, or a party the article never names, is left to the other readers).
 */
export function quotedVerdict(
  folded: string,
  lang: Lang,
  answer: Answer,
  speakers: SpeakerNames,
): "yes" | null {
  if (!answer.answered || answer.quotes.length === 0) return null;
  const q = folded.toLowerCase().replace(/ё/g, "е");
  if (/(?<!\p{L})(?:не|ни|not|never)(?!\p{L})|n't/u.test(q)) return null;
  const party = quotedAsked(q, lang);
  if (!party) return null;
  const ids = new Set(speakers.namedIn(party).map((n) => n.id));
  return answer.quotes.some((x) => ids.has(x.speakerId)) ? "yes" : null;
}
