// "Did Putin talk about compromise?", "does Putin mention compromises acceptable to both sides?", "did Putin
// bring up the civilians at all?": whether a named person spoke of a thing, asked yes/no. Speaking of a thing
// is not agreeing with it, so the claim checker's reading ("Putin talk about compromise": a stance the passage
// does not take) gave "doesn't say" while the evidence names it in that person's sentence ("Putin criticizes
// Washington … without considering compromises acceptable to both sides"). Yes when the evidence has a sentence
// naming that person and every content word of the thing (by stem); a sentence saying they made no mention of
// it is denied-mention.ts's No and is left alone here, as is a pronoun for the thing ("did he mention it?").

import { russianStem } from "../answering/russian/stem.js";
import type { Answer, Lang } from "../answering/types.js";
import { contentStems } from "./content-stems.js";
import type { SpeakerNames } from "./speakers.js";

const ASKED =
  /^(?:(?:so|and|but|ok|okay|wait)[, ]+)*(?:did|does|has) (.{2,30}?) (?:(?:ever|even|actually|also|really|at least) )?(?:talk(?:ed)? (?:about|of)|speak (?:about|of)|say (?:(?:anything|something|a word|much) )?(?:about|on)|mention(?:ed)?|br(?:ing|ought) up|discuss(?:ed)?|raise[d]?|refer(?:red)? to|touch(?:ed)? on|address(?:ed)?)(?: the (?:idea|issue|question|topic|subject|matter) of)? (.{3,60}?)(?: (?:at all|in (?:his|her) (?:remarks|call|comments)|when (?:he|she) spoke))?$/u;
// "путин упоминал компромиссы?", "говорил ли Путин о компромиссах?": Russian reads the answer's own (Russian)
// text, the quotes being the article's English.
const ASKED_RU = [
  /^(?:(?:а|и|но|ну|так)[, ]+)?(.{2,30}?) (?:(?:вообще|хоть раз|тоже|что-то|что-нибудь|хоть что-то) )*(?:упоминал\p{L}*|упомянул\p{L}*|говорил\p{L}*|заговаривал\p{L}*|затрагивал\p{L}*|затронул\p{L}*)(?: (?:вообще|хоть раз|что-то|что-нибудь))*(?: (?:о|об|обо|про))? (.{3,60}?)$/u,
  /^(?:(?:а|и|но|ну|так)[, ]+)?(?:упоминал|упомянул|говорил|затрагивал|затронул)\p{L}* ли (.{2,30}?) (?:(?:что-то|что-нибудь|вообще) )?(?:(?:о|об|обо|про) )?(.{3,60}?)$/u,
];
const THING_PRONOUN =
  /^(?:it|that|this|them|those|these|anything|something|everything|это|этом|этого|его|ее|её|их|них|нем|ней|всё|все)$/u;
const NO_MENTION_RU =
  /(?<!\p{L})(?:не упомина\p{L}*|не упомянул\p{L}*|ни слова|умалчива\p{L}*|не говорит)(?!\p{L})/u;
const STOP_RU = new Set(
  "тему темы теме вопрос вопросе вопроса идею идея идее тема этом этого того чтобы вообще".split(" "),
);

const stemsRu = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/ё/gu, "е")
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !STOP_RU.has(w))
    .map((w) => russianStem(w));
const NO_MENTION = /(?<!\p{L})(?:no mention|not mention|never mention|makes no|made no)(?!\p{L})/u;
const STOP = new Set(
  "about that this with from their there were what which also even just the and own its his her any some both".split(
    " ",
  ),
);
const STEM = 6;

const stems = (text: string): string[] => contentStems(text, STEM, STOP);

/** Yes when the evidence has the asked person speak of the asked thing; null when it settles nothing. */
export function talkedAboutVerdict(
  plain: string,
  answer: Answer,
  lang: Lang,
  speakers: SpeakerNames,
): "yes" | null {
  if (!answer.answered || answer.kind !== "entry" || !answer.entry) return null;
  const asked = plain
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[?!.\s]+$/u, "")
    .trim();
  const m = lang === "ru" ? ASKED_RU.map((re) => re.exec(asked)).find((r) => r) : ASKED.exec(asked);
  if (!m?.[1] || !m[2]) return null;
  const who = m[1].trim();
  const named = speakers.namedIn(who);
  if (named.length !== 1 || named[0]!.start !== 0 || named[0]!.end < who.length - 1) return null;
  const id = named[0]!.id;
  if (!speakers.isPerson(id)) return null;
  const thing = m[2].trim().replace(/^(?:the|a|an)\s+/u, "");
  if (THING_PRONOUN.test(thing)) return null;
  const stemsOf = lang === "ru" ? stemsRu : stems;
  const wanted = stemsOf(thing);
  if (wanted.length === 0 || wanted.length > 5) return null;
  // English reads the article's quotes; Russian the answer's own text (the quotes stay English).
  const texts = lang === "ru" ? [answer.answer] : answer.entry.quotes.map((q) => q.text);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/u));
  const denies = lang === "ru" ? NO_MENTION_RU : NO_MENTION;
  const speaks = sentences.some((s) => {
    const lower = s.toLowerCase().replace(/ё/gu, "е");
    if (denies.test(lower) || !speakers.namedIn(lower).some((n) => n.id === id)) return false;
    const own = new Set(stemsOf(lower));
    return wanted.every((w) => own.has(w));
  });
  return speaks ? "yes" : null;
}
