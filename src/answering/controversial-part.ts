// What the article calls controversial, asked open ("which bit of the story is described as controversial?", "what
// part of this does the article say is controversial"): the article's one such remark is that Russia's involvement
// in the peace process is not without controversy. Read as typed, "controversial" drew the card on *why* it is
// controversial (which the article does not say, refused) or fell between cards. A reason asked ("why", "what makes",
// "what is controversial about …") stays as typed: that one is the article's silence.

const CONTROVERSY = /\bcontrovers/i;
const OPEN = /^\s*(?:so\s+|and\s+|ok\s+)?(?:what|which)\b/i;
const REASON = /\b(?:why|reasons?|makes?|made|causes?|because|about|how\s+come)\b/i;

/** The question read as whether Russia's involvement is controversial, or as it came. */
export function asControversialPart(text: string): string {
  if (text.length > 160 || !CONTROVERSY.test(text) || !OPEN.test(text) || REASON.test(text)) return text;
  return "is russia's involvement in the peace process controversial";
}
