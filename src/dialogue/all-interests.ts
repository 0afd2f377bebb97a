// Kind: whether the interests of all sides should be taken into account — "so the interests of all sides should be
// taken into account?", "does the author think everyone's interests need to be considered?", «то есть нужно
// принимать во внимание интересы всех сторон?», «автор считает, что надо учитывать интересы всех сторон?». The
// article's close asks for approaches "that prioritize the interests and aspirations of all parties involved";
// the claim checker held "consider/учитывать" against Putin's "failure to address the interests of Palestinians"
// and answered a false No (d34-40#2, d94-39#2), and the engine often found the US's failure instead of the close.
// Putting first is more than taking into account, so a Yes on that sentence is grounded. With a doer named
// ("did washington take both sides' views into account?") the question is another (the US's failure) and is left
// alone. `allInterestsAsked` sends the message to the close; `allInterestsVerdict` gives its Yes.
import type { Answer, Lang } from "../answering/types.js";

const CONSIDER_EN =
  /(?<!\p{L})(?:tak(?:e|en|es|ing) (?:\p{L}+ )?into (?:account|consideration)|consider(?:ed|ing|s)?|account(?:ed)? for|respect(?:ed)?|weigh(?:ed)?|prioriti[sz]\p{L}*|put first|come first|heard|listened to)(?!\p{L})/u;
const CONSIDER_RU =
  /(?<!\p{L})(?:уч(?:итыва|ест|ёт|ет|т)\p{L}*|принима\p{L}* во внимание|прин(?:ять|ят\p{L}*) во внимание|считаться с|уважа\p{L}*|ставить во главу угла|на первом месте|в приоритете)(?!\p{L})/u;
const INTERESTS_EN = /(?<!\p{L})(?:interests?|aspirations?|views|concerns|needs)(?!\p{L})/u;
const INTERESTS_RU = /(?<!\p{L})(?:интерес\p{L}*|чаяни\p{L}*|позици\p{L}*|мнени\p{L}*)(?!\p{L})/u;
const ALL_EN =
  /(?<!\p{L})(?:all (?:the )?(?:sides|parties|involved)|every (?:side|party)|everyone|everybody|both sides|each side)(?!\p{L})/u;
const ALL_RU =
  /(?<!\p{L})(?:всех сторон|обеих сторон|каждой стороны|всех участников|всех вовлеч\p{L}* сторон|всех)(?!\p{L})/u;
/** A doer or another voice named: the US's failure, Putin's criticism — another question. */
const DOER_EN =
  /(?<!\p{L})(?:us|u\.s\.|usa|america|americans?|washington|the states|united states|putin|russia|moscow|kremlin|peskov|israel|hamas|he|they)(?!\p{L})/u;
const DOER_RU =
  /(?<!\p{L})(?:сша|штаты|америк\p{L}*|вашингтон\p{L}*|путин\p{L}*|росси\p{L}*|москв\p{L}*|кремл\p{L}*|песков\p{L}*|израил\p{L}*|хамас\p{L}*|он|они)(?!\p{L})/u;
const NEGATED = /(?<!\p{L})(?:not|never|no|не|ни|нет)(?!\p{L})|n['’]t(?!\p{L})/u;
const WH =
  /(?<!\p{L})(?:why|how|what|who|whose|which|почему|зачем|как|что(?! надо| нужно)|кто|чьи)(?!\p{L})/u;
/** The close's sentence: the interests of all parties put first. */
const CLOSE = /prioriti[sz]e the interests and aspirations of all parties/u;

function asksAllInterests(folded: string, lang: Lang): boolean {
  if (folded.length > 120 || NEGATED.test(folded)) return false;
  const [consider, interests, all, doer] =
    lang === "ru"
      ? [CONSIDER_RU, INTERESTS_RU, ALL_RU, DOER_RU]
      : [CONSIDER_EN, INTERESTS_EN, ALL_EN, DOER_EN];
  const bare = folded.replace(/(?<!\p{L})что (?=надо|нужно|следует|должн)/u, "");
  return (
    consider.test(folded) &&
    interests.test(folded) &&
    all.test(folded) &&
    !doer.test(folded) &&
    !WH.test(bare)
  );
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, "е").replace(/’/g, "'").trim();

/** The message as the question the article's close answers, when it asks for all sides' interests; else null. */
export function allInterestsAsked(text: string, lang: Lang): string | null {
  const ru = /[а-я]/u.test(fold(text));
  if (!asksAllInterests(fold(text), ru ? "ru" : lang)) return null;
  return ru
    ? "статья говорит, что интересы всех сторон надо учитывать?"
    : "does the article say the interests of all parties should be prioritized?";
}

/** Yes where the evidence is the close that puts all parties' interests first and the question asks for them. */
export function allInterestsVerdict(plain: string, answer: Answer, lang: Lang): "yes" | null {
  if (!answer.answered || !answer.quotes.some((q) => CLOSE.test(q.text))) return null;
  return asksAllInterests(fold(plain), lang) ? "yes" : null;
}
