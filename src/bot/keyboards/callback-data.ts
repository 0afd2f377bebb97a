// What a button carries, packed as `v1:<kind>:<args>`, with `@<lang>` after it on a card in another language
// than English. Telegram allows 64 bytes; the version lets a future layout reject old buttons instead of
// misreading them.
export const CALLBACK_VERSION = "v1";
export const MAX_CALLBACK_BYTES = 64;

/** Before sized summaries: buttons in old messages still carry it (see summary-length below). */
export type SummaryLength = "short" | "long";
/** The sizes of the summary: one line, the short paragraph, three bullets, the long summary. */
export const SUMMARY_SIZES = ["line", "short", "bullets", "full"] as const;
export type SummarySize = (typeof SUMMARY_SIZES)[number];

export type ButtonAction =
  /** Send the answer card of a knowledge-base entry. */
  | { kind: "answer"; entryId: string }
  /** Show the article paragraph one of an entry's quotes stands in. */
  | { kind: "source"; entryId: string; quoteIndex: number }
  /** Send the summary as a new message. */
  | { kind: "summary" }
  /** Switch the summary message it is on to another size (and remember it for the user). */
  | { kind: "summary-size"; size: SummarySize }
  /** Legacy short/long toggle; still decoded so old messages' buttons map to a size instead of expiring. */
  | { kind: "summary-length"; length: SummaryLength }
  /** The speakers roster (speakerId null) or one speaker's quotes. */
  | { kind: "quotes"; speakerId: string | null }
  /** Answer in this language from now on (/language); a code the bot no longer speaks reads as expired. */
  | { kind: "language"; lang: string };

const ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PATTERNS = {
  answer: new RegExp(`^a:(${ID})$`),
  source: new RegExp(`^src:(${ID}):(\\d{1,2})$`),
  summary: /^sum:new$/,
  summaryLength: /^sum:(short|long)$/,
  summarySize: /^sz:(line|short|bullets|full)$/,
  quotes: new RegExp(`^q:(${ID})$`),
  language: /^lang:([a-z]{2})$/,
} as const;

/** "@ru" at the end: the language of the card the button is on, so a press answers in it whoever presses. */
const LANG_SUFFIX = /@([a-z]{2})$/;

/**
 * Packs an action, with the card's language when it is not the default; throws if it would not fit Telegram's
 * 64-byte limit (a long entry id is a KB bug).
 */
export function encodeButton(action: ButtonAction, lang?: string): string {
  const body = (() => {
    switch (action.kind) {
      case "answer":
        return `a:${action.entryId}`;
      case "source":
        return `src:${action.entryId}:${action.quoteIndex}`;
      case "summary":
        return "sum:new";
      case "summary-length":
        return `sum:${action.length}`;
      case "summary-size":
        return `sz:${action.size}`;
      case "quotes":
        return `q:${action.speakerId ?? "all"}`;
      case "language":
        return `lang:${action.lang}`;
    }
  })();
  const data = `${CALLBACK_VERSION}:${body}${lang ? `@${lang}` : ""}`;
  const bytes = Buffer.byteLength(data, "utf8");
  if (bytes > MAX_CALLBACK_BYTES) {
    throw new Error(`callback data "${data}" is ${bytes} bytes; Telegram allows ${MAX_CALLBACK_BYTES}`);
  }
  if (decodeButton(data) === null) throw new Error(`callback data "${data}" would not decode`);
  return data;
}

/** The language a button's card was in ("ru"), or null for a card in the default language or foreign data. */
export function buttonLanguage(data: string | undefined): string | null {
  if (data === undefined || decodeButton(data) === null) return null;
  return LANG_SUFFIX.exec(data)?.[1] ?? null;
}

/** Unpacks callback data; null for anything this version did not make (old, foreign or tampered buttons). */
export function decodeButton(data: string | undefined): ButtonAction | null {
  if (data === undefined || Buffer.byteLength(data, "utf8") > MAX_CALLBACK_BYTES) return null;
  const prefix = `${CALLBACK_VERSION}:`;
  if (!data.startsWith(prefix)) return null;
  const body = data.slice(prefix.length).replace(LANG_SUFFIX, "");

  let m = PATTERNS.answer.exec(body);
  if (m) return { kind: "answer", entryId: m[1]! };
  m = PATTERNS.source.exec(body);
  if (m) return { kind: "source", entryId: m[1]!, quoteIndex: Number(m[2]) };
  if (PATTERNS.summary.test(body)) return { kind: "summary" };
  m = PATTERNS.summaryLength.exec(body);
  if (m) return { kind: "summary-length", length: m[1] as SummaryLength };
  m = PATTERNS.summarySize.exec(body);
  if (m) return { kind: "summary-size", size: m[1] as SummarySize };
  m = PATTERNS.quotes.exec(body);
  if (m) return { kind: "quotes", speakerId: m[1] === "all" ? null : m[1]! };
  m = PATTERNS.language.exec(body);
  if (m) return { kind: "language", lang: m[1]! };
  return null;
}
