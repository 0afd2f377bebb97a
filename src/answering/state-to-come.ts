// Which state should come into being, asked in other words than the article's "the need for a Palestinian state"
// ("what country does putin think should come into being?", "which state must emerge in his view?", «какое
// государство должно появиться по мнению путина», «какая страна должна возникнуть»): read as what state Putin sees
// the need for (the Palestinian state). Read as typed, "come into being" / «появиться» found the crisis spreading or
// stayed unsure between Putin's cards. A question naming another voice (Hamas, Erdogan, the US) stays as typed.

const WHICH_EN =
  /\b(?:which|what)\s+(?:kind\s+of\s+|sort\s+of\s+|new\s+|independent\s+)?(?:state|country|nation)\b/i;
const COMING_EN =
  /\b(?:appear|emerge|exist|arise|be\s+(?:created|established|formed|founded|set\s+up|born|recogni[sz]ed)|come\s+(?:into\s+being|into\s+existence|about|to\s+be))\b/i;
const WHICH_RU =
  /(?<!\p{L})(?:как(?:ое|ая|ого|ой|ую)|котор(?:ое|ая|ого|ой|ую))\s+(?:(?:нов|независим)\p{L}*\s+)?(?:государств\p{L}*|стран\p{L}*)(?!\p{L})/u;
const COMING_RU =
  /(?<!\p{L})(?:появ\p{L}*|возник\p{L}*|созда\p{L}*|образова\p{L}*|учрежд\p{L}*|учред\p{L}*|родит\p{L}*|существова\p{L}*)(?!\p{L})/u;
/** Another voice than Putin's: its view is another question. */
const OTHER_VOICE =
  /(?<!\p{L})(?:hamas|erdogan|peskov|israel\p{L}*|us|usa|america\p{L}*|washington|biden|хамас\p{L}*|эрдоган\p{L}*|песков\p{L}*|израил\p{L}*|сша|америк\p{L}*|вашингтон\p{L}*)(?!\p{L})/iu;

/** The question as what state Putin sees the need for, or as it came. */
export function asStateToCome(text: string): string {
  if (text.length > 160 || OTHER_VOICE.test(text)) return text;
  if (WHICH_EN.test(text) && COMING_EN.test(text)) return "what state does putin see a need for?";
  if (WHICH_RU.test(text) && COMING_RU.test(text)) return "необходимость какого государства признаёт путин?";
  return text;
}
