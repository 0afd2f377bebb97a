// Russian phrasal verbs and idioms read as the one word they stand for, before a claim is tokenised (the English
// ones are in phrasal.ts): "выступает против" is "возражает", "ничего не сказал о" is "не упомянул о",
// "оставляла без внимания" is "игнорирует".

import { lean } from "../lib/lean-regexp.js";
import { readRussianContactWords } from "./contact-words.js";
import { readRussianParaphrase } from "./russian-paraphrase.js";

/**
 * Russian "выступать за/против" (to be for / against) as the one verb its opposite pair lists: "выступает
 * против диалога" is "возражает", against the passage's "подчёркивает важность … диалога".
 */
const RUSSIAN_FOR_AGAINST = lean(/(^|[^\p{L}])(выступа\p{L}*|выступил\p{L}*)\s+(за|против)(?=$|[^\p{L}])/giu);

/** "за исключением ХАМАС", "кроме ХАМАС" (except Hamas) read as "без" (without); not "кроме того" (moreover). */
const RUSSIAN_EXCEPT = lean(
  /(^|[^\p{L}])(?:за\s+исключением|кроме(?!\s+того(?=$|[^\p{L}])))(?=$|[^\p{L}])/giu,
);

/** "спешить с прекращением огня не стоит", "нет спешки" (no rush): не срочно, against "немедленного". */
const RUSSIAN_NO_RUSH = lean(
  /(^|[^\p{L}])(?:не\s+(?:стоит|нужно|надо|следует)\s+(?:торопиться|спешить)|(?:торопиться|спешить)(\s+[^.!?]{0,40}?\s+)не\s+(?:стоит|нужно|надо|следует)|нет\s+(?:никакой\s+)?спешки|не\s+к\s+спеху)(?=$|[^\p{L}])/giu,
);

/**
 * (claims40) «благодаря» (thanks to, a cause) as «из-за»: its stem is «благодарит»'s (thanked), a side of an opposite
 * pair, so «благодаря большому числу граждан» read as a stance of the claim's own.
 */
const RUSSIAN_THANKS_TO = lean(/(^|[^\p{L}])благодаря(?=$|[^\p{L}])/giu);

/**
 * (claims40) «большого числа», «значительному количеству»: the article's "the number of" (of former citizens, a
 * cause of common ground) says the number counts; a size word before it adds nothing («небольшого» stays).
 */
const RUSSIAN_LARGE_NUMBER = lean(
  /(^|[^\p{L}])(?:больш|значительн|огромн)\p{L}{0,3}\s+(?=(?:числ|количеств)\p{L}{0,3}(?=$|[^\p{L}]))/giu,
);

export function joinRussianPhrasalVerbs(text: string): string {
  return text
    .replace(RUSSIAN_THANKS_TO, "$1из-за")
    .replace(RUSSIAN_LARGE_NUMBER, "$1")
    .replace(RUSSIAN_NO_RUSH, (_, before: string, between?: string) => `${before}не срочно${between ?? ""}`)
    .replace(RUSSIAN_FOR_AGAINST, (_, before: string, _verb: string, side: string) =>
      side.toLowerCase() === "за" ? `${before}поддерживает` : `${before}возражает`,
    )
    .replace(RUSSIAN_EXCEPT, "$1без");
}

/**
 * Russian "ничего не сказал о", "не сказал ни слова о", "ни слова не сказал о" (said nothing about) as "не упомянул о", and "(подробно)
 * рассказал о", "говорил о" (spoke about) as "упомянул о": saying something about a thing is mentioning it. Read
 * before the claim's attribution is, or "Путин не сказал" would be taken for a denied attribution.
 */
