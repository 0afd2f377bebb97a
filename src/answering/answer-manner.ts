// How the asker wants the answer put, said after a real question ("is Russia neutral? No spin, just what the text
// says.", "did Putin blame the US? Don't give me propaganda, only the facts."): how to answer, not what. Left in,
// "propaganda" read as the article's own slant (author-view-on-blame) and "text says" as a question about the
// article's voice, so the question drifted to another entry. Only a sentence after a question, naming nothing of
// the story, is taken off: "is the article propaganda?" keeps its words.

/** A question before the remark: a question mark, then the remark as the rest of the message. */
const AFTER_QUESTION = /^(?<question>[^?]*\?)\s+(?<remark>[^?]+?)[.!]*\s*$/u;

/** The manner asked: a plea against slant, for the bare text, or both in one sentence. */
const MANNER =
  /^(?:(?:and|but|so|please|pls|just|honestly)[, ]+)*(?:(?:(?:don'?t|do not|no need to)\s+(?:give|feed|tell|sell)\s+me|no|spare me(?:\s+the)?|without(?:\s+the|\s+any)?|skip(?:\s+the)?|cut(?:\s+the)?)\s+(?:any\s+|the\s+|your\s+)?(?:propaganda|spin|pr|bs|opinions?|takes?|hot\s+takes?|editoriali[sz]ing|commentary|bias|fluff|waffle|agenda)|(?:just|only|simply)\s+(?:(?:what|whatever)\s+(?:the|this)\s+(?:text|article|piece|story|report)\s+(?:says|actually\s+says|states)|the\s+(?:facts|text|article|basics)))(?:\s*(?:,|;|-|–|—|and)\s*(?:just|only|simply)\s+(?:(?:what|whatever)\s+(?:the|this)\s+(?:text|article|piece|story|report)\s+(?:says|actually\s+says|states)|the\s+(?:facts|text|article|basics)))?(?:\s*,?\s*(?:please|pls|thanks))?$/iu;

/** The question without the manner remark after it, or as it came. */
export function withoutAnswerManner(text: string): string {
  const m = AFTER_QUESTION.exec(text.trim());
  if (!m?.groups) return text;
  return MANNER.test(m.groups.remark!.trim()) ? m.groups.question!.trim() : text;
}

// Plain words asked for (quality40): a learner's or a beginner's request to be answered simply, around a real
// question ("Hello! I am learning English. Can you tell me with simple words what Putin told Erdogan?", "explain to
// me like I'm twelve why Russia wants to mediate", "ELI5 who does Putin blame", "for a kid please: who is Putin
// worried about?", "in a nutshell for beginners, what did the Foreign Ministry say?"). How to answer, not what:
// left in, "English", "simple" or "beginners" counted as unknown words and the question was refused or unsure. Taken
// off only when a question is left (a question word, or a request to tell with something to tell): alone, "ELI5" or
// "explain it like I'm five" asks for the summary and stays as typed (intents.ts reads it).

/** A greeting opening the message: "Hello!", "hi there,". */
const GREETING =
  /^\s*(?:(?:hello|hi|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?\s*[!.,:;-]+\s*)+/iu;
/** The asker's English, said of themselves ("I am learning English.", "my english is not good,", "sorry for my bad english"). */
const LEARNER =
  /(?:^|(?<=[.!?,;:]\s*))\s*(?:(?:i\s*(?:am|'m|’m)|im)\s+(?:(?:still|just|currently|now)\s+)?(?:learning|studying)\s+english|i\s+(?:study|learn)\s+english|(?:i\s*(?:am|'m|’m)|im)\s+(?:an?\s+)?(?:english\s+)?(?:learner|student|beginner)(?:\s+(?:of|in)\s+english)?|my\s+english\s+(?:is|isn'?t|is\s+not)\s+(?:(?:very|so|too|that|really)\s+)?(?:good|great|bad|poor|weak|basic|limited)|english\s+(?:is|isn'?t|is\s+not)\s+my\s+(?:first|native|mother)\s+(?:language|tongue)|(?:sorry|excuse\s+me|pardon\s+me)\s+for\s+(?:my\s+(?:bad\s+|poor\s+|broken\s+)?|(?:bad|poor|broken)\s+)english)(?:\s*,?\s*(?:so|and))?\s*[.!,;:-]*\s*/giu;
const LEVEL =
  "(?:\\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|a\\s+(?:kid|child|baby|toddler|beginner|newbie|learner|novice|student|\\d{1,2}[ -]?(?:year|yr)s?[ -]?old)|an?\\s+(?:\\w+\\s+)?(?:grade|grader|schoolkid|schoolboy|schoolgirl))(?:[ -]?(?:years?|yrs?)(?:[ -]?old)?)?";
/** The manner asked anywhere in the message, with the words that lead to it. */
const PLAIN_WORDS = new RegExp(
  [
    // "simple words please:", "easy words.": the manner standing alone as a sentence
    `(?:^|(?<=[.!?,;:]\\s*))\\s*(?:simple|easy|plain)\\s+(?:english|words|language)(?:\\s*,?\\s*(?:please|pls|plz))?\\s*[.!,;:-]+`,
    // "like I'm twelve", "as if I were a kid", "as though I am 5 years old"
    `[,;:\\s-]*\\b(?:like|as\\s+if|as\\s+though)\\s+(?:i\\s*(?:am|'m|’m|was|were)|im)\\s+${LEVEL}\\b[,;:.!-]*`,
    // "for a kid", "for beginners", "for a 10 year old", "in a nutshell for beginners"
    // Bare "for kids" only where a clause starts ("what does russia want for children" keeps it).
    `(?:^|[,;:]|(?<=[.!?]))\\s*(?:in\\s+a\\s+nutshell\\s+)?for\\s+(?:kids|children)\\b(?:\\s*,?\\s*(?:please|pls|plz))?[,;:.!-]*`,
    `[,;:\\s-]*(?:\\bin\\s+a\\s+nutshell\\s+)?\\bfor\\s+(?:(?:a|an)\\s+(?:kid|child|beginner|newbie|learner|novice|\\d{1,2}[ -]?(?:year|yr)s?[ -]?old|five[ -]year[ -]old)|beginners|dummies|newbies|learners|novices|\\d{1,2}[ -]?(?:year|yr)s?[ -]?olds|five[ -]year[ -]olds)\\b(?:\\s*,?\\s*(?:please|pls|plz))?[,;:.!-]*`,
    // "so a kid can understand", "so that I understand"
    `[,;:\\s-]*\\bso\\s+(?:that\\s+)?(?:a\\s+kid|a\\s+child|a\\s+beginner|i)\\s+(?:can|could|will|would)?\\s*(?:understand|get|follow)(?:\\s+it)?\\b[,;:.!-]*`,
    // "eli5:", "ELI5 -"
    `^\\s*eli\\s?5\\b\\s*[,;:.!-]*`,
  ].join("|"),
  "giu",
);
/**
 * The manner said in words ("with simple words", "in layman's terms", "answer simply"): taken off when the message
 * addresses the bot (a request, "please", the asker's English) or where the phrase stands apart after a comma; "is
 * the article written in simple words?" and "does putin speak in plain language?" ask about the words themselves.
 */
const WORDS_MANNER = new RegExp(
  [
    // "with simple words", "in easy English", "using plain language", "in layman's terms"
    `[,;:\\s-]*(?:\\b(?:please|pls|plz)\\s+)?\\b(?:with|in|using|use)\\s+(?:very\\s+|really\\s+|more\\s+)?(?:simple|simpler|easy|easier|plain|plainer|basic|everyday|short\\s+and\\s+simple)\\s+(?:english|words|language|terms|sentences|vocabulary)\\b(?:\\s*,?\\s*(?:please|pls|plz))?[,;:.!-]*`,
    `[,;:\\s-]*\\b(?:in|using)\\s+lay(?:man|men|person)'?s?\\s+terms\\b[,;:.!-]*`,
    // "answer simply", "please speak slowly and simply"
    `[,;:\\s-]*(?:\\b(?:please|pls|plz)\\s+)?\\b(?:answer|reply|explain|speak|write|talk)\\s+(?:very\\s+)?(?:simply|plainly)\\b[,;:.!-]*`,
  ].join("|"),
  "giu",
);
/** The message addresses the bot: "can you", "please", an opening "explain"/"tell me", the asker's English. */
const ADDRESSED =
  /\b(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|plz|tell\s+me|explain\s+(?:to\s+)?me|english)\b|^\s*(?:explain|tell|say|describe|give|answer|put)\b/iu;
/** A verb the words are of ("written in simple words", "speak in plain language"): the manner is what is asked. */
const SPOKEN_BEFORE =
  /\b(?:writ\w*|wrote|speak\w*|spoke\w*|talk\w*|said|says|say|told|tells?|put|phrased|worded|expressed|explain\w*|describ\w*|told)\s*$/iu;
/** A question word or an auxiliary opening a yes/no: a question left once the manner is off. */
const ASKS_LEFT =
  /\b(?:what|whats|who|whom|whose|why|how|where|which|when|does|did|do|is|are|was|were|has|have|had|will|would)\b/iu;
/** The story itself asked about ("eli5 this article pls, what's going on"): the summary request, kept as typed. */
const STORY_ITSELF =
  /\b(?:article|story|piece|news|text|report|thing|going\s+on|happening|happened|about)\b/iu;
/** Words a request to tell may hold beside its verb with nothing to tell: "explain it to me", "tell me the story". */
const TELL_FILLER =
  /\b(?:to|me|us|it|this|that|the|whole|article|story|news|text|piece|thing|please|pls|plz|all|everything)\b|[\s?.!,;:-]+/giu;
const TELL = /^\s*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:explain|tell|describe|say|give)\b/iu;
const MANNER_CUE =
  /\b(?:hello|hi|hey|english|simple|simpler|easy|easier|plain|basic|everyday|lay\w*|like|as\s+if|as\s+though|for|so|eli\s?5|simply|plainly)\b/iu;

/** The message without the asker's words on their own English ("sorry for my english."), or as it came. */
export function withoutLearnerPreamble(text: string): string {
  return text.length > 300 ? text : text.replace(LEARNER, " ").replace(/\s+/g, " ").trim();
}

/** The question without the plain words asked for around it (a learner's preamble, a reader's level), or as it came. */
export function withoutPlainWords(text: string): string {
  if (text.length > 300 || !MANNER_CUE.test(text)) return text;
  const addressed = ADDRESSED.test(text);
  const bare = text
    .replace(GREETING, "")
    .replace(LEARNER, " ")
    .replace(PLAIN_WORDS, " ")
    .replace(WORDS_MANNER, (m, at: number, whole: string) =>
      addressed ||
      /^\s*[,;:.!?-]/u.test(m) ||
      /(?:^|[,;:.!?-])\s*$/u.test(whole.slice(0, at)) ||
      (/^[\s?.!]*$/u.test(whole.slice(at + m.length)) && !SPOKEN_BEFORE.test(whole.slice(0, at)))
        ? " "
        : m,
    )
    .replace(/\s+([?.!,])/gu, "$1")
    .replace(/\s{2,}/gu, " ")
    .replace(/^[\s,;:.!-]+/u, "")
    .trim();
  if (bare === text.trim() || !/\p{L}{3,}/u.test(bare) || STORY_ITSELF.test(bare)) return text;
  const asks =
    ASKS_LEFT.test(bare) || (TELL.test(bare) && bare.replace(TELL, "").replace(TELL_FILLER, "").length >= 3);
  return asks ? bare : text;
}
