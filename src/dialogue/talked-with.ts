// Kind: "путин говорил с ним?", "он говорил с Эрдоганом?": "говорить с кем" is to talk with someone (the phone
// call), not "what did Putin say" — a saying verb with a named voice was read as a request for that voice's
// quotes, with no verdict. "говорил/а/и/ит с(о) <someone>" is put as "разговаривал/а/и/ает с(о) <someone>", which
// the call's entry reads (and a pronoun after it is resolved as before). "говорил о/про…" is left alone.

const SPOKE_WITH = /(?<!\p{L})говор(ил|ила|или|ит|ят)(?= (?:с|со) \p{L})/iu;
const TALKED: Record<string, string> = {
  ил: "разговаривал",
  ила: "разговаривала",
  или: "разговаривали",
  ит: "разговаривает",
  ят: "разговаривают",
};

/** The message with "говорил с" as "разговаривал с", or null when it has none. */
export function talkedWithOf(text: string): string | null {
  const m = SPOKE_WITH.exec(text);
  const form = m?.[1] ? TALKED[m[1].toLowerCase()] : undefined;
  if (!m || !form) return null;
  return `${text.slice(0, m.index)}${form}${text.slice(m.index + m[0].length)}`;
}
