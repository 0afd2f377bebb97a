// "И ей это удаётся?", "а получается у них?", "does it work?", "has he succeeded?" — and as a prospect, «а
// получится?», «а это сработает?», "will that work?" (dialog43b: the article gives no outcome to come either): after an answer about an aim
// or a call (Moscow strives to present itself as a mediator, Putin urges a ceasefire), whether it comes off. The
// article reports aims, calls and views, never their outcome, so the reply is "the article doesn't say", on the
// last answer's evidence; asked afresh the question has no topic of its own and the engine could only guess.

/** «как думаешь, …», «думаешь, …»: the bot asked for its guess, the outcome asked all the same (dialog45, d109-38#2). */
const ASKER_RU = "(?:как )?(?:думаешь|думаете|считаешь|считаете|полагаешь|полагаете)";
const WHO_RU = "(?:у )?(?:него|нее|неё|них|ей|ему|им|она|он|они|это|этого|ли)";
const SUCCESS_RU = new RegExp(
  `^(?:(?:и|а|но|ну|так)[, ]+)?(?:${ASKER_RU}[, ]+)?(?:${WHO_RU} )*(?:уда[её]т\\p{L}*|удалось|удастся|получает\\p{L}*|получилось|получится|выходит|выйдет|вышло|сработа\\p{L}*|поможет|помогло)(?: ${WHO_RU})*$`,
  "u",
);
const SUCCESS_EN =
  /^(?:(?:and|so|but)[, ]+)?(?:does|did|is|has|have|will|would|could) (?:it|he|she|they|that|this) (?:succeed\w*|work\w*|manag\w*(?: it| that)?|pay off)(?: at (?:it|that))?$/;

/** Whether a follow-up only asks whether the last answer's aim comes off. */
export function asksSuccess(folded: string, lang: "en" | "ru"): boolean {
  const text = folded.replace(/[?!.…\s]+$/u, "").trim();
  return (lang === "ru" ? SUCCESS_RU : SUCCESS_EN).test(text);
}
