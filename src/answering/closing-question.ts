// A long English message whose real question closes it, read from that question (message-reading.ts):
// - a closing question with words of its own ("…I only skimmed it before a meeting. Who was on the call and what did
//   Putin push for?"), even with one short remark after it ("…? I want to explain it to her properly."): read whole,
//   the message's story drew another entry ("what Putin wants") or none;
// - a closing question that asks nothing by itself, its matter in the story before it: a dispute settled ("my
//   friend insists Putin said nothing about the dead … I'm sure he did. Who's right?": the claim disputed, asked as
//   "is it true that …", the friend's first, then the asker's), or a plea to be reminded ("my teacher mentioned some
//   group … I forgot who the others were. Can you remind me?": what was forgotten, asked of what was mentioned), or
//   who said what the story reports ("…the Kremlin said it wants to help… Who was it and what was the message?":
//   who in the Kremlin said it).
// Fewer than STORY_WORDS words is a question with a lead-in, left to the readers.
import { singleSpaced } from "../lib/single-spaced.js";
import { letteredWordCount } from "../lib/word-count.js";

const STORY_WORDS = 25;
/** A closing question this short says too little by itself ("why?"): it needs words of its own. */
const MIN_QUESTION_WORDS = 4;
/** A remark after the closing question longer than this is more story, not an afterthought. */
const LONGEST_AFTERTHOUGHT = 14;

/** A sentence that asks though it has no question mark ("what does the piece say about that, did he…"). */
const ASKS =
  /^(?:(?:so|and|but|ok|okay|then|now|well|also)[, ]+)*(?:who|whom|whose|what|which|why|when|where|how|is|are|was|were|do|does|did|has|have|can|could|will|would|should|isn'?t|doesn'?t|didn'?t)(?!\p{L})/iu;

const wordsIn = letteredWordCount;

/**
 * A request closing the message, put to the bot without a question mark ("Walk me through how the article says…",
 * "Explain what the piece says about…"): the message's question, not an afterthought; the sentences before it, a
 * rhetorical question among them ("…and now they want to be the peacemaker?"), are the asker's story.
 */
const REQUEST =
  /^(?:(?:so|and|but|ok|okay|well|now|just|please|still)[, ]+)*(?:walk me through|talk me through|take me through|explain(?: to me)?|tell me|show me|spell out|lay out|help me understand|break down|clarify|describe)\s+(?:how|what|why|where|who|whether|which|the|this|it)\b/iu;

/** The message's sentences, each with its closing mark. */
function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?…]+(?:[.!?…]+|$)/gu) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * A question that settles a dispute: "who's right?", "which of us is correct?", "am I wrong?", "who's right going by
 * the article?"; also with its last word taken off as a tag ("who's?": the dialogue layer reads "right?" as one).
 */
