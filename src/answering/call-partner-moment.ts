// Who Putin was on the phone with, the moment placed by what he said on the call ("who was putin on the phone with
// when he criticized washington", "who was he talking to when he blamed the US?", "during the call where he slammed
// america, who was putin speaking to?", "who was on the other end of the line when putin said US policy failed"): the
// clause only places the moment, the question is the call's partner. Read as typed, the blame words outweighed "on
// the phone with" and the reply went to the blame cards (quality44, wave BU). Read as "who did putin call?" only when
// the clause names what the article has him say on the call (the US and its policy, blame, the ceasefire, the
// talks); "when he visited Tehran" keeps its words. Bounded: at most 220 characters, anchored patterns.

const MAX_LENGTH = 220;

/** Putin as the one on the call. */
const PUTIN = "(?:putin|vladimir putin|the russian (?:president|leader)|russia'?s (?:president|leader)|he)";
/** The link to the call's partner: "on the phone with", "talking to", "speaking with", "on a call with". */
const LINK =
  "(?:on the (?:phone|line|call) (?:with|to)|on (?:a|the) (?:phone )?call with|in (?:a|the) (?:phone )?call with|(?:talking|speaking|chatting) (?:to|with)|(?:talk|speak|chat) (?:to|with)|call|phone|ring|calling|phoning)";
/** The partner asked, with the link after Putin ("who was putin on the phone with"). */
const PARTNER_ASKED = `(?:who|whom|which leader|what leader)\\s+(?:was|were|did|is)\\s+${PUTIN}\\s+${LINK}`;
/** The partner asked without naming Putin before the link ("who was on the other end of the line"). */
const OTHER_END =
  "(?:who|whom)\\s+was\\s+on\\s+the\\s+other\\s+end\\s+of\\s+(?:the|that|his)\\s+(?:line|phone|call)";
/** A clause placing the moment: "when he criticized washington", "while putin was blaming the us". */
const MOMENT = "(?:when|while|as|at the time|during the call where|during the call when|in the call where)";

const PARTNER_THEN_MOMENT = new RegExp(
  `^(?:so\\s+|and\\s+|ok\\s+|okay\\s+)?(?:${PARTNER_ASKED}|${OTHER_END})\\s*,?\\s+${MOMENT}\\s+(?<clause>[^?!]{3,160})[?!.\\s]*$`,
  "iu",
);
const MOMENT_THEN_PARTNER = new RegExp(
  `^(?:so\\s+|and\\s+)?(?:(?:during|in|on)\\s+(?:the|that|this)\\s+(?:phone\\s+)?call\\s+(?:where|when|in which|during which)|when|while)\\s+(?<clause>[^,?!]{3,160}),\\s*(?:${PARTNER_ASKED}|${OTHER_END})\\s*[?!.]*\\s*$`,
  "iu",
);

/** What the article has Putin say on the call, or a word of blaming: the clause places the moment of the call. */
const CALL_CONTENT =
  /\b(?:washington|america|americans?|united states|the states|us|usa|u\.s|ceasefire|cease-fire|truce|negotiat\w*|talks|palestin\w*|violence|casualt\w*|policy|policies|monopoli\w*|blam\w*|critici\w*|slam\w*|bash\w*|fault\w*|attack\w*|condemn\w*|lash\w*|point\w* (?:the )?fingers?)\b/iu;

/** The question as "who did putin call?" when a clause only places the call's moment; otherwise as it came. */
export function asCallPartnerAtMoment(text: string): string {
  if (text.length > MAX_LENGTH || !/\bwho/iu.test(text)) return text;
  const trimmed = text.trim();
  const m = PARTNER_THEN_MOMENT.exec(trimmed) ?? MOMENT_THEN_PARTNER.exec(trimmed);
  if (!m?.groups || !CALL_CONTENT.test(m.groups.clause!)) return text;
  return "who did putin call?";
}
