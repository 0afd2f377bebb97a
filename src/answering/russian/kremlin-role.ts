// What the Kremlin says of its own part, asked with the role as its own ("что кремль говорит о своей роли",
// "какую роль москва себе отводит", "чего кремль, по словам его представителя, хочет добиться", "что песков
// заявил об участии кремля"): the article's answer is Peskov's — the Kremlin aims to play a constructive role and
// to help find a settlement (kremlin-settlement-role). Read as typed, "роль"/"участие" beside Moscow drew the peace
// plan the article does not give, the impartial mediator, or what Putin wants. A long message that tells the asker's
// own story first is read by its last question alone (the story before it spoke of sides and peace). Putin's own
// silence on Russia's role (own-role-said.ts), a "почему", the Quartet and the controversy are not read here.
// (quality42ru) The role told by a relative clause ("как Песков описал роль, которую хочет сыграть Кремль", "роль,
// которую Россия намерена играть, — какая она?") is the role as its own, and "описал"/"охарактеризовал" report it:
// read as typed, "сыграть" was no word of the knowledge base and the question stayed unsure between Peskov's words,
// who he is and the Kremlin's role. Another party named ("роль, которую хотят сыграть США", "как песков описал роль
// турции") is not read.

import { foldedRussian } from "./plain-text.js";

/** The Kremlin, by its names, or its spokesman. Russia only with the role as its own (below). */
const KREMLIN = /(?<!\p{L})(?:кремл\p{L}*|москв\p{L}*|песков\p{L}*|представител\p{L}*)(?!\p{L})/u;
const RUSSIA = /(?<!\p{L})росси\p{L}*(?!\p{L})/u;
/** The part it plays or aims at. */
const ROLE = /(?<!\p{L})(?:рол[ьиюей]|участи[еяюи]|добиться|добивается|отводит|отводят)(?!\p{L})/u;
/** The role as its own ("своей роли", "себе отводит") or reported ("говорит", "заявил", "по словам", "описал"). */
const OWN_OR_SAID =
  /(?<!\p{L})(?:сво\p{L}*|себе|сам|сама|говорит|говорят|говорил|заявил\p{L}*|заявляет|сказал\p{L}*|утверждает|словам|видит|описал\p{L}*|описывает|охарактеризовал\p{L}*|характеризует)(?!\p{L})/u;
/** The role wanted, told by a relative clause: "роль, которую (Кремль) хочет / намерен / стремится сыграть". */
const ROLE_CLAUSE =
  /(?<!\p{L})рол\p{L}*,?\s+котор(?:ую|ой)(?:\s+\p{L}+){0,3}?\s+(?:сыграть|играть|исполнить|выполнить|выполнять)(?!\p{L})/u;
/** A party other than Russia whose role may be asked ("как песков описал роль турции"); the warring sides are the
 * conflict Russia's role is in. */
const OTHER_PARTY =
  /(?<!\p{L})(?:сша|америк\p{L}*|вашингтон\p{L}*|штат\p{L}*|турци\p{L}*|турк\p{L}*|турец\p{L}*|эрдоган\p{L}*|оон|ес|евросоюз\p{L}*|европ\p{L}*|египт\p{L}*|иран\p{L}*|кита\p{L}*|катар\p{L}*)(?!\p{L})/u;
/** Not this question: Putin's silence, a reason asked, the Quartet, the controversy or criticism. */
const OTHER =
  /(?<!\p{L})(?:путин\p{L}*|президент\p{L}*|лидер\p{L}*|почему|зачем|отчего|квартет\p{L}*|спор\p{L}*|противореч\p{L}*|критик\p{L}*|споров|мид\p{L}*|нейтральн\p{L}*|беспристраст\p{L}*|посредни\p{L}*)(?!\p{L})/u;
/** A message's last question (its sentences up to the last "?"). */
const LAST_QUESTION = /(?:^|[.!?…]\s+)([^.!?…]+\?)\s*$/u;

/** The question the Kremlin's own role is asked in: the whole text, or a long message's last question. */
function askedPart(text: string): string | null {
  if (text.length <= 160) return text;
  if (text.length > 600) return null;
  return LAST_QUESTION.exec(text)?.[1] ?? null;
}

/** The Kremlin's role question when its own role or aim is asked, or the question as typed. */
export function asRussianKremlinRole(text: string): string {
  const asked = askedPart(text);
  if (asked === null || asked.length > 160) return text;
  const plain = foldedRussian(asked);
  if (OTHER.test(plain) || OTHER_PARTY.test(plain) || !ROLE.test(plain)) return text;
  const clause = ROLE_CLAUSE.test(plain);
  if (!clause && !OWN_OR_SAID.test(plain)) return text;
  const own = clause || /(?<!\p{L})(?:сво\p{L}*|себе)(?!\p{L})/u.test(plain);
  return KREMLIN.test(plain) || (own && RUSSIA.test(plain)) ? "какую роль хочет играть кремль" : text;
}
