// Where a party stands as the one speaking in a Russian question ("что сказали в ХАМАС", "как палестинцы
// отреагировали", "реакция Вашингтона"): the article quotes none of them, so its gaps fit better than its answers.
// Russian word order is free, so the party is found beside a word of saying, thinking or reacting, not by place.
import type { Token } from "../lexicon.js";
import { SPEAKER_PREFIX } from "../terms.js";
import { RUSSIAN_FRAME_CUES } from "./words.js";

/** The parties of the story the article never quotes, by the start of the word (any case form). */
const PARTY =
  /^(?:хамас|сша|америк|американ|вашингтон|штат|госдеп|израил|израильтян|тель-авив|палестин|турц|турк|анкар|оон|евросоюз|ес$|европ|брюссел|арабск|араб$|арабы|запад|цахал)/;

/** A phrase is a party only when it names one ("Белый дом"); "палестинское государство" is a thing, not a party. */
const PARTY_PHRASE =
  /^(?:бел\S* дом|израильск\S* (?:арми|военн|власт|правительств)|арми\S* израил|(?:движени|боевик|группировк)\S* хамас)/;

/**
 * A surname's shape (Лавров, Шойгу's peers Захарова, Зеленский, Кулеба…): a word the story does not know in that
 * shape, beside a word of saying ("что сказал лавров", "захарова заявила"), is someone speaking whom the article
 * never quotes — a name, though written in lower case and spelt like a common word (лавров: laurels).
 */
const SURNAME = /^[а-яё]{2,}(?:ов|ев|ёв|ова|ева|ёва|ин|ына|ина|ский|цкий|ская|цкая|енко|юк|ук)$/;

/** Frame classes of a speaker's words: what someone said, holds, or answered. */
const SPEAKING = new Set(["say", "think", "react"]);

/** Glue that may stand between a party and the word of saying after it ("ХАМАС же сказал", "палестинцы вообще ответили"). */
const BETWEEN_AFTER = new Set([
  "же",
  "то",
  "вообще",
  "ли",
  "сам",
  "сама",
  "сами",
  "там",
  "тут",
  "уже",
  "как",
  "что",
]);
/** … and before it ("что сказали *в* ХАМАС", "мнение *у* Израиля", "говорит *сам* ХАМАС"); never "о", "про". */
const BETWEEN_BEFORE = new Set(["в", "во", "у", "же", "ли", "сам", "сама", "сами", "там", "тут", "вообще"]);

/** A party's answer to what was asked of it, in words that are the story's elsewhere ("поддержали ли США призыв"). */
const ANSWERING = new Set(
  `согласился согласилась согласились согласны приняли принял приняла отвергли отверг отвергла отклонили
  отклонил отклонила одобрили одобрил одобрила поддержали поддержал поддержала приветствовали приветствовал
  откликнулись откликнулся признает признают признал признала признали`.split(/\s+/),
);

/** A party right after these is what is spoken about ("Путин про США что сказал"), never the one speaking. */
const ABOUT = new Set(["про", "о", "об", "обо", "насчет", "касательно", "относительно"]);

/**
 * Parties listed right after a speaker's name, nothing between ("путин хамас израиль что сказал"): a telegraphic
 * question whose speaker is the name and whose parties are what that speaker spoke about (quality33).
 */
function listedAfterSpeaker(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.role !== "content") return false;
    if (t.term.startsWith(SPEAKER_PREFIX)) return true;
    if (!namesParty(t)) return false;
  }
  return false;
}

function namesParty(token: Token): boolean {
  return (token.surface.includes(" ") ? PARTY_PHRASE : PARTY).test(token.surface);
}

/** The parties listed right after a speaker's name: that speaker's topics, as after "про" (topic-words.ts). */
export function partiesListedAfterSpeaker(tokens: Token[]): Token[] {
  const listed: Token[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.role === "content" &&
      !t.term.startsWith(SPEAKER_PREFIX) &&
      namesParty(t) &&
      listedAfterSpeaker(tokens, i)
    )
      listed.push(t);
  }
  return listed;
}

function speaking(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (ANSWERING.has(token.surface)) return true;
  return token.role === "frame" && SPEAKING.has(RUSSIAN_FRAME_CUES.get(token.surface) ?? "");
}

export function russianSpeakerSlot(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.role !== "content" || token.term.startsWith(SPEAKER_PREFIX)) return false;
  const party = namesParty(token);
  if (!party && !(token.known === false && SURNAME.test(token.surface))) return false;
  if (ABOUT.has(tokens[i - 1]?.surface ?? "") || listedAfterSpeaker(tokens, i)) return false;
  let j = i + 1;
  while (j < tokens.length && tokens[j]!.role !== "content" && BETWEEN_AFTER.has(tokens[j]!.surface)) j++;
  if (speaking(tokens[j])) return true;
  j = i - 1;
  while (j >= 0 && BETWEEN_BEFORE.has(tokens[j]!.surface)) j--;
  return speaking(tokens[j]);
}