const RUSSIAN_SAID_NOTHING = lean(
  /(^|[^\p{L}])(?:(?:ничего\s+|ни\s+(?:единого\s+|одного\s+)?слов(?:а|ом)\s+)?не\s+(?:сказал\p{L}*|говорил\p{L}*|говорит|говорят|обмолвил\p{L}*|обмолвит\p{L}*)|умолчал\p{L}*|умалчивает|промолчал\p{L}*)\s+(?:ни\s+(?:единого\s+|одного\s+)?слов(?:а|ом)\s+|ничего\s+)?(о|об|обо|про)(?=\s)/giu,
);
const RUSSIAN_SPOKE_OF = lean(
  /(^|[^\p{L}])(?:(?:подробно|много|долго|обстоятельно|пространно)\s+)?(?:рассказал\p{L}*|рассказывал\p{L}*|говорил\p{L}*|обмолвил\p{L}*|высказал\p{L}*\s+|высказывал\p{L}*)\s+(о|об|обо|про)(?=\s)/giu,
);

export function russianSayingAsMention(text: string): string {
  return text.replace(RUSSIAN_SAID_NOTHING, "$1не упомянул $2").replace(RUSSIAN_SPOKE_OF, "$1упомянул $2");
}

/**
 * Russian idioms of (not) taking into account read as the one verb the opposites list: "оставляла без внимания",
 * "не принимала во внимание", "обходит вниманием", "закрывает глаза на" → "игнорирует"; "принимает во внимание" →
 * "учитывает". Read on the claim and on the translations alike, so "игнорировала" lines up with "оставляла без
 * внимания" instead of being a stance of its own against the article's "без" (without).
 */
const RUSSIAN_IGNORES = lean(
  /(^|[^\p{L}])(?:(?:оставля\p{L}*|остав(?:ил|ит|ят|ив)\p{L}*)\s+без\s+(?:всякого\s+|должного\s+|какого-либо\s+)?внимания|не\s+(?:принима\p{L}*|принял\p{L}*|примет|примут|брал\p{L}*|берёт|берет|берут)\s+(?:\p{L}+\s+)?во\s+внимание|(?:обош\p{L}*|обход\p{L}*)\s+вниманием|закрыва\p{L}*\s+глаза|закрыл\p{L}*\s+глаза)(?=$|[^\p{L}])/giu,
);
const RUSSIAN_TAKES_INTO_ACCOUNT = lean(
  /(^|[^\p{L}])(?:принима\p{L}*|принял\p{L}*|примет|примут|брал\p{L}*|берёт|берет|берут)\s+(?:\p{L}+\s+)?во\s+внимание(?=$|[^\p{L}])/giu,
);

/** "высоко оценил", "положительно оценивает": praised (the opposites list's "похвалил"), not a neutral assessment. */
const RUSSIAN_PRAISES = lean(
  /(^|[^\p{L}])(?:высоко|положительно|позитивно|одобрительно)\s+(?:оцени\p{L}*|оценива\p{L}*|отзыва\p{L}*|отозвал\p{L}*)(?=$|[^\p{L}])/giu,
);

/**
 * (claims42) Doubt said in other words, read as «сомневается» (a side of the opposites' pair with «признаёт»):
 * «ставит под сомнение / под вопрос», «подвергает сомнению», «выразил сомнение», «задаётся вопросом»; «МИД ставит
 * под сомнение важность координации …» lined up with «подчёркивает важность …» and was confirmed.
 */
const RUSSIAN_DOUBTS = lean(
  /(^|[^\p{L}])(?:(?:ставит|ставят|ставил\p{L}{0,2}|ставя|поставил\p{L}{0,2}|поставит|поставят)\s+под\s+(?:сомнение|вопрос)|(?:подверга\p{L}{1,3}|подверг\p{L}{0,2})\s+сомнению|(?:выраж\p{L}{1,3}|выразил\p{L}{0,2})\s+сомнени[ея]|(?:зада[её]т\p{L}{0,2}|задавал\p{L}{0,3}|задал\p{L}{0,3})\s+вопрос(?:ом)?)(?=$|[^\p{L}])/giu,
);

export function readRussianIdioms(text: string): string {
  return readRussianParaphrase(readRussianContactWords(text))
    .replace(RUSSIAN_DOUBTS, "$1сомневается")
    .replace(RUSSIAN_IGNORES, "$1игнорирует")
    .replace(RUSSIAN_TAKES_INTO_ACCOUNT, "$1учитывает")
    .replace(RUSSIAN_PRAISES, "$1похвалил");
}
