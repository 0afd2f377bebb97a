// A contact said in everyday words, read as the article's call before a claim is compared (English): "talked to
// Erdogan", "was speaking with Erdogan", "chatted with him" are a call with him ("talk" alone is a frame of
// saying that weighs nothing, so "Putin talked to Erdogan" had only its two names lined up and read as not in the
// article); "Putin and Erdogan held a phone call" is Putin's call with Erdogan (the second name read as a second
// speaker added to the passage's). A contact with someone the article never names stays news (contact-news.ts).

import { lean } from "../lib/lean-regexp.js";
import type { ClaimChecker } from "./types.js";

/**
 * "talked to", "spoke with", "was chatting on the phone with": a talk that happened (past or "was …ing"), then
 * "to/with" and the party, read as "called". An ongoing "talks to" / "keeps talking to" is the Kremlin's
 * communication (a synonym of it, synonyms.json), not a call. A
 * denied or refused talk ("will not talk to Scholz", "refuses to speak with") is left as it was: a denial about a
 * party is read by absent-party.ts, and one of the article's call by the negation readers.
 */
const TALKED_TO = lean(
  /\b((?:was|were)\s{1,3}(?:talking|speaking|chatting)|talked|spoke|spoken|chatted)\s{1,3}(?:(?:on\s{1,3}the\s{1,3}|by\s{1,3})?(?:tele)?phone\s{1,3})?(?:to|with)\s{1,3}(?!the\s+(?:need|issue|point|question|matter|importance)\b|each\s+other\b|one\s+another\b)/giu,
);
/** A denial or refusal right before the talk (read on the few words before it, not by a look-behind). */
const DENIED_BEFORE = lean(
  /\b(?:not|never|n[o']t|refuses?\s{1,3}to|refused\s{1,3}to|no\s{1,3}plans\s{1,3}to|unwilling\s{1,3}to)\s{1,3}(?:(?:be|have|been|ever)\s{1,3})?$/iu,
);

/** "Putin and Erdogan held a phone call (…)": the first name, the second, the verb and what they held. */
const HELD_TOGETHER = lean(
  /(^|\bthat\s{1,3}|\b(?:said|says)\s{1,3}|:\s{0,3})((?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+)\s+and\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(held|had|hold|have|holds|has)\s+((?:an?\s+)?(?:(?:phone|telephone)\s+)?(?:calls?|conversations?|talks))\b/iu,
);

/**
 * (claims38) "Putin and Erdogan talked over the phone", "… spoke by phone (with each other)", «Путин и Эрдоган
 * поговорили по телефону»: the same call said with a verb of talking; read as "Putin called Erdogan", «Путин
 * поговорил по телефону с Эрдоганом» (the first name, the second, the rest kept).
 */
const TALKED_TOGETHER = lean(
  /(^|\bthat\s{1,3}|\b(?:said|says)\s{1,3}|:\s{0,3})((?:[\p{L}'’.-]+\s+){0,2}?[\p{L}'’.-]+)\s+and\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:talked|spoke|chatted|conversed|had\s+a\s+(?:phone\s+)?(?:talk|chat))(?:\s+(?:over|on|by)\s+(?:the\s+)?(?:tele)?phone)?(?:\s+(?:with|to)\s+(?:each\s+other|one\s+another))?\b/iu,
);
const TALKED_TOGETHER_RU = lean(
  /(^|(?<![\p{L}])что\s{1,3}|:\s{0,3})(\p{L}[\p{L}-]{1,30})\s{1,3}и\s{1,3}(\p{L}[\p{L}-]{1,30})\s{1,3}(?:поговорили|говорили|созвонились|побеседовали|беседовали|разговаривали)(?:\s{1,3}(?:по\s{1,3}телефону|друг\s{1,3}с\s{1,3}другом)){0,2}(?![\p{L}])/iu,
);

/** A Russian name in the instrumental, after «с»: «Эрдоган» → «Эрдоганом», «Путин» → «Путиным». */
function instrumental(name: string): string {
  if (/(?:ин|ов|ев|ёв)$/iu.test(name)) return `${name}ым`;
  if (/а$/iu.test(name)) return `${name.slice(0, -1)}ой`;
  if (/[йь]$/iu.test(name)) return `${name.slice(0, -1)}ем`;
  return /[бвгджзклмнпрстфхцчшщ]$/iu.test(name) ? `${name}ом` : name;
}

/** Two names talking together read as the first one's call with the second (`swap`: the second first). */
export function togetherAsCall(text: string, swap: boolean): string {
  const en = text.replace(
    TALKED_TOGETHER,
    (_, lead: string, first: string, second: string) =>
      `${lead}${swap ? second : first} called ${swap ? first : second}`,
  );
  if (en !== text) return en;
  return text.replace(
    TALKED_TOGETHER_RU,
    (_, lead: string, first: string, second: string) =>
      `${lead}${swap ? second : first} поговорил по телефону с ${instrumental(swap ? first : second)}`,
  );
}

/** "keeps talking to both sides": maintains communication with them (not "keeps" against the passage's "open"). */
const KEEPS_TALKING = lean(/\b(keep|keeps|kept|keeping)\s+(?:on\s+)?(?:talking|speaking)\s+(?:to|with)\b/giu);
const MAINTAIN_FORM: Record<string, string> = {
  keep: "maintain",
  keeps: "maintains",
  kept: "maintained",
  keeping: "maintaining",
  stay: "maintain",
  stays: "maintains",
  stayed: "maintained",
  staying: "maintaining",
  remain: "maintain",
  remains: "maintains",
  remained: "maintained",
  remaining: "maintaining",
};

/**
 * (claims30) The Kremlin's communication in other everyday words: "keeps (lines / channels) open to", "keeps in
 * (close) contact with", and a present "talks / speaks (only) to" after the Kremlin, Moscow or Russia (a past talk is
 * the call, TALKED_TO): maintains (open) communication with.
 */
const KEEPS_OPEN = lean(
  /\b(keep|keeps|kept|keeping)\s{1,3}(?:the\s{1,3})?(?:(?:lines|channels)(?:\s{1,3}of\s{1,3}communication)?\s{1,3}open|open\s{1,3}(?:lines|channels)(?:\s{1,3}of\s{1,3}communication)?)\s{1,3}(?:to|with)\b/giu,
);
/** (claims37) "keeps (up) open communication with": the passage's own noun after "keep" for "maintain". */
const KEEPS_COMMUNICATION = lean(
  /\b(keep|keeps|kept|keeping)\s{1,3}(?:up\s{1,3})?(open\s{1,3})?(?:communications?|lines\s{1,3}of\s{1,3}communication)\s{1,3}with\b/giu,
);
/** (claims34) "keeps / stays / remains in (close) contact / touch with": the same standing communication. */
const KEEPS_IN_CONTACT = lean(
  /\b(keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|remaining)\s{1,3}in\s{1,3}(?:close\s{1,3}|constant\s{1,3}|regular\s{1,3})?(?:contact|touch)\s{1,3}(only\s{1,3})?with\b/giu,
);
const TALKS_TO = lean(
  /(?<=\b(?:kremlin|moscow|russia)\s{1,3})(?:talks|speaks)\s{1,3}(only\s{1,3}|solely\s{1,3}|just\s{1,3})?(?:to|with)\b/giu,
);

/**
 * (claims37) A refused or denied talk of the Kremlin, Moscow or Russia ("refuses to talk to Israel", "won't speak
 * with Hamas", "never talks to"): the passage's communication denied, read as "… maintain communication with", so
 * the negation and the party are read against ¶4 (altered), not a talk of its own with nothing lined up; one
 * denial form, so a party the article never names is news as "does not maintain communication with Scholz" is.
 */
const REFUSED_TALK = lean(
  /(?<=\b(?:kremlin|moscow|russia)\s{1,3})(?:(?:refuses|refused|refuse)\s{1,3}to|won['’]?t|will\s{1,3}not|does\s{1,3}not|doesn['’]t|do\s{1,3}not|don['’]t|did\s{1,3}not|didn['’]t|would\s{1,3}not|wouldn['’]t|never)\s{1,3}(?:talk|speak|talks|speaks|talked|spoke|communicates?)\s{1,3}(?:to|with)\b/giu,
);

/** A party of the article's right after the refused talk: Israel, the Palestinians, Hamas, the US, a side. */
const ARTICLE_PARTY =
  /^\s{0,3}(?:the\s{1,3})?(?:israel\p{L}*|palestin\p{L}*|hamas|u\.?s\.?a?|united\s{1,3}states|washington|americ\p{L}*|either|each|both|any|one)(?!\p{L})/iu;

/** The claim's statement with its everyday contact words read as the article's call or communication. */
export function readContactWords(statement: string): string {
  return statement
    .replace(
      KEEPS_OPEN,
      (_, verb: string) => `${MAINTAIN_FORM[verb.toLowerCase()] ?? "maintains"} open communication with`,
    )
    .replace(
      KEEPS_COMMUNICATION,
      (_, verb: string, open?: string) =>
        `${MAINTAIN_FORM[verb.toLowerCase()] ?? "maintains"} ${open ? "open " : ""}communication with`,
    )
    .replace(
      KEEPS_IN_CONTACT,
      (_, verb: string, only?: string) =>
        `${MAINTAIN_FORM[verb.toLowerCase()] ?? "maintains"} communication ${only ? "only " : ""}with`,
    )
    .replace(REFUSED_TALK, (whole: string, ...rest: unknown[]) => {
      const at = (rest.find((x) => typeof x === "number") as number) + whole.length;
      // Only of a party the article names (or its sides): a denial about anyone else is news (absent-party.ts).
      return ARTICLE_PARTY.test(statement.slice(at, at + 40))
        ? "does not maintain communication with"
        : whole;
    })
    .replace(TALKS_TO, (_, only?: string) => `maintains communication ${only ? `${only.trim()} ` : ""}with`)
    .replace(
      KEEPS_TALKING,
      (_, verb: string) => `${MAINTAIN_FORM[verb.toLowerCase()] ?? "maintains"} communication with`,
    )
    .replace(TALKED_TO, (whole: string, ...rest: unknown[]) => {
      const at = rest.find((x) => typeof x === "number") as number;
      return DENIED_BEFORE.test(statement.slice(Math.max(0, at - 30), at)) ? whole : "called ";
    });
}

/**
 * The checker, a call two names "held" together read as the first one's call with the second: taken only when
 * that reading confirms the claim (the second name then is the passage's party, not a speaker added to it).
 */
export function judgingHeldTogether(check: ClaimChecker): ClaimChecker {
  return (text) => {
    const verdict = check(text);
    const actor = verdict.changes.some((c) => c.kind === "actor");
    if ((verdict.verdict !== "altered" && verdict.verdict !== "not-in-article") || !actor) return verdict;
    // Either name may be the passage's speaker ("Erdogan and Putin had a call"): each order is tried.
    for (const swap of [false, true]) {
      let read = text.replace(
        HELD_TOGETHER,
        (_, lead: string, first: string, second: string, verb: string, held: string) =>
          `${lead}${swap ? second : first} ${verb} ${held} with ${swap ? first : second}`,
      );
      if (read === text) read = togetherAsCall(text, swap);
      if (read === text) return verdict;
      const reread = check(read);
      if (reread.verdict === "verbatim" || reread.verdict === "paraphrase")
        return { ...reread, claim: verdict.claim, verdict: "paraphrase", exact: null };
    }
    return verdict;
  };
}

/**
 * Russian "контакты" (contacts) as the article's "связь" (communication, in the translation): one word of the
 * claim that otherwise lined up with the word before it ("открытую") and read as a stance of its own. Read on the
 * claim and the translations alike (russian-phrasal.ts readRussianIdioms).
 */
const RUSSIAN_CONTACTS = lean(/(^|[^\p{L}])контакт(?:ы|ов|ами|ах|ам|а|у|ом|е)?(?=$|[^\p{L}])/giu);

/** «каналы связи», «канал коммуникации», «линии связи» (channels of communication): the communication itself. */
const RUSSIAN_CHANNELS = lean(
  /(^|[^\p{L}])(?:канал(?:ы|ов|ами|ах|ам|а|у|ом|е)?|лини(?:я|и|ю|ей|ями|ях|ям))\s+(?:связи|коммуникации|общения)(?=$|[^\p{L}])/giu,
);
/**
 * «держит (открытой) связь», «держит каналы связи открытыми» (keeps … open): the translation's «поддерживает связь»;
 * read after the channels and contacts are «связь». Up to two words between the verb and «связь».
 */
const RUSSIAN_KEEPS_CONTACT = lean(
  /(^|[^\p{L}])держ(?:ит|ат|ал|ала|ало|али|ать)(?=\s+(?:\p{L}+\s+){0,2}?связь(?:$|[^\p{L}]))/giu,
);

/**
 * (claims34) «остаётся на связи с», «(по-прежнему) в контакте с»: keeping in touch, the translation's «поддерживает
 * связь с» (claims-blind54: «кремль остаётся на связи с обеими сторонами» had «остаётся» and «на связи» lined up
 * with nothing, not in the article). Read before the contacts are «связь».
 */
const RUSSIAN_STAYS_IN_TOUCH = lean(
  /(^|[^\p{L}])(?:(?:оста[её]тся|остаются|оставал\p{L}*|остал\p{L}*|находится|находятся|по-прежнему|всегда)\s+){0,2}(?:на\s+связи|в\s+(?:постоянном\s+|тесном\s+|регулярном\s+)?(?:контакте|контактах|связи))(?=\s+со?\s)/giu,
);

/**
 * (claims37) «отказывается разговаривать (общаться, говорить) с», «не общается с», and a present «общается /
 * разговаривает с», after the Kremlin, Moscow or Russia (as TALKS_TO): the translation's «(не) поддерживает связь
 * с». A past talk («поговорил с») is the call; Putin's talk («Путин разговаривает с Эрдоганом») is left.
 */
const RU_STATE =
  "(^|[^\\p{L}])((?:кремл|москв|росси)\\p{L}{0,3}\\s+(?:(?:по-прежнему|всегда|сейчас|не)\\s+)?)";
const RUSSIAN_REFUSES_TALK = lean(
  new RegExp(
    `${RU_STATE}отказ(?:ывается|ываются|ался|алась|алось|ались)\\s+(?:разговаривать|говорить|общаться|вести\\s+диалог)(?=\\s+со?\\s)`,
    "giu",
  ),
);
const RUSSIAN_TALKS = lean(
  new RegExp(`${RU_STATE}(?:общается|общаются|разговаривает|разговаривают)(?=\\s+со?\\s)`, "giu"),
);

export function readRussianContactWords(text: string): string {
  return text
    .replace(RUSSIAN_REFUSES_TALK, "$1$2не поддерживает связь")
    .replace(RUSSIAN_TALKS, "$1$2поддерживает связь")
    .replace(RUSSIAN_STAYS_IN_TOUCH, "$1поддерживает связь")
    .replace(RUSSIAN_CHANNELS, "$1связь")
    .replace(RUSSIAN_CONTACTS, "$1связь")
    .replace(RUSSIAN_KEEPS_CONTACT, "$1поддерживает");
}
