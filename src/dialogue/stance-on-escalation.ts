// Kind (dialog40, d104-14): "Could you summarise Russia's position on the current escalation?", "what's moscow's
// stance on the ongoing crisis?", «какова позиция России по поводу нынешнего обострения?» — Russia's stance asked of
// the conflict by a word for its present state (escalation, crisis, flare-up). The engine took "escalat" for the
// card of the feared spread ("as the violence escalates…") or could not choose; the stance is Russia's position on
// the conflict, so the matter is put so ("… on the conflict", «… по конфликту»). conflict-named.ts does the same for
// the conflict named by its parties ("the israel thing"). Text in, text out.

const HOLDER_EN =
  /(?<!\p{L})(?:russia|russias|russia's|moscow|moscows|moscow's|kremlin|kremlins|kremlin's|russian government's|russian side's)(?!\p{L})/iu;
const STANCE_EN =
  /(?<!\p{L})(?:position|positions|stance|view|views|take|opinion|attitude|stand|line)(?!\p{L})/iu;
const STATE_EN =
  "(?:escalation|crisis|situation|flare-?up|flare up|surge in violence|latest violence|upsurge|developments|events)";
const MATTER_EN = new RegExp(
  `(?<=(?<!\\p{L})(?:on|about|of|over|towards?|regarding|concerning|re) )(?:all )?(?:the |this |that )?(?:(?:current|latest|ongoing|recent|present|new|renewed|whole|entire|growing|escalating)[ ,]+){0,2}${STATE_EN}(?!\\p{L})`,
  "iu",
);

const HOLDER_RU =
  /(?<!\p{L})(?:росси\p{L}*|кремл\p{L}*|москв\p{L}*|российск\p{L}* (?:власт|сторон)\p{L}*)(?!\p{L})/iu;
const STANCE_RU =
  /(?<!\p{L})(?:позици\p{L}*|мнени\p{L}*|точк\p{L}* зрения|отношени\p{L}*|взгляд\p{L}*)(?!\p{L})/iu;
const MATTER_RU =
  /(?<!\p{L})(?:по поводу|в связи с|относительно|насч[её]т|по отношению к|по|к|на)\s+(?:(?:нынешн|текущ|последн|продолжающ|нов|усиливающ|растущ)\p{L}*\s+){0,2}(?:эскалаци|обострени|кризис|ситуаци|событи)\p{L}*(?!\p{L})/iu;

/** The message with Russia's stance on the conflict's present state put as its stance on the conflict, else null. */
export function stanceOnEscalationOf(text: string): string | null {
  if (text.length > 200) return null;
  if (HOLDER_EN.test(text) && STANCE_EN.test(text) && MATTER_EN.test(text))
    return text.replace(MATTER_EN, "the conflict");
  if (HOLDER_RU.test(text) && STANCE_RU.test(text) && MATTER_RU.test(text))
    return text.replace(MATTER_RU, "по конфликту");
  return null;
}
