// "Who else spoke?", "who else from the Russian government commented?", "кто ещё высказался?": after an answer,
// the other voices the article reports. The reply is the article's roster of who said what (every voice with its
// statement), read as that question: the last speaker is on it too, so nothing is left out or made up.

/** The cheap test first: no "else"/"ещё" beside who, no reading. */
const CHEAP = /(?<!\p{L})(?:else|other|others|ещ[её])(?!\p{L})/u;

const ELSE_EN =
  /^(?:(?:and|so|but|ok|okay|then)[, ]+)?(?:who|which (?:other )?(?:officials?|voices?|people|leaders?|officials?)|anyone|anybody|any other officials?)(?: else| other)?(?: (?:from|in|of|among|at) [\p{L}' -]+?)? (?:spoke|speak|speaks|spoken|said|say|says|commented|comment|comments|weighed in|reacted|react|made (?:a |any )?statements?|talked|voiced|was quoted|is quoted|got quoted|had something to say|has something to say|had anything to say)(?: (?:anything|something|up|out|about (?:it|this|that)|on (?:it|this|that)))?$/u;
const ELSE_RU =
  /^(?:(?:а|и|но|ну)[, ]+)?кто ещ[её](?: (?:из|от|в|среди) [\p{L} -]+?)? (?:что-то |что-нибудь |тоже |об этом |по этому поводу )*(?:высказ\p{L}*|говорил\p{L}*|сказал\p{L}*|комментировал\p{L}*|прокомментировал\p{L}*|заявил\p{L}*|заявлял\p{L}*|выступил\p{L}*|выступал\p{L}*|отреагировал\p{L}*|реагировал\p{L}*)(?: что-то| что-нибудь| об этом| по этому поводу)?$/u;

/** The roster question a "who else spoke?" stands for, in the message's language; null when it is none. */
export function otherVoicesAsked(folded: string, lang: "en" | "ru"): string | null {
  if (!CHEAP.test(folded)) return null;
  const text = folded.replace(/[?!.\s]+$/u, "");
  if (lang === "ru") return ELSE_RU.test(text) ? "кто что сказал в статье?" : null;
  return ELSE_EN.test(text) && /(?<!\p{L})(?:else|other)(?!\p{L})/u.test(text)
    ? "who said what in the article?"
    : null;
}
