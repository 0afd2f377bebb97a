// The Quartet described, not named: "in what framework has russia taken part in israeli-palestinian diplomacy,
// formally speaking?", "what is the group of four mediators?", "is russia in the international mediators' group?"
// (wave BY, quality49). The article names one such body, "the Quartet formed to facilitate Israeli-Palestinian
// negotiations" of the US, the UN, the EU and Russia; the asker's "framework", "format", "mechanism", "forum" were
// words the knowledge base does not know, and the question stayed unsure between Russia's entries.
// Two shapes: a body of four mediators named by description ("the group of four mediators", "a four-party format",
// "the international mediators' group") is read as "the Quartet"; "in what framework/format/forum/body has Russia
// taken part / been involved / participated (in the diplomacy / talks / peace process)" is read as "which group has
// Russia been part of?". A group of four asked without mediation ("the group of four countries in the article")
// and another body named ("the UN Security Council") are left as typed.

/** A mediators' body of four, described: "the group of four (international) mediators", "a four-party format". */
const BODY = String.raw`(?:group(?:ing)?|body|forum|format|mechanism|framework|club|panel|coalition|contact\s+group|setup|arrangement)`;
const FOUR_MEDIATORS = new RegExp(
  String.raw`(?<!\p{L})(?:the\s+|a\s+|an\s+)?(?:${BODY}\s+of\s+(?:the\s+)?(?:four|4)\s+(?:international\s+|global\s+|world\s+|outside\s+|major\s+)?(?:mediators?|powers|sponsors|brokers|peace\s*makers)|(?:four|4)-?(?:party|way|power|member|nation)\s+(?:mediation\s+|mediators'?\s+|peace\s+)?${BODY}|(?:international|global|world)\s+mediators'?\s+${BODY}|mediators'\s+${BODY})(?!\p{L})`,
  "giu",
);

/** "in what/which framework … has russia taken part / been involved / participated …". */
const FRAMEWORK_ASKED = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+)?(?:(?:formally|officially|technically)(?:\s+speaking)?,?\s+)?(?:(?:in|through|within|under)\s+)?(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:international\s+|formal\s+|official\s+|diplomatic\s+)?${BODY}\s+(?:has|have|did|does|is|was)\s+(?:russia|moscow|the\s+kremlin|the\s+russians)\s+(?:(?:formally|officially)\s+)?(?:taken\s+part|take\s+part|took\s+part|been\s+involved(?!\s+with)|involved(?!\s+with)|participated|participate|been\s+engaged|engaged|been\s+active|been\s+(?:a\s+)?(?:part|member)\s+of|(?:a\s+)?(?:part|member)\s+of|belonged\s+to|belong\s+to|joined|sat\s+(?:in|on))(?!\p{L})`,
  "iu",
);

/** The question with the Quartet named where it was described, or as it came. */
export function asQuartetDescribed(text: string): string {
  if (text.length > 240 || /quartet/i.test(text)) return text;
  if (FRAMEWORK_ASKED.test(text)) return "Which group has Russia been part of?";
  FOUR_MEDIATORS.lastIndex = 0;
  if (!FOUR_MEDIATORS.test(text)) return text;
  FOUR_MEDIATORS.lastIndex = 0;
  return text.replace(FOUR_MEDIATORS, "the Quartet");
}
