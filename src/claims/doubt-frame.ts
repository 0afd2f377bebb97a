// A claim asked as a question of doubt: "did putin really say <words>??", "Does Peskov actually believe that …?",
// "is it true that <words>", "правда ли, что …", "действительно ли Путин сказал, что …". The doubt is an
// attribution frame like "X said that": it asks whether the words are someone's (or the article's), it adds none of
// its own. Read as it stood, "did … really say" was no frame the parser knew, so a span of the article word for word
// was judged a paraphrase. "did X (really) say …" is read as "X said that …", "is it true that …" as the statement
// alone; the statement is then judged as any other (an altered one stays altered). A negated question ("didn't
// Putin say …") and one with no statement after the frame are kept as typed.
// Every regular expression is bounded: a 4096-character message is read in linear time.
import { lean } from "../lib/lean-regexp.js";

/** "did/does/has NAME (really) say|believe … (that)": the name (1-5 words), the verb and the statement. */
const DID_SAY = lean(
  /^\s*(?:(?:so|wait|but|and|ok|okay|hm+|um+),?\s+)?(did|does|do|has|have)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:(?:really|actually|truly|ever|honestly|seriously)\s+)?(say|said|claim|claimed|state|stated|write|written|believe|think|argue|argued|suggest|suggested|declare|declared)\s+(?:that\s+)?(\S[^\n]{0,4000}?)\s*[?!.]*\s*$/iu,
);

/** "is it (really) true/right/correct (to say) that …", "it is true that …?", "is the claim true that …". */
const IS_IT_TRUE = lean(
  /^\s*(?:(?:so|wait|but|and|ok|okay),?\s+)?(?:is\s+it\s+(?:really\s+|actually\s+)?(?:true|right|correct|a\s+fact|the\s+case)|it\s+is\s+true)\s+(?:to\s+say\s+)?(?:that\s+)?(\S[^\n]{0,4000}?)\s*[?!.]*\s*$/iu,
);

/**
 * "so they actually wrote that …?", "did they really write that …??": "they" who write or report are the
 * article's writers, who name no speaker of their own: the statement alone, as after "is it true that".
 */
const THEY_WROTE = lean(
  /^\s*(?:(?:so|wait|but|and|ok|okay),?\s+)?(?:(?:did|do|have)\s+they\s+(?:(?:really|actually|truly|honestly|seriously)\s+)?(?:write|written|report|reported|print|printed|publish|published)|they\s+(?:(?:really|actually|truly|honestly|seriously)\s+)?(?:wrote|write|reported|printed|published))\s+(?:that\s+)?(\S[^\n]{0,4000}?)\s*[?!.]*\s*$/iu,
);

/**
 * "правда ли, что …", "верно ли, что …", "неужели …", "действительно ли …, что": the statement after it; (claims36)
 * the chat «правда что …?» without «ли» too (its lower-case speaker was read as an actor swapped, not misattributed).
 */
const RU_TRUE = lean(
  /^\s*(?:(?:это\s+)?(?:правда|верно|действительно|на\s+самом\s+деле)\s+ли,?\s*(?:что\s+)?|(?:а\s+)?(?:это\s+)?(?:правда|верно),?\s*что\s+|неужели\s+)(\S[^\n]{0,4000}?)\s*[?!.]*\s*$/iu,
);

/** The verb of the question as a plain frame's: the past after "did/has", the present after "does". */
const SAYING: Readonly<Record<string, readonly [string, string]>> = {
  say: ["said", "says"],
  said: ["said", "says"],
  claim: ["claimed", "claims"],
  claimed: ["claimed", "claims"],
  state: ["stated", "states"],
  stated: ["stated", "states"],
  write: ["wrote", "writes"],
  written: ["wrote", "writes"],
  argue: ["argued", "argues"],
  argued: ["argued", "argues"],
  suggest: ["suggested", "suggests"],
  suggested: ["suggested", "suggests"],
  declare: ["declared", "declares"],
  declared: ["declared", "declares"],
  believe: ["believed", "believes"],
  think: ["thought", "thinks"],
};

/** Words that cannot open a name in "did NAME say": a pronoun asks about someone the claim does not name. */
const NOT_A_NAME = lean(/^(?:you|i|we|they|he|she|it|anyone|someone|anybody|somebody|not|n't|that|this)$/iu);

/** The claim with its question of doubt read as a plain statement; the text as it came otherwise. */
export function withoutDoubtFrame(text: string): string {
  const ru = RU_TRUE.exec(text);
  if (ru) return enough(ru[1]!) ? ru[1]! : text;
  const isTrue = IS_IT_TRUE.exec(text) ?? THEY_WROTE.exec(text);
  if (isTrue) return enough(isTrue[1]!) ? isTrue[1]! : text;
  const did = DID_SAY.exec(text);
  if (!did) return text;
  const [, aux, name, verb, statement] = did;
  if (!enough(statement!) || NOT_A_NAME.test(name!.split(/\s+/u)[0]!)) return text;
  const [past, present] = SAYING[verb!.toLowerCase()]!;
  // "has Putin said …": the perfect reads as the past; "does Putin believe …": the present stays the present.
  const form = /^(?:does|do)$/iu.test(aux!) ? present : past;
  return `${name} ${form} that ${statement}`;
}

/** A statement of three words at least: anything shorter is no claim to read. */
function enough(statement: string): boolean {
  return statement.trim().split(/\s+/u).length >= 3;
}
