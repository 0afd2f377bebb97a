// A reaction asked of a party the article never quotes ("how did israel react to russia offering to mediate", "has
// hamas responded to putin?", "did israel welcome russia's offer to mediate?"): read as "how did <party> react", so
// the party's missing reply (a curated gap) is what answers. Read as typed, what was reacted to ("mediate", "the
// call") outweighed the reply asked, and "what did the White House say?" found Putin's words on the US, and the entry about Moscow's offer or the call answered as if the party had
// spoken. Only parties with no words of their own and a gap of their own stand here (not "the palestinians": no
// gap is theirs but Hamas's): Russia's voices did react (Putin's
// concern), so "how did putin react to the violence" stays as typed.
import { leanRegExp } from "../lib/lean-regexp.js";

/** Parties the article names but never quotes. */
const PARTY =
  "(?:the\\s+)?(?:israel|israelis|israeli\\s+(?:government|officials|leadership|side)|hamas|us|usa|u\\.s\\.|united\\s+states|america|washington|white\\s+house|americans|turkey|ankara|erdogan|turkish\\s+(?:leader|president|side))";

/** A verb of replying, in the forms a question puts after its auxiliary. */
const REPLY_VERB =
  "(?:(?:react|respond|reply|answer|welcome|accept|reject|take|receive|view)(?:ed|s|d)?|say\\s+(?:back|in\\s+(?:reply|response)))";

/** "how did X react to …", "has X responded to …", "did X welcome …", "what did X say back/in reply to …". */
const REACTION = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:how\\s+|what\\s+)?(?:did|has|have|does|do)\\s+(${PARTY})\\s+(?:even\\s+|ever\\s+|already\\s+)?${REPLY_VERB}\\s+(?:to\\s+)?(?:russia|moscow|the\\s+kremlin|kremlin|putin|peskov|the\\s+russian|russian|this|that|the\\s+(?:offer|call|proposal|criticism|idea))\\b`,
  "i",
);

/** "what was X's response/reaction to …". */
const REACTION_NOUN = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?what\\s+(?:was|is|were)\\s+(${PARTY})(?:'s|s'|’s)\\s+(?:response|reaction|reply|answer)\\s+to\\s+(?:russia|moscow|the\\s+kremlin|kremlin|putin|peskov|the\\s+russian|russian|this|that|the\\s+(?:offer|call|proposal|criticism|idea))\\b`,
  "i",
);

/**
 * What such a party said or whether it commented, with nothing else asked ("what did the White House say?", "did
 * the White House comment?", "has Israel said anything about it?"): its reply, which the article does not report.
 */
const SAID_ALONE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:what\\s+|how\\s+)?(?:did|has|have|does|do)\\s+(${PARTY})\\s+(?:even\\s+|ever\\s+|already\\s+|actually\\s+)?(?:say|said|comment(?:ed)?|make\\s+(?:a|any)\\s+(?:comment|statement)|made\\s+(?:a|any)\\s+(?:comment|statement)|issue\\s+(?:a|any)\\s+statement|weigh\\s+in)(?:\\s+(?:anything|something|back|in\\s+(?:reply|response)))?(?:\\s+(?:on|about|to)\\s+(?:it|this|that|all\\s+(?:this|that)|putin|russia|moscow|the\\s+kremlin|the\\s+(?:criticism|accusations?|blame|claims?)))?(?:\\s+at\\s+all)?\\s*[?.!]*\\s*$`,
  "i",
);

/** The question as "how did <party> react", or as it came. */
export function asPartyReaction(text: string): string {
  const m =
    REACTION.exec(text) ?? REACTION_NOUN.exec(text.replace(/[\u2018\u2019]/g, "'")) ?? SAID_ALONE.exec(text);
  if (!m?.[1]) return text;
  return `how did ${m[1].trim()} react`;
}
