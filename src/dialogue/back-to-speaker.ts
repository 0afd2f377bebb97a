// "Back to Putin — who does he blame?", "ok, back to peskov: did he mention a settlement?", "вернёмся к Пескову:
// он говорил про урегулирование?", "снова про Путина — чего он хочет?": a return to a voice the chat left. The lead-in
// names the speaker the pronouns after it mean, so the question is read with the name in their place and stands
// alone (the side topic in between is not its context).
import type { Lang } from "../answering/types.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

const SEP = String.raw`\s*(?:[:,.!;—–]+|\s-+)\s*`;
const BACK_EN = new RegExp(
  String.raw`^\s*(?:(?:ok(?:ay)?|so|anyway|well|alright|right|fine|but|and)[,!.]?\s+)*(?:(?:let'?s |let us |now )?(?:go(?:ing)? |get(?:ting)? |come |coming )?back to|returning to|again (?:about|on)|now about|about) ([\p{L} .'’-]{2,40}?)${SEP}(?=\S)`,
  "iu",
);
const BACK_RU = new RegExp(
  String.raw`^\s*(?:(?:ну|ладно|хорошо|так|а|ок)[,!.]?\s+)*(?:давай(?:те)?\s+)?(?:(?:вернёмся|вернемся|возвращаясь|вернусь|возвращаюсь)\s+(?:к|ко)|(?:а\s+)?(?:теперь\s+)?(?:снова|опять|обратно)\s+(?:про|о|об|к))\s+([\p{L} .-]{2,40}?)${SEP}(?=\S)`,
  "iu",
);

const PRONOUNS_EN: [RegExp, (name: string) => string][] = [
  [/(?<![\p{L}'])(?:he|she)(?![\p{L}'])/giu, (n) => n],
  [/(?<![\p{L}'])(?:his|her)(?![\p{L}'])/giu, (n) => `${n}'s`],
  [/(?<![\p{L}'])him(?![\p{L}'])/giu, (n) => n],
];
const PRONOUNS_RU: [RegExp, (name: string) => string][] = [[/(?<!\p{L})(?:он|она)(?!\p{L})/giu, (n) => n]];

/** The speaker a "back to X —" lead-in names and the words after it; null without one (or naming several). */
export function backLeadOf(
  text: string,
  speakers: SpeakerNames,
  lang: Lang,
): { speakerId: string; rest: string } | null {
  const m = (lang === "ru" ? BACK_RU : BACK_EN).exec(text);
  if (!m) return null;
  const named = speakers.namedIn(fold(m[1] ?? ""));
  const id = named[0]?.id;
  return id && named.length === 1 ? { speakerId: id, rest: text.slice(m[0].length) } : null;
}

/** The question after a "back to X" lead-in, X in place of its pronouns; null when there is no such lead-in. */
export function backToSpeakerOf(text: string, speakers: SpeakerNames, lang: Lang): string | null {
  const m = (lang === "ru" ? BACK_RU : BACK_EN).exec(text);
  if (!m) return null;
  const named = speakers.namedIn(fold(m[1] ?? ""));
  const id = named[0]?.id;
  if (!id || named.length !== 1) return null;
  const rest = text.slice(m[0].length);
  const read = withNameForPronouns(rest, speakers.shortName(id, lang), lang);
  // "back to Putin — why?": no pronoun to put the name in, so no question of its own; read as typed.
  return read !== rest || speakers.namedIn(fold(rest)).length > 0 ? read : null;
}

/** The text with a person's name in place of "he", "his", "him", "он", "она". */
export function withNameForPronouns(text: string, name: string, lang: Lang): string {
  let read = text;
  for (const [pronoun, as] of lang === "ru" ? PRONOUNS_RU : PRONOUNS_EN)
    read = read.replace(pronoun, as(name));
  return read;
}
