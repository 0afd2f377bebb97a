// Links back into the bot from anywhere (inline results sent into other chats): https://t.me/<bot>?start=<p>.
// Telegram allows 64 characters of [A-Za-z0-9_-] in <p>; like callback data it is versioned and prefixed, so
// /start with an old or foreign payload is recognised and just greets.
export const START_PAYLOAD_VERSION = "v1";
export const MAX_START_PAYLOAD_CHARS = 64;

export type StartLink =
  /** Answer one knowledge-base entry. */
  | { kind: "answer"; entryId: string }
  | { kind: "summary" }
  /** The speakers roster (speakerId null) or one speaker's quotes. */
  | { kind: "quotes"; speakerId: string | null }
  /** How to check a sentence ("Did they really say that?"). */
  | { kind: "check" };

const ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PATTERNS = {
  answer: new RegExp(`^a_(${ID})$`),
  quotes: new RegExp(`^q_(${ID})$`),
} as const;

export function encodeStartPayload(link: StartLink): string {
  const body = (() => {
    switch (link.kind) {
      case "answer":
        return `a_${link.entryId}`;
      case "summary":
        return "sum";
      case "quotes":
        return `q_${link.speakerId ?? "all"}`;
      case "check":
        return "chk";
    }
  })();
  const payload = `${START_PAYLOAD_VERSION}_${body}`;
  if (payload.length > MAX_START_PAYLOAD_CHARS || !/^[A-Za-z0-9_-]+$/.test(payload)) {
    throw new Error(
      `start payload "${payload}" breaks Telegram's rule: 1-64 characters of A-Z, a-z, 0-9, _ and -`,
    );
  }
  return payload;
}

/** The link a payload carries; null for anything this version did not make. */
export function decodeStartPayload(payload: string): StartLink | null {
  const prefix = `${START_PAYLOAD_VERSION}_`;
  if (payload.length > MAX_START_PAYLOAD_CHARS || !payload.startsWith(prefix)) return null;
  const body = payload.slice(prefix.length);
  if (body === "sum") return { kind: "summary" };
  if (body === "chk") return { kind: "check" };
  let m = PATTERNS.answer.exec(body);
  if (m) return { kind: "answer", entryId: m[1]! };
  m = PATTERNS.quotes.exec(body);
  if (m) return { kind: "quotes", speakerId: m[1] === "all" ? null : m[1]! };
  return null;
}

/** https://t.me/<username>?start=<payload> */
export function startLink(botUsername: string, link: StartLink): string {
  return `https://t.me/${botUsername}?start=${encodeStartPayload(link)}`;
}
