// How a call with a party the article does not name is asked, for call-party.ts's verdict (the lead's convention,
// dialog52, after the writers' tally in docs/conversation.md): the reported call itself presupposed ("was the call
// with X?", «это был звонок X?») or tied to it by its matter ("did putin call biden about the israel thing?",
// "rang Netanyahu and demanded a ceasefire", «звонил Байдену насчёт Газы?», «а прекращение огня он с нетаньяху
// обсуждал?») is No — that call was with Erdogan; a bare call or talk ("did putin call netanyahu?", "did putin talk
// to biden on the phone?", «Путин говорил с Нетаньяху?») is not denied by the article, which reports one call and no
// other contact: "doesn't say", with that call as what it does say.

/** What a call was about, after the party: "about …", "and demanded …", «насчёт …», «о …», «чтобы …». */
const MATTER_EN =
  /(?<!\p{L})(?:about|regarding|concerning|over (?!the phone|phone)|to (?:discuss|talk about|demand|urge|push|ask|press|call for)|and (?:demand|urge|ask|push|press|discuss|call(?:ed)? for|told|tell|said|say|stress|emphasi[sz]|insist)\p{L}*)(?!\p{L})/u;
const MATTER_RU =
  /(?<!\p{L})(?:насчет|насчёт|по поводу|про|о|об|обо|чтобы|и (?:потребовал|призвал|попросил|обсудил|обсуждал|сказал|говорил|настаивал)\p{L}*)(?!\p{L})/u;
/** A topic named before "(putin|he) (this) with X talked" in Russian, beyond particles: «а прекращение огня он с …». */
const LEAD_RU = /^((?:[\p{L}-]+ )*?)(?:путин|он) (?:это )?с(?:о)? /u;
const PARTICLES_RU = new Set([
  "а",
  "и",
  "так",
  "значит",
  "ну",
  "вот",
  "же",
  "ведь",
  "разве",
  "правда",
  "ли",
  "что",
  "это",
  "скажи",
  "слушай",
  "кстати",
]);
/** A verb that takes what was discussed as its object: «обсуждал с X что-то». */
const DISCUSS_VERB_RU = /(?<!\p{L})(?:обсуждал|обсудил)\p{L}*(?!\p{L})/u;
/** An office before the country it belongs to («президенту израиля»): the country is part of the party. */
const OFFICE_RU = /^(?:президент|премьер|лидер|глав|канцлер|корол|министр)\p{L}*/u;
/** Words after the party that name no matter: the phone, "too", "ever", a tag. */
const BESIDE_RU = new Set(
  "по телефону телефонной связи тоже также еще вообще ли да верно правда же ведь лично хоть раз когда-нибудь недавно уже или нет".split(
    " ",
  ),
);

/** Talk of a matter with the party, by the verb itself ("discussed X with", «обсуждал X с»): not "anything". */
const DISCUSSED_EN =
  /(?<!\p{L})(?:discuss(?:ed)?|talk(?:ed)? about|sp(?:o|ea)ke? about|chat(?:ted)? about|go over|went over|bring up|brought up|raise[sd]?) (?!(?:anything|something|stuff|things)(?!\p{L}))[\p{L} '-]{2,60}? with /u;
const DISCUSSED_RU =
  /(?<!\p{L})(?:обсуждал|обсудил|говорил о|говорил об|говорил про)\p{L}* (?!(?:что-нибудь|что-то|чего-нибудь)(?!\p{L}))[\p{L} -]{2,40}? с(?:о)? /u;

/**
 * Whether a question about a call with `party` (as typed in `text`) names what the call was about: then it is
 * the reported call asked with a wrong party (No), not a bare "did he call X?" (doesn't say).
 */
export function callMatterAsked(text: string, party: string | null, lang: "en" | "ru"): boolean {
  // Without the party as typed (the engine's wrong-party slot), the whole question is read.
  const at = party === null ? 0 : text.lastIndexOf(party);
  const after = at < 0 ? "" : text.slice(at);
  if (lang === "ru") {
    const afterParty = party === null ? after : after.slice(after.indexOf(" ") + 1 || after.length);
    if (DISCUSSED_RU.test(text) || MATTER_RU.test(afterParty)) return true;
    // «путин обсуждал с байденом прекращение огня?»: what was discussed, after the party (not "по телефону").
    const rest = afterParty.split(" ").filter((_w, i) => !(i === 0 && OFFICE_RU.test(party ?? "")));
    if (DISCUSS_VERB_RU.test(text) && rest.some((w) => w.length > 2 && !BESIDE_RU.has(w))) return true;
    const lead = LEAD_RU.exec(text)?.[1] ?? "";
    return lead
      .split(" ")
      .filter(Boolean)
      .some((w) => !PARTICLES_RU.has(w));
  }
  return DISCUSSED_EN.test(text) || MATTER_EN.test(after);
}
