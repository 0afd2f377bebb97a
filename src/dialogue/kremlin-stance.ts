// Kind (dialog48): the Kremlin's stance asked yes/no — "does the kremlin back an independent palestinian state?",
// "does it support one?" after the Kremlin's position (the pronoun put back as "the Kremlin"), «кремль за
// палестинское государство?». In the article the Kremlin speaks for Russia (Peskov "reaffirms that the Kremlin
// aims…", Putin its head), so a stance asked of it is Russia's: the same question asked of Russia is read, and only
// its Yes on the same entry is taken. Anything else (No, "doesn't say", another entry) keeps the Kremlin's own
// reading, so no verdict is lent that Russia's question does not already get. Read by stand-alone.ts after the
// plain verdict; the knowledge base's names of Russia are left alone (the Kremlin stays a voice of its own).

import type { Answer, Lang } from "../answering/types.js";
import { namesAlternation, STANCE_COUNTS_AS, VOICE_NAMES } from "../knowledge/voices.js";
import type { DialogueKit } from "./dialogue-kit.js";
import { fold } from "./language.js";
import { plainVerdict } from "./place-word-verdict.js";
import { verdictDepsOf } from "./verdict-deps.js";
import type { Verdict } from "./yes-no.js";

/** The Kremlin's names (knowledge/voices.ts), any spacing in English. */
const KREMLIN_EN = namesAlternation(VOICE_NAMES.kremlin.en, "\\s+");
const KREMLIN_RU = namesAlternation(VOICE_NAMES.kremlin.ru);
const KREMLIN_ALONE_EN = new RegExp(`(?<!\\p{L})${KREMLIN_EN}(?!\\p{L})`, "u");
const KREMLIN_ALONE_RU = new RegExp(`(?<!\\p{L})${KREMLIN_RU}(?!\\p{L})`, "u");
/** "does the kremlin (really) support / back / favour / want / call for …", "is the kremlin for / in favour of …". */
const KREMLIN_STANCE_EN = new RegExp(
  `^(?:(?:and|so|but|then)\\s+)?(?:(?:does|do|would)\\s+${KREMLIN_EN}\\s+(?:(?:also|really|actually|even|still)\\s+)?(?:support|back|favou?r|endorse|want|advocate|call\\s+for)|is\\s+${KREMLIN_EN}\\s+(?:(?:also|really|actually|even|still)\\s+)?(?:for|in\\s+favou?r\\s+of|supportive\\s+of|behind))(?!\\p{L})`,
  "u",
);
/** «кремль (тоже) поддерживает / за / выступает за / хочет / одобряет …», «поддерживает ли кремль …». */
const KREMLIN_STANCE_RU = new RegExp(
  `^(?:(?:а|и|но|так)\\s+)?(?:${KREMLIN_RU}\\s+(?:(?:тоже|также|вообще|действительно|правда)\\s+)?(?:поддерживает|за|выступает\\s+за|хочет|одобряет|добивается)|(?:поддерживает|одобряет|хочет)\\s+ли\\s+${KREMLIN_RU})(?!\\p{L})`,
  "u",
);

/** The question with Russia in the Kremlin's place; null where the Kremlin's stance is not what is asked. */
export function asRussiasStance(folded: string, lang: Lang): string | null {
  const russia = VOICE_NAMES[STANCE_COUNTS_AS.kremlin].say;
  if (lang === "ru")
    return KREMLIN_STANCE_RU.test(folded) ? folded.replace(KREMLIN_ALONE_RU, russia.ru) : null;
  return KREMLIN_STANCE_EN.test(folded) ? folded.replace(KREMLIN_ALONE_EN, russia.en) : null;
}

/** Russia's Yes on the Kremlin's stance, on the entry the Kremlin's question found; null otherwise. */
export function kremlinStanceVerdict(
  kit: DialogueKit,
  folded: string,
  asksYesNo: boolean,
  answer: Answer,
  read: Verdict | null,
  lang: Lang,
): Verdict | null {
  if (!asksYesNo || !answer.answered || !answer.entry || read?.verdict === "yes" || read?.verdict === "no")
    return null;
  const asRussia = asRussiasStance(folded, lang === "ru" ? "ru" : "en");
  if (!asRussia) return null;
  const russias = kit.findAnswer(asRussia, lang);
  if (russias.entry?.id !== answer.entry.id) return null;
  const verdict = plainVerdict(
    { folded: fold(asRussia), typed: asRussia, understood: null, asksYesNo: true, silentEitherOr: false },
    russias,
    lang,
    verdictDepsOf(kit),
  );
  return verdict?.verdict === "yes" ? verdict : null;
}
