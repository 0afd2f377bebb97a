// "turkey's president right?", "the president of turkey?", "so he's the kremlin's press secretary basically?" after
// an answer that pinned a person (dialog-r2-38b): a bare role put back as the question "is he the <role>?" that
// identity.ts reads. Only the fragment's own words are read: tags and openers are taken off word by word (no
// regular expression over the whole message), so the reading is linear on long input. Not after "and"/"what
// about" ("and the israeli pm?" after the call asks of another party, not of the person).

/** Words before the role that only open the fragment. */
const OPENERS = new Set(["so", "wait", "oh", "ah", "ok", "okay", "hmm", "mean", "you", "like", "basically"]);
/** Words after the role that only tag it as a check. */
const TAGS = new Set([
  "right",
  "yeah",
  "yes",
  "correct",
  "then",
  "basically",
  "innit",
  "really",
  "no",
  "yea",
  "ya",
]);
const ARTICLE = new Set(["the", "a", "an"]);
const MAX_ROLE_WORDS = 5;
const ROLE_WORD = /^[\p{L}][\p{L}'-]*$/u;
/** A verb or a subject in the words: a clause ("erdogan is the turkish president"), no bare role. */
const CLAUSE_WORD = new Set([
  "is",
  "was",
  "are",
  "were",
  "be",
  "he",
  "she",
  "it",
  "that",
  "this",
  "who",
  "not",
  "who's",
  "whos",
  "what",
  "what's",
  "whats",
  "which",
]);

/**
 * "is he the <role>" for a bare role fragment, or null. `isRole` says whether the words name an office or a
 * country's leader (identity.ts's own reading of a role).
 */
export function roleFragmentQuestion(folded: string, isRole: (role: string) => boolean): string | null {
  const words = folded.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_ROLE_WORDS + 6) return null;
  let start = 0;
  while (start < words.length && OPENERS.has(words[start]!)) start++;
  let end = words.length;
  while (end > start && TAGS.has(words[end - 1]!)) end--;
  if (start < words.length && (words[start] === "he's" || words[start] === "hes")) start++;
  const role = words.slice(start, end);
  const article = role.length > 0 && ARTICLE.has(role[0]!);
  const bare = article ? role.slice(1) : role;
  if (bare.length === 0 || bare.length > MAX_ROLE_WORDS) return null;
  if (!bare.every((w) => ROLE_WORD.test(w) && !CLAUSE_WORD.has(w))) return null;
  const phrase = bare.join(" ");
  if (!isRole(phrase)) return null;
  return /^\p{L}+'s /u.test(phrase) ? `is he ${phrase}` : `is he the ${phrase}`;
}