const WHO_IS_RIGHT =
  /^(?:(?:so|and|but|ok|okay|well|now)[, ]+)*(?:who'?s|who is|who was|which (?:one )?of us is|which of us was|who of us is|is (?:he|she|my \p{L}+) |am i|are we)\s*(?:(?:right|correct|wrong)(?: here| then| now| about (?:this|that|it))?)?(?:,? (?:according to|going by|based on|by) (?:this|the) (?:article|text|story|piece|report))?\s*\?$/iu;
/** "which of them does the article side with?", "who does the piece agree with?", "which of the two is right?" */
const WHO_IS_RIGHT_BY_TEXT =
  /^(?:(?:so|and|but|ok|okay|well|now)[, ]+)*(?:(?:which|who)(?: one)?(?: of (?:them|us|the two|those two|the(?:se)? two))? (?:does|do) (?:the|this) (?:article|text|story|piece|report) (?:side with|agree with|back|support|prove right)|which (?:one )?of (?:them|the two|those two|these two) (?:is|was) (?:right|correct|closer(?: to the truth)?)(?:,? (?:according to|going by|based on|by) (?:this|the) (?:article|text|story|piece|report))?)\s*\?$/iu;
/** A plea to be reminded or helped, with no matter of its own: "can you remind me?", "could you refresh my memory?". */
const REMIND_ME =
  /^(?:(?:so|and|but|ok|okay|well)[, ]+)*(?:(?:can|could|would|will) you (?:please )?(?:remind me|refresh my memory|help(?: me)?(?: out)?|fill me in|jog my memory|tell me)|any (?:idea|help)s?|help)(?: please| pls)?\s*\?$/iu;

/**
 * Who said something the story reports, with nothing of its own: "Who was it and what was the message?", "which
 * official was it?", "can you tell me who said it and what he actually said?".
 */
const WHO_SAID_IT =
  /^(?:(?:so|and|but|ok|okay|well|now)[, ]+)*(?:(?:can|could|would) you (?:please )?tell me )?(?:who|which (?:person|official|one|guy|man|woman|spokesman|spokesperson|politician)) (?:was it|was that|said (?:it|that|this)|did (?:it|that)|is it)(?: exactly)?(?:,? and what (?:was|is|were) (?:the|his|her|their) (?:message|point|statement|words|quote)| and what (?:exactly |actually )?(?:did |does )?(?:he|she|they) (?:actually |really |exactly )?(?:say|said)(?: exactly)?(?: [^?]{1,40})?)?\s*\?$/iu;

export interface ClosingQuestion {
  /** The question read alone. */
  question: string;
  /** Whether it asks nothing by itself (its matter is in the story before it). */
  bare: boolean;
  /** The sentences before it. */
  story: string[];
}

/** The plea put first, the story after a comma ("can you remind me, my teacher mentioned…"). */
const PLEA_FIRST =
  /^(?:(?:so|and|but|ok|okay|well)[, ]+)*(?:can|could|would|will) you (?:please )?(?:remind me|refresh my memory|help(?: me)?(?: out)?|fill me in|jog my memory)(?: please| pls)?\s*[,:;–—-]\s*/iu;

/** The question closing a long message (one short remark may follow it), or null. */
export function closingQuestionOf(message: string): ClosingQuestion | null {
  const text = singleSpaced(message).trim();
  if (wordsIn(text) < STORY_WORDS) return null;
  const plea = PLEA_FIRST.exec(text);
  if (plea)
    return {
      question: `${plea[0].replace(/[\s,:;–—-]+$/u, "")}?`,
      bare: true,
      story: sentencesOf(text.slice(plea[0].length)),
    };
  const sentences = sentencesOf(text);
  let at = sentences.length - 1;
  const last = sentences[at];
  const request = last !== undefined && REQUEST.test(last);
  if (
    last !== undefined &&
    !request &&
    !last.endsWith("?") &&
    !ASKS.test(last) &&
    wordsIn(last) <= LONGEST_AFTERTHOUGHT
  )
    at--;
  const question = sentences[at];
  if (question === undefined || at < 1 || !(question.endsWith("?") || request)) return null;
  const story = sentences.slice(0, at);
  const bare = settlesDispute(question) || REMIND_ME.test(question) || WHO_SAID_IT.test(question);
  if (!bare && (wordsIn(question) < MIN_QUESTION_WORDS || wordsIn(question) * 2 > wordsIn(text))) return null;
  return { question, bare, story };
}

/** A verb reporting someone's claim, the claim after it. */
const CLAIMS =
  /(?<!\p{L})(?:insists?|insisted|says?|said|claims?|claimed|thinks?|thought|reckons?|believes?|believed|(?:argues?|argued)(?= that)|swears?|swore|keeps? (?:telling (?:me|us|everyone)|saying|going on about how)|is convinced|was convinced|maintains?)(?: that)? (?<claim>[^;]+?)\s*[.!?…]*$/iu;
/** The asker's own side: "I'm pretty sure he did mention civilians", "I think he mentioned both". */
const OWN_SIDE =
  /(?<!\p{L})(?:i'?m (?:pretty |quite |fairly |almost )?(?:sure|certain|convinced)|i am (?:pretty |quite |fairly )?(?:sure|certain|convinced)|i (?:think|thought|believe|reckon|remember|recall))(?: that)? (?<claim>[^;]+?)\s*[.!?…]*$/iu;

/** What a dispute before "who's right?" is about, as yes/no questions: the other side's claim first, then the asker's. */
function disputedClaims(story: string[]): string[] {
  const out: string[] = [];
  const own: string[] = [];
  for (const sentence of story) {
    // Each clause on its own: "He says Putin only cared about Israel…, I think he mentioned both places".
    // And each side's claim apart: "my uncle says X, and my cousin says Y", "…X, while my mum thinks Y".
    for (const clause of sentence.split(CLAUSES)) {
      const mine = OWN_SIDE.exec(clause)?.groups?.claim;
      if (mine) {
        own.push(`is it true that ${mine}?`);
        continue;
      }
      const theirs = CLAIMS.exec(clause)?.groups?.claim;
      if (theirs) out.push(`is it true that ${theirs}?`);
    }
  }
  const claims = [...out, ...own];
  // Two claims putting Russia on opposite sides ("russia is on hamas's side" / "russia loves israel"): the article's
  // answer is Russia's ties with both, asked first.
  const all = claims.join(" ");
  return RUSSIA.test(all) && SIDING.test(all) && ISRAELI_SIDE.test(all) && PALESTINIAN_SIDE.test(all)
    ? ["what are russia's ties with both sides?", ...claims]
    : claims;
}

/** Where one claim ends and the next begins inside a sentence. */
const CLAUSES =
  /,\s+(?=i (?:think|believe|reckon|am|'m)\b)|\s+but\s+|,?\s+(?:and|while|whereas|whilst)\s+(?=(?:my|his|her|our|their|the|a|an|some|this|that)\s+(?:[\p{L}'-]+\s+){0,3}?(?:says?|said|insists?|insisted|thinks?|thought|reckons?|claims?|claimed|believes?|swears?|swore|is convinced|keeps? saying)\b)/iu;
/** Words of taking a side or being close to one ("on hamas's side", "backs", "loves israel", "pals with"). */
const SIDING =
  /(?<!\p{L})(?:sides?|siding|sided|backs?|backing|backed|supports?|supporting|loves?|likes?|friends?|friendly|pals|close to|allied|allies|ally|ties|in bed with|favou?rs?|on (?:the )?(?:\p{L}+'?s? )?team)(?!\p{L})/iu;
const RUSSIA = /(?<!\p{L})(?:russia|russians?|moscow|kremlin|putin)(?!\p{L})/iu;
const ISRAELI_SIDE = /(?<!\p{L})(?:israel|israelis?|israeli|jews|jewish|netanyahu|tel aviv)(?!\p{L})/iu;
const PALESTINIAN_SIDE = /(?<!\p{L})(?:hamas|palestin\p{L}*|gaza)(?!\p{L})/iu;

/** A closing question that asks who of the disputing people is right. */
function settlesDispute(question: string): boolean {
  return WHO_IS_RIGHT.test(question) || WHO_IS_RIGHT_BY_TEXT.test(question);
}

/** Forgetting what is asked: "I forgot who the others were", "I can't recall the other members". */
const FORGOT =
  /(?<!\p{L})(?:forgot|forget|forgotten|can'?t (?:recall|remember)|cannot (?:recall|remember)|don'?t (?:recall|remember)|do not (?:recall|remember)|have no idea|lost track of)\s+(?<asked>[^.;!?]+)/iu;
/** Where a thing is mentioned in the story: "my teacher mentioned some group …", "the professor talked about …". */
const MENTIONED =
  /(?<!\p{L})(?:mentioned|talked about|spoke about|brought up|told (?:us|me) about|said something about|referred to|went on about|discussed)\s+(?<topic>[^.;!?]+)/iu;
/** A description after a thing named, which only tells which thing it is ("… that was supposed to help …"). */
const DESCRIPTION =
  /,?\s+(?:(?:that|which|who)\s+(?:was|were|is|are|had been)\s+(?:supposed|meant|set up|formed|created|designed|there)|(?:formed|set up|created|designed|meant|supposed)\s+(?:so|to|in order))\b.*$/iu;
/** "who the others were" -> "who were the others": an indirect question made direct. */
const INDIRECT =
  /^(?<wh>who|what|which|where|why|how|when)\s+(?<subject>.+?)\s+(?<verb>was|were|is|are)(?<tail>\s+\p{L}+)?$/iu;

/** Each forgotten thing asked of what the story mentions ("the quartet. who were the others?"), first named first. */
function forgottenAsked(story: string[]): string[] {
  const at = story.findIndex((s) => FORGOT.test(s));
  if (at < 0) return [];
  const where = story.slice(0, at + 1).findLastIndex((s) => MENTIONED.test(s));
  if (where < 0) return [];
  const topic = MENTIONED.exec(story[where]!)!.groups!.topic!;
  const named = topic.replace(DESCRIPTION, "").replace(/,?\s+but\s+.*$/iu, "");
  // What the forgetting sentence says first ("I remember Russia was in it but…"), unless it is the mention itself.
  const before =
    where === at ? "" : story[at]!.slice(0, story[at]!.search(FORGOT)).replace(/\b(?:but|and)\s+i\s*$/iu, "");
  const asked = FORGOT.exec(story[at]!)!.groups!.asked!;
  return asked
    .split(/\s+and\s+(?:even\s+|also\s+)?(?=(?:who|what|which|where|why|how|when)\b)/iu)
    .map((part) => {
      const m = INDIRECT.exec(part.trim());
      const direct = m?.groups
        ? `${m.groups.wh} ${m.groups.verb} ${m.groups.subject}${m.groups.tail ?? ""}`
        : part;
      // "who the rest were": the rest of a group named before it, its other members.
      const members = direct.replace(/\b(?:the\s+)?(?:rest|others|other\s+ones)\b/iu, "the other members");
      return `${named}. ${before.trim()} ${members.trim()}?`.replace(/\s+/g, " ");
    });
}

/** Someone of Russia's side saying something, in the story: "the Kremlin said it wants to help…", "someone in Moscow
 * promised Russia would…". */
const REPORTED =
  /(?<!\p{L})(?<who>(?:an? |some |the )(?:kremlin|russian|moscow) (?:guy|man|official|spokesman|spokesperson|person|figure|source|insider)|(?:the |some |an? )?(?:kremlin|moscow|russia|russians|russian (?:government|side|officials?|leadership)|someone|somebody|some (?:official|guy|person|man|spokesman)|an? (?:russian |kremlin )?(?:official|spokesman|spokesperson))(?: (?:in|at|from) (?:the )?(?:kremlin|moscow|russia))?) (?:say|said|says|saying|claimed|claims|claiming|promised|promises|promising|swore|swears|announced|announces|announcing|stated|states|insisted|insists)(?: that)? (?<claim>[^.;!?,]+)/iu;
/** Where in Russia the speaker was, for "who in … said": the Kremlin unless the story names Moscow or Russia. */
const PLACE = /\b(?:kremlin|moscow|russia)\b/iu;

/** Who said what the story reports Russia's side saying: "who in the kremlin said <claim>", the claim's "it" its sayer. */
function reportedAsked(story: string[]): string[] {
  for (const sentence of story) {
    const m = REPORTED.exec(sentence);
    if (!m?.groups?.who || !m.groups.claim) continue;
    const place = PLACE.exec(m.groups.who)?.[0]?.toLowerCase() ?? "kremlin";
    // "the whole war": "whole" asks for the whole story elsewhere; here it only stresses.
    const claim = m.groups.claim.replace(/\b(?:whole|entire)\s+/giu, "").trim();
    return [`who in the ${place} said ${claim}?`.replace("the russia", "russia"), `who said ${claim}?`];
  }
  return [];
}

/** The questions a bare closing question asks of its story, surest first. */
export function storyAsks({ question, story }: ClosingQuestion): string[] {
  if (settlesDispute(question)) return disputedClaims(story);
  if (WHO_SAID_IT.test(question)) return reportedAsked(story);
  return forgottenAsked(story);
}
