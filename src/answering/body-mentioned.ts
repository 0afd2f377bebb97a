// Whether the article mentions one of the Quartet's other members, the European Union or the United Nations ("was
// the EU mentioned anywhere in the article", "does the story name the united nations at all"): the article names
// them once, as members of the Quartet beside Russia (quartet-members); so is whether the body is involved at all. Read as typed, the body's name drew what
// other governments said, which the article does not report (refused). A body asked to have said or reacted ("did
// the eu say anything", "what did the un think") is that entry's and is left as typed.

const BODY = /\b(the\s+eu|eu|european\s+union|the\s+un|united\s+nations)\b/i;
const MENTIONED =
  /\b(?:mention\w*|named|names|appear\w*|come\s+up|came\s+up|comes\s+up|feature[ds]?|refer(?:red|s)?\s+to|show\s+up|shows\s+up|showed\s+up|in\s+the\s+(?:article|story|piece|text))\b/i;
/**
 * The body's part in the story asked vaguely: "is the eu involved somehow", "is the un mixed up in it at all", "does
 * the european union have any part in this", "does the un play a role" (wave AN), "what role does the UN play here"
 * (dialogues58's kind): its one part is the Quartet.
 */
const INVOLVED =
  /\b(?:involved|implicated|mixed\s+up|caught\s+up|part\s+of\s+(?:it|this|that|the\s+(?:story|picture|process))|(?:have|has|had|play|plays|played)\s+(?:any|a|some)\s+(?:part|role|say|hand|stake|involvement)|(?:in|into)\s+the\s+picture|at\s+play|(?:role|part)\s+(?:does|do|did)\s+(?:the\s+)?(?:un|eu|european\s+union|united\s+nations)\s+(?:play|have))\b/i;
const VOICED =
  /\b(?:say|says|said|think|thinks|thought|react\w*|respond\w*|view\w*|position|stance|statement|comment\w*)\b/i;

/** The question read as which bodies the Quartet holds (where the article names them), or as it came. */
export function asBodyMentioned(text: string): string {
  if (text.length > 200) return text;
  const body = BODY.exec(text);
  if (!body?.[1] || VOICED.test(text)) return text;
  // The mention is of the body: within a few words of its name ("someone mentioned erdogan, so is turkey joining the
  // eu" asks about Turkey, not whether the EU is named).
  const near = text.slice(Math.max(0, body.index - 40), body.index + body[0].length + 40);
  if (!MENTIONED.test(near) && !INVOLVED.test(near)) return text;
  return `is ${body[1].replace(/^the\s+/i, "the ")} in the quartet`;
}
