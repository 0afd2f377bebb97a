// Whom Peskov speaks for, asked by the body: "peskov is the spokesman for which body?", "which office does peskov
// speak for?", "what organisation is dmitry peskov the press secretary of?" (wave BZ, quality49). The article
// introduces him as "Russian spokesperson Dmitry Peskov" and gives his words as the Kremlin's; his own entry says
// so. Read as typed, "body" and "spokesman for" drew the engine between his entry, his statement and the time of
// it, and it asked which was meant. Read as "who is peskov?". Another spokesman ("the kremlin's spokesman is
// who?") is other-spokesman.ts's.

const PESKOV = String.raw`(?:(?:dmitry|dmitri|dmitriy)\s+)?peskov`;
const ROLE = String.raw`(?:spokes(?:man|woman|person)|press\s+secretary|press\s+officer|mouthpiece|voice|representative)`;
const BODY = String.raw`(?:body|organi[sz]ation|institution|office|agency|government|administration|department|part\s+of\s+the\s+government|branch|entity|one|side|country|who|whom)`;

/** "peskov is the spokesman for which body?", "peskov is the press secretary of what?" */
const ROLE_FOR_WHICH = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+)?${PESKOV}\s+(?:is|was|'s)\s+(?:the\s+|a\s+)?${ROLE}\s+(?:for|of|to)\s+(?:which|what|whom|who)(?:\s+${BODY})?\s*\??\s*$`,
  "iu",
);
/** "which body does peskov speak for?", "what office is peskov the spokesman of?", "who does peskov work for?" */
const WHICH_FOR_ROLE = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+)?(?:(?:for|of)\s+)?(?:which|what)\s+${BODY}\s+(?:does|did|is|was)\s+${PESKOV}\s+(?:speak|speaks|talk|work|works|represent|represents|the\s+${ROLE}|a\s+${ROLE})(?:\s+(?:for|of|to|at|in))?\s*\??\s*$`,
  "iu",
);

/** "who is peskov?" where his body was asked, or the question as it came. */
export function asSpokesmanFor(text: string): string {
  if (text.length > 160) return text;
  return ROLE_FOR_WHICH.test(text) || WHICH_FOR_ROLE.test(text) ? "Who is Peskov?" : text;
}
