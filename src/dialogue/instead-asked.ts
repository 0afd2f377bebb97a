// "does Putin blame Israel?" — doesn't say / No — then "who then?", "а кого тогда?": the last yes/no question
// asked again with the question word in the place of the party it named ("who does Putin blame?", "кого Путин
// винит?"). Read only after a No or a doesn't-say, and only where the last question names its party after the
// verb; the rewritten question goes the usual way.
import { foldQuestion } from "../lib/fold-question.js";
import { countryOf } from "./countries.js";
import { afterNoOrUnsaid, type DialogueContext } from "./types.js";

const INSTEAD_EN =
  /^(?:(?:and|so|ok|okay|but|well|hmm)[, ]+)*(?:(who|whom|what)(?: (?:did|does|do|is it|was it|is it (?:that )?he \p{L}+))? (?:then|instead)|then (who|whom|what)|(who|whom|what) is it then)\s*\??$/u;
const INSTEAD_RU =
  /^(?:(?:(а|и|ну|так)[, ]+))?(кого|кому|кто|что|чего|с кем|о ч[её]м)(?: (?:же|он|она|они))*(?: (тогда|в таком случае|вместо этого))?\s*\??$/u;
const PARTY =
  /^(?:hamas|hezbollah|palestinians|israelis|americans|russians|netanyahu|biden|хамас\p{L}*|хезболл\p{L}*|палестинц\p{L}*|израильтян\p{L}*|американц\p{L}*|нетаньяху|байден\p{L}*)$/u;
const YES_NO_LEAD_EN = /^(?:does|did|do|is|was|has|have|will|would)$/u;
const TAG = /,? (?:or not|or no|right|yes|да|нет|или нет|верно|так ли)$/u;

/** The last question with the asked question word in its party's place, or null. */
export function insteadAskedOf(
  text: string,
  lang: "en" | "ru",
  context: DialogueContext | null,
): string | null {
  if (!afterNoOrUnsaid(context)) return null;
  const t = foldQuestion(text).replace(/[?!.\s]+$/u, "");
  let wh: string | undefined;
  if (lang === "en") {
    const m = INSTEAD_EN.exec(t);
    wh = m?.[1] ?? m?.[2] ?? m?.[3];
  } else {
    const m = INSTEAD_RU.exec(t);
    // "а кого?" / "кого тогда?": a lead or a "then", not a bare "кого?".
    if (m && (m[1] || m[3] || /(?<!\p{L})же(?!\p{L})/u.test(t))) wh = m[2];
  }
  if (!wh) return null;
  const words = context.question
    .replace(/[?!.\s]+$/u, "")
    .replace(TAG, "")
    .replace(/^(?:(?:and|so|but|ok|okay|а|и|ну|так)[, ]+)/u, "")
    .split(" ")
    .filter((w) => w !== "ли");
  const at = words.findIndex((w, i) => i >= 2 && (countryOf(w) !== null || PARTY.test(w)));
  if (at < 0) return null;
  if (lang === "en" && !YES_NO_LEAD_EN.test(words[0] ?? "")) return null;
  const before = words.slice(0, at).filter((w, i, all) => !(i === all.length - 1 && w === "the"));
  const after = words.slice(at + 1);
  return `${[wh, ...before, ...after].join(" ")}?`;
}
