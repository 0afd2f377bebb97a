// Kind: "left X out" / "leave out X" for the article's "overlooked the aspirations of Palestinians" and "failure to
// address the interests of Palestinians" ("Does Putin think the US left the Palestinians out?", blind98, quality48;
// "did washington leave out the palestinians?", "were the palestinians left out of the picture?"). "leave" is a
// word of its own to the lexicon (leaving a place): split round its object, the phrasal verb was read as a contrary
// stance (left / address) and the dialogue said No. Read as the lexicon's "ignored" (the synonyms' overlook group),
// in the asker's tense. "left out of the talks / the process / the Quartet" names what someone was kept out of, a
// question of its own, and stays as typed; so does any "left" that is no "left … out" ("the US left the region").
// Putin's own omission is asked in the same words ("why did he leave it out", "does it point out anything putin left
// out?", "what did putin leave out of his remarks"): a pronoun or "anything" as the object, or a bare "left out" at
// the end of a clause with no passive before it (what someone left out), stays as typed for the omission readers;
// so does any "leave out" whose subject is one of the article's voices or the article ("did putin leave out russia's
// own part?": what he makes no mention of, dialog31's omission reader — Yes where the article says so).

const FORMS: Record<string, string> = {
  left: "ignored",
  leave: "ignore",
  leaves: "ignores",
  leaving: "ignoring",
};

/** An object of one to four words: a pronoun or a noun phrase, no clause ("out" must close it). */
const OBJECT = String.raw`(?:(?:the|those|these|all|any|their|its|his|her)\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}`;

/** What the object was left out of, when it is only "it" or the picture: no other place named. */
const OUT_OF_NOTHING = String.raw`(?:\s+(?:of\s+(?:it|this|that|the\s+picture|the\s+equation|the\s+loop|consideration|the\s+conversation|everything)|in\s+the\s+cold|altogether|entirely|completely))?`;

/** "left the palestinians out (of it)": the object between verb and particle. */
const SPLIT = new RegExp(
  String.raw`(?<![\p{L}-])(left|leave|leaves|leaving)\s+(${OBJECT})\s+out${OUT_OF_NOTHING}(?![\p{L}-])(?!\s+of\s)`,
  "giu",
);

/** "left out the palestinians", "were the palestinians left out (of the picture)": the particle joined. */
const JOINED = new RegExp(
  String.raw`(?<![\p{L}-])(left|leave|leaves|leaving)\s+out${OUT_OF_NOTHING}(?![\p{L}-])(?!\s+of\s)`,
  "giu",
);

/** A pronoun or an indefinite as the object: what someone omitted, not a party overlooked. */
const VAGUE_OBJECT =
  /^(?:it|this|that|anything|something|everything|nothing|what|much|some|any|stuff|things?|details?|parts?)(?![\p{L}'-])/iu;

/** A passive before a bare "left out" ("were the palestinians left out", "palestinians feel left out"). */
const PASSIVE_BEFORE =
  /(?<!\p{L})(?:was|were|is|are|been|being|be|get|gets|got|getting|feel|feels|felt)(?:\s+[\p{L}'-]+){0,4}\s+$/iu;

/** One of the article's voices, or the article, as the subject just before the verb: an omission in its words. */
const VOICE_SUBJECT =
  /(?<!\p{L})(?:putin|vladimir putin|the russian (?:president|leader)|he|she|peskov|the kremlin|kremlin|the (?:russian )?foreign ministry|the ministry|the article|the author|the text|the story)(?:\s+(?:not|never|really|also|just|even|actually|ever))*\s+$/iu;

/** The asker's "left X out" as "ignored X", in the same tense; unchanged when there is none. */
export function withLeftOutAsIgnored(text: string): string {
  if (text.length > 240 || !/(?<!\p{L})(?:left|leave|leaves|leaving)(?!\p{L})/iu.test(text)) return text;
  const joined = text.replace(JOINED, (m, verb: string, at: number, whole: string) => {
    if (VOICE_SUBJECT.test(whole.slice(0, at))) return m;
    const after = whole.slice(at + m.length).replace(/^[\s,]+/u, "");
    const objectless = after.length === 0 || /^[?!.;:]/u.test(after);
    if (objectless ? !PASSIVE_BEFORE.test(whole.slice(0, at)) : VAGUE_OBJECT.test(after)) return m;
    return FORMS[verb.toLowerCase()] ?? verb;
  });
  return joined.replace(SPLIT, (m, verb: string, object: string, at: number, whole: string) => {
    if (VOICE_SUBJECT.test(whole.slice(0, at))) return m;
    // "out" must be the particle, not "out" of a word like "without": the object holds no verb of its own.
    if (/(?<!\p{L})(?:and|or|to|that|which|who|with|without|for)(?!\p{L})/iu.test(object)) return m;
    if (VAGUE_OBJECT.test(object)) return m;
    return `${FORMS[verb.toLowerCase()] ?? verb} ${object}`;
  });
}
