// Kind: what the United States got wrong in Putin's view, asked with no pointer to a matter — "so what did the us
// get wrong in his view", «что сша сделали не так по его мнению». The engine found one of his two charges (the
// monopolised peace efforts, or the policy that overlooked the Palestinians) where the honest answer is both
// (o82-11#2). Asked as what he faults the US for, whose card gives both. "…wrong there" after a matter is
// wrong-there.ts's (asked first); "in his view" is Putin's only when the context's voice is Putin or none.
import type { Lang } from "../answering/types.js";
import { fold, readsAsRussian } from "./language.js";
import type { DialogueContext } from "./types.js";

const US_EN =
  "(?:the )?(?:us|u\\.s\\.?|usa|united states|america|americans|washington|the us government|us government|us policy)";
const WRONG_EN =
  "(?:do|did|does|done|doing|get|got|gets|gotten|go|went|gone|goes)(?: it| things)? wrong|mess(?:ed)? up|fail(?:ed)? at";
const VIEW_EN =
  "(?:in (?:his|putin'?s) (?:view|opinion|eyes|mind)|according to (?:him|putin)|as (?:he|putin) sees it|for (?:him|putin)|(?:he|putin) (?:thinks|says|believes))";
const US_WRONG_EN = new RegExp(
  `^(?:(?:and|so|ok|okay|then|but)[, ]+)*(?:what|where|how) (?:(?:exactly|precisely) )?(?:(?:did|does|do|has|have) )?${US_EN} (?:(?:exactly|actually|really) )?(?:${WRONG_EN}),? ${VIEW_EN}(?: (?:then|exactly))?\\s*\\??$`,
  "u",
);

const US_RU = "(?:сша|америка|американцы|вашингтон|штаты|соединенные штаты)";
const VIEW_RU =
  "(?:по (?:его|путина) (?:мнению|словам|версии)|по мнению путина|на его взгляд|по-его|как он считает)";
const US_WRONG_RU = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*(?:(?:что|чего) ${US_RU} (?:сделали|делали|сделал|сделала|делает|делают) не так|в ч[её]м ${US_RU} (?:ошиблись|ошибся|ошибаются|ошиблась|провинились)|где ${US_RU} (?:ошиблись|ошибся|ошиблась))(?:,? ${VIEW_RU})?\\s*\\??$`,
  "u",
);
const US_WRONG_RU_LED = new RegExp(
  `^(?:(?:а|и|ну|так)[, ]+)*${VIEW_RU},? (?:(?:что|чего) ${US_RU} (?:сделали|делали|сделал|сделала|делает|делают) не так|в ч[её]м ${US_RU} (?:ошиблись|ошибся|ошибаются|ошиблась|провинились))\\s*\\??$`,
  "u",
);

/** The message asked as what Putin faults the US for, or null. */
export function usWrongViewOf(text: string, context: DialogueContext | null, lang: Lang): string | null {
  if (!context || context.refused) return null;
  if (context.speakerId && context.speakerId !== "putin") return null;
  const t = fold(text).trim();
  if (t.length > 120) return null;
  if (readsAsRussian(t, lang)) {
    const asked = US_WRONG_RU.test(t)
      ? /(?:мнению|словам|версии|взгляд|считает)/u.test(t)
      : US_WRONG_RU_LED.test(t);
    return asked ? "за что путин критикует сша?" : null;
  }
  return US_WRONG_EN.test(t) ? "what does putin criticize the us for?" : null;
}
