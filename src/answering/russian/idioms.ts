// Russian set phrases whose words, read one by one, say something else: "выступает за" is advocating (a call),
// not speaking on a stage ("за что выступает МИД" asked when the MFA spoke); "переводит стрелки" is shifting the
// blame, not moving clock hands; "перестали стрелять" is a ceasefire; "гнёт линию" is a position held; "наших граждан"
// are Russia's; "предъявляет" is blaming. Each is rewritten to the plain words the
// knowledge base's synonyms already know, before the lexicon reads them. Word order is free, so the parts are
// found near each other, not in one order.

import { causeAsWhy } from "./cause-question.js";
import { RUSSIAN_QUESTION_FORMS } from "./words.js";

const QUESTION_FORMS = new Set(RUSSIAN_QUESTION_FORMS);

/** Forms of выступать/выступить ("to speak out"; "выступать за" — to advocate). */
const PERFORMS = /^выступ(?:ает|ают|ал|ала|али|ало|ит|ят|ать|ить|ил|ила|или|ило)$/;

/** Forms of переводить/перевести ("переводить стрелки" — to shift the blame). */
const SHIFTS = /^перев(?:одит|одят|одил|одила|одили|ел|ела|ели|одить|ести)$/;
const ARROWS = new Set(["стрелки", "стрелку", "стрелок"]);

/** Stopping and shooting, in either order: "перестали стрелять", "хватит стрелять", "стрелять перестали". */
const STOPS =
  /^(?:перестал[аи]?|перестать|перестанут|прекратил[аи]?|прекратить|прекратят|хватит|бросили|бросить)$/;
const SHOOTING = /^(?:стрелять|стрельбу|палить|бомбить|воевать)$/;

/** Forms of гнуть/проводить/держать/вести ("гнуть свою линию", "проводит линию" — to push one's position). */
const PUSHES =
  /^(?:гн(?:ет|ут|ул|ула|ули|уть|ешь)|провод(?:ит|ят|ил|ила|или|ить)|держ(?:ит|ат|ал|ала|али|ать)|вед(?:ет|ут)|вел[аи]?|продавлива(?:ет|ют|л|ла|ли|ть))$/;
const LINE = new Set(["линию", "линия", "линии"]);

/** "наших граждан", "наши эмигранты": the asker's own country, Russia, said as "ours" beside its people (quality-ru42). */
const OURS = /^наш(?:и|их|им|ими)$/;
const PEOPLE =
  /^(?:граждан\p{L}*|соотечественник\p{L}*|эмигрант\p{L}*|выходц\p{L}*|людей|люди|русских|русские|россиян\p{L}*)$/u;

/** "предъявляет Вашингтону", "что Путин предъявляет США": laying a charge, i.e. blaming (quality-ru42). */
const CHARGES = /^предъяв(?:ляет|ляют|лял|ляла|ляли|лять|ил|ила|или|ить|ит)$/;

/** "метит в миротворцы": aiming at a role is wanting to become it (an unknown "метит" lowered the match). */
const AIMS = /^мет(?:ит|ят|ил|ила|или|ить)$/;

/** The words with each idiom put in the plain words it means. */
export function plainIdioms(words: string[]): string[] {
  let out = causeAsWhy(words);
  for (let v = 0; v < out.length; v++) {
    const w = out[v]!;
    if (PERFORMS.test(w) && advocates(out, v)) out = replaceAt(out, v, 1, ["призывает"]);
    else if (SHIFTS.test(w)) {
      const arrow = near(out, v, (x) => ARROWS.has(x), 2);
      if (arrow >= 0) {
        out = replaceAt(out, v, 1, ["винит"]);
        out = replaceAt(out, arrow, 1, []);
        v = Math.min(v, arrow);
      }
    } else if (PUSHES.test(w)) {
      // "какую линию гнёт МИД", "МИД гнёт свою линию": the line pushed is the position held (quality-ru41).
      const line = near(out, v, (x) => LINE.has(x), 3);
      if (line >= 0) {
        out = replaceAt(out, Math.max(v, line), 1, []);
        out = replaceAt(out, Math.min(v, line), 1, ["позиция"]);
        v = Math.min(v, line);
      }
    } else if (OURS.test(w) && PEOPLE.test(out[v + 1] ?? "")) out = replaceAt(out, v, 1, ["российских"]);
    else if (CHARGES.test(w)) out = replaceAt(out, v, 1, ["винит"]);
    else if (AIMS.test(w) && out[v + 1] === "в") out = replaceAt(out, v, 2, ["хочет", "быть"]);
    else if (
      (STOPS.test(w) && SHOOTING.test(out[v + 1] ?? "")) ||
      // "чтоб стрелять перестали": the shooting first, as free word order allows (quality32, blind-ru63).
      (SHOOTING.test(w) && STOPS.test(out[v + 1] ?? ""))
    )
      out = replaceAt(out, v, 2, ["прекратить", "огонь"]);
  }
  return out;
}

/** "выступает за диалог", "за что выступает МИД", "за какой диалог выступают": "за" right after, or "за" + a question word before. */
function advocates(words: string[], v: number): boolean {
  if (words[v + 1] === "за") return true;
  for (let j = Math.max(0, v - 4); j < v; j++)
    if (words[j] === "за" && QUESTION_FORMS.has(words[j + 1] ?? "")) return true;
  return false;
}

function near(words: string[], at: number, test: (w: string) => boolean, span: number): number {
  for (let d = 1; d <= span; d++) {
    if (test(words[at - d] ?? "")) return at - d;
    if (test(words[at + d] ?? "")) return at + d;
  }
  return -1;
}

function replaceAt(words: string[], at: number, count: number, by: string[]): string[] {
  return [...words.slice(0, at), ...by, ...words.slice(at + count)];
}
