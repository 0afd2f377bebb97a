// Why one side would trust Russia ("why would israel even trust russia", "what reason do the palestinians have to
// rely on moscow", "how come israel would believe the kremlin"): the article's reason is Russia's ties with that
// side (former Russian citizens in Israel; long-standing ties with the Palestinians, including Hamas), asked as
// "what ties does russia have with <side>". Read as typed, "trust" was a word the knowledge base never uses and the
// question fell between the ties, the open line to both sides and Israel's missing reply. A yes/no "does israel
// trust russia" asks no reason and stays as typed (the article does not say). "any faith in" / "confidence in" count
// too ("why would the israelis have any faith in moscow" went ambiguous; quality31).

// (quality33) Chat interjections may open it ("lol why would israel even trust russia", "haha why should…"), and
// why Russia cares about a side ("why do russians even care about what's going on in israel") asks the same ties:
// read as typed, "care" drew Putin's concern for civilians.
// (quality-r2-33) So does why a side is no stranger to Russia, or close to it ("why is israel not a foreign country
// to russia", "why is moscow so close to hamas").
// (quality35) Listening counts as trusting: "why would israel even listen to russia", "why would the israelis pay any
// attention to moscow", "how come israel would heed russia", "why would israel take russia seriously" (was "did you
// mean", or Putin's silence on Russia's role). The Russian twin, asRussianTrustReason: «с чего израилю вообще слушать
// россию», «почему израиль должен прислушиваться к москве», «почему палестинцы доверяют кремлю».
import { namesAlternation, stemsAlternation, VOICE_NAMES, voiceNames } from "../knowledge/voices.js";
import { foldedRussian } from "./russian/plain-text.js";

/** Asking for a reason ("wy", "y": chat spellings of "why", quality31), after any chat interjections. */
const WHY =
  /^\s*(?:(?:so|and|but|ok|okay|lol|lmao|rofl|haha+|hah|hmm+|ngl|tbh|honestly|seriously|well|wait|um+|uh+)[,!.]*\s+)*(?:why|wy|y|how\s+come|what\s+makes|on\s+what\s+(?:basis|grounds)|what\s+reasons?\s+(?:does|do|would|should|could)|what\s+grounds\s+(?:does|do))\b/i;

/** Trusting, in the words a question uses; or caring what becomes of the side. */
const TRUST =
  /\b(?:trust|trusts|trusted|believe|believes|rely\s+on|relies\s+on|count\s+on|(?:have|has|put|puts|place|places)\s+(?:any\s+|much\s+|some\s+|its\s+|their\s+)?(?:faith|confidence|trust)\s+in|take\s+\w+\s+at\s+(?:its|their)\s+word|care|cares|caring|bother|bothers|bothered|(?:not|no)\s+(?:a\s+)?(?:stranger|foreign(?:\s+(?:country|land|place))?)|so\s+close|close\s+to|listen\s+to|listens\s+to|listening\s+to|heed|heeds|pay\s+(?:any\s+|much\s+)?attention\s+to|take\s+(?:\w+\s+){1,2}seriously|hear\s+(?:\w+\s+){1,2}out)\b/i;

/** Caring about the people hurt is Putin's concern for civilians, not a reason of ties. */
const HURT =
  /\b(?:civilians?|casualt\w*|victims?|dead|deaths?|dying|killed|killing|kids|children|hostages?|suffer\w*)\b/i;

/** Russia, by any of its voices (knowledge/voices.ts: Russia and its people, the Kremlin, Putin). */
const RUSSIA = new RegExp(
  `\\b${namesAlternation(voiceNames(["russia", "kremlin", "putin"], "en", "people"), "\\s+")}\\b`,
  "i",
);

/** The side that would trust, as the question names it. */
const SIDE: readonly [RegExp, string][] = [
  [/\b(?:israel|israelis|israeli|tel\s+aviv)\b/i, "israel"],
  [/\b(?:palestinians|palestinian|hamas|gaza)\b/i, "the palestinians"],
];

/** The question as "what ties does russia have with <side>", or as it came. */
export function asTrustReason(text: string): string {
  if (!WHY.test(text) || !TRUST.test(text) || !RUSSIA.test(text) || HURT.test(text)) return text;
  const sides = SIDE.filter(([re]) => re.test(text));
  if (sides.length !== 1) return text;
  return `what ties does russia have with ${sides[0]![1]}`;
}

/** Asking for a reason in Russian, after a chat opener: «почему», «с чего (бы)», «с какой стати», «зачем». */
const WHY_RU =
  /^(?:(?:а|и|ну|так|но|слушай|блин) )*(?:почему|зачем|отчего|с чего(?: бы)?|с какой стати|с какого перепугу|чего ради|на каком основании)(?!\p{L})/u;
/** Trusting or heeding, in the words a Russian question uses. */
const TRUST_RU =
  /(?<!\p{L})(?:доверя\p{L}*|довер\p{L}*|слуша\p{L}*|послуша\p{L}*|прислушива\p{L}*|прислуша\p{L}*|вер\p{L}т\p{L}*|верить|повер\p{L}*|полага\p{L}* на|считаться с)(?!\p{L})/u;
const HURT_RU =
  /(?<!\p{L})(?:мирн\p{L}*|жертв\p{L}*|гибел\p{L}*|погибш\p{L}*|заложник\p{L}*|дет\p{L}*)(?!\p{L})/u;
/** Russia, the Kremlin, Putin in any case form, and «рф». */
const RUSSIA_RU = new RegExp(
  `(?<!\\p{L})(?:${stemsAlternation(["russia", "kremlin", "putin"])}|${namesAlternation(VOICE_NAMES.russia.also.ru)})(?!\\p{L})`,
  "u",
);
const SIDE_RU: readonly [RegExp, string][] = [
  [
    /(?<!\p{L})(?:израил\p{L}*|израильтян\p{L}*|израильск\p{L}*)(?!\p{L})/u,
    "какие связи у россии с израилем",
  ],
  [/(?<!\p{L})(?:палестин\p{L}*|хамас\p{L}*|газ[аеуы])(?!\p{L})/u, "какие связи у россии с палестинцами"],
];

/** «с чего израилю вообще слушать россию» as «какие связи у россии с израилем», or as it came. */
export function asRussianTrustReason(text: string): string {
  if (text.length > 140) return text;
  const folded = foldedRussian(text);
  if (!WHY_RU.test(folded) || !TRUST_RU.test(folded) || !RUSSIA_RU.test(folded) || HURT_RU.test(folded))
    return text;
  const sides = SIDE_RU.filter(([re]) => re.test(folded));
  return sides.length === 1 ? sides[0]![1] : text;
}
