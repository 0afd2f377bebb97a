// Shapes of a plain yes/no question that owned-verdict.ts reads as plain after one rewrite (quality43, wave BT):
// - a chat statement asked with a question mark only, a party first ("putin blame usa?"): no auxiliary, yet a
//   yes/no question; a question word or a turning word in it still leaves it to the dialogue;
// - a cleft that asks who said it ("was it Peskov who talked about the Kremlin playing a constructive role?"): asked
//   as "did Peskov …", and the named one must be the point's own doer (owned-verdict.ts checks the point's first
//   pattern against the name), so "was it Putin who…" on Peskov's words is not owned;
// - a partner named after the Quartet's membership ("is russia in the quartet together with the us?"): both are
//   members, so the membership is what is asked;
// - Russian: Latin names in a Russian question («Putin считает, что…»), a fear noun opening a clause («есть
//   опасения, что…», as a verb of saying does), the hearsay around a claim («тут пишут что …, это правда?»),
//   «что-нибудь/что-то» ("anything", no question word), and a pronoun
//   in the last question of a message whose remark before it names the one meant («Мне кажется, Путин просто
//   пиарится. Он хоть признаёт…?»).
import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";

/**
 * Named exception (voices46): the Russian government is not a party here. With it, a text of test/questions that
 * opens "the russian government has ties with …" and asks whether that is in the article would read as a statement
 * asked by its question mark alone, which the old list never took.
 */
const STATEMENT_PARTY = voiceNames(RUSSIA_AS_PARTY, "en").filter((name) => !name.endsWith("government"));

/** A party first and a question mark at the end: "putin blame usa?", "russia talks to hamas?" (the voices table's
 * names of Putin, Peskov and Russia as a party, voices46). */
const PARTY_STATEMENT_EN = new RegExp(
  `^${namesAlternation([...voiceNames(["putin", "peskov"], "en"), ...STATEMENT_PARTY, "the russian president"])}\\s[^?]*\\?+\\s*$`,
  "u",
);

/** Whether the folded English question is a party's statement asked by its question mark alone. */
export function partyStatementAsked(s: string): boolean {
  return PARTY_STATEMENT_EN.test(s);
}

/** "was it peskov who …", "is it the kremlin that …": the name asked, and the rest. */
const CLEFT_EN =
  /^(?:was|is|wasn't|isn't) it (putin|peskov|the kremlin|kremlin|moscow|russia|the foreign ministry) (?:who|that) (.+)$/u;

/** The cleft asked as "did <name> <rest>", with the name; else null. */
export function cleftAsked(s: string): { name: string; asked: string } | null {
  const m = CLEFT_EN.exec(s);
  if (m === null || s.startsWith("wasn't") || s.startsWith("isn't")) return null;
  const [, name = "", rest = ""] = m;
  return { name, asked: `did ${name} ${rest}` };
}

/** "together with the us" after the Quartet's membership: another member named beside the one asked. */
const TOGETHER_WITH_MEMBER =
  /\s*,?\s*(?:together|along|alongside)(?:\s+with)?\s+(?:the\s+)?(?:us|u\.s\.?|usa|united states|america|americans|un|u\.n\.?|united nations|eu|e\.u\.?|european union|europe|russia|moscow|kremlin)(?=\s*\?*\s*$)/iu;

/** The membership question without another member named beside it. */
export function withoutFellowMember(text: string): string {
  return text.replace(TOGETHER_WITH_MEMBER, "");
}

/** Latin names a Russian question may use: read as the Cyrillic the points' patterns know. */
const LATIN_NAMES_RU: readonly [RegExp, string][] = [
  [/(?<!\p{L})putin(?!\p{L})/gu, "путин"],
  [/(?<!\p{L})peskov(?!\p{L})/gu, "песков"],
  [/(?<!\p{L})kremlin(?!\p{L})/gu, "кремль"],
  [/(?<!\p{L})(?:usa|us)(?!\p{L})/gu, "сша"],
];
/** A fear noun opening a clause: «опасения, что …», «есть риск, что …». */
const FEAR_THAT_RU =
  /(?<!\p{L})(опасени\p{L}*|страх\p{L}*|боязн\p{L}*|риск\p{L}*|угроз\p{L}*|тревог\p{L}*),? что(?= \p{L})/gu;
/** "anything", "something": «что-нибудь», «что-то», «что-либо» ask no question word. */
const ANYTHING_RU = /(?<!\p{L})(?:что|чего|чём|чем)-(?:нибудь|то|либо)(?!\p{L})/gu;

/** What the asker read or heard, before the claim: «тут пишут, что», «говорят», «я слышал, что», «пишут что». */
const HEARSAY_LEAD_RU =
  /^(?:(?:тут|здесь|везде|в сети|в новостях|в интернете)\s+)?(?:пишут|говорят|утверждают|слышал\p{L}*|я слышал\p{L}*|читал\p{L}*|я читал\p{L}*)(?:\s*,?\s*что)?\s*,?\s+/u;
/** Whether it is so, asked after the claim: «, это правда?», «это так?», «, верно?». */
const TRUE_TAIL_RU = /\s*,?\s*(?:это\s+)?(?:правда|так|верно|действительно так)\s*\?+\s*$/u;

/** The folded Russian question read plainly: the hearsay around the claim, Latin names in Cyrillic, a fear's «что» and
 * «что-нибудь» left off. */
export function russianPlain(s: string): string {
  let out = s;
  // «тут пишут что россия дружит … , это правда?»: the claim asked whole (a tail alone is a tag, as "…, right?").
  if (TRUE_TAIL_RU.test(out)) out = `${out.replace(TRUE_TAIL_RU, "").replace(HEARSAY_LEAD_RU, "")}?`;
  if (/\p{Script=Latin}/u.test(out)) for (const [p, name] of LATIN_NAMES_RU) out = out.replace(p, name);
  return out.replace(FEAR_THAT_RU, "$1").replace(ANYTHING_RU, " ");
}

/** «он», «а он», «он хоть»: the last question's subject a pronoun. */
const PRONOUN_FIRST_RU = /^(?:а |но |и )?(?:он|ну а он)(?= )/iu;
/** The one a remark names: Putin or Peskov, only one of them. */
const NAMED_RU: readonly [RegExp, string][] = [
  [/(?<!\p{L})(?:путин|putin)\p{L}*/iu, "Путин"],
  [/(?<!\p{L})(?:песков|peskov)\p{L}*/iu, "Песков"],
];

/** The last question with its pronoun read as the one the remark before it names; else the question as it came. */
export function pronounOfRemark(remark: string, question: string): string {
  if (!PRONOUN_FIRST_RU.test(question)) return question;
  const named = NAMED_RU.filter(([p]) => p.test(remark));
  if (named.length !== 1) return question;
  return question.replace(PRONOUN_FIRST_RU, named[0]?.[1] ?? "$&");
}
