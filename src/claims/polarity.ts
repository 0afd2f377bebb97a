// Which words negate and which words mean opposite things: data, per language, for the polarity check.
/** English words that negate the next meaningful word: "no mention", "not without controversy" (twice: not negated). */
export const ENGLISH_NEGATORS = new Set([
  "not",
  "no",
  "never",
  "without",
  "nor",
  "neither",
  "lack",
  "lacks",
  "lacked",
  "lacking",
  // "little concern", "hardly criticizes": not a plain "not", but the opposite of what the article reports.
  "little",
  "hardly",
  "barely",
  "scarcely",
  "rarely",
  "seldom",
]);
/**
 * Russian negators, for a Russian claim path: не (not), нет (no), ни (nor), никогда (never), без (without),
 * and the pronouns that negate with не ("ничего не", "никто не" count once with it: see wordsOf).
 */
export const RUSSIAN_NEGATORS = new Set([
  "не",
  "нет",
  "ни",
  "никогда",
  "без",
  "ничего",
  "никто",
  "нигде",
  "ничуть",
  "никак",
  "нисколько",
]);
/**
 * The Russian negative words that agree with a "не" rather than add to it: "никогда не" and "никто не" are one
 * negation; a second "не" ("не не упоминает") or "не без" counts again, as "not without" does in English.
 */
export const RUSSIAN_CONCORD_NEGATORS = new Set([
  "ни",
  "никогда",
  "ничего",
  "никто",
  "нигде",
  "ничуть",
  "никак",
  "нисколько",
]);
/** Both languages: a Cyrillic word never stands in an English sentence, so one set serves both. */
export const NEGATORS: ReadonlySet<string> = new Set([...ENGLISH_NEGATORS, ...RUSSIAN_NEGATORS]);
/** Russian words that negate the verb right after them: "отказывается обсуждать" (refuses to discuss). */
export const RUSSIAN_FAIL_WORDS = new Set([
  // Stopping or leaving what follows: "прекратил связь", "перестала представлять себя", "вышла из квартета".
  "прекратил",
  "прекратила",
  "прекратило",
  "прекратили",
  "прекращает",
  "прекращают",
  "перестал",
  "перестала",
  "перестало",
  "перестали",
  "перестаёт",
  "перестает",
  "вышел",
  "вышла",
  "вышли",
  "отказывается",
  "отказался",
  "отказалась",
  "отказались",
  "отказ",
  "неспособен",
  "неспособна",
  "отказываются",
  "отказывался",
  "отказывалась",
]);
/**
 * Negative pronouns stand for a negated thing rather than negate the next word: "Putin said nothing about
 * Russia's role" matches "makes no mention of Russia's role", the negation in another place.
 */
export const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  "nothing",
  "none",
  "nobody",
  "nowhere",
  "silent",
]);
/**
 * Two-word negators, the first word negating only with the second after it: "free of controversy", "far from
 * impartial", "lack of", "absence of" ("lack" alone is in ENGLISH_NEGATORS).
 */
export const NEGATOR_PAIRS: ReadonlyMap<string, string> = new Map([
  ["free", "of"],
  ["devoid", "of"],
  ["absence", "of"],
  ["far", "from"],
  ["instead", "of"],
  ["rather", "than"],
]);
/** Negate the "-ing" word right after them: "stopped criticizing" says he no longer criticizes. */
export const CEASE_WORDS: ReadonlySet<string> = new Set(
  "stop stops stopped stopping cease ceases ceased ceasing quit quits quitting".split(" "),
);
/** Negate the verb after "to": "failure to address" says it was not addressed. */
export const FAIL_WORDS = new Set([
  "fail",
  "fails",
  "failed",
  "failing",
  "failure",
  "unable",
  "inability",
  "refuse",
  "refuses",
  "refused",
  "refusing",
  "decline",
  "declines",
  "declined",
]);
/** Prefixes that make a word its opposite: un-controversial, de-stabilize, im-partial, dis-agree. */
export const NEGATING_PREFIXES = ["un", "non", "dis", "de", "in", "im", "ir", "il", "anti"];

/**
 * "de-escalating" read as one word, "deescalating", so the prefix rule sees the opposite of "escalating" (the
 * tokeniser splits at hyphens, which left "escalating" alone: a claim saying the opposite read as agreeing).
 */
export function joinNegatingPrefixes(text: string): string {
  return text.replace(/\b(un|non|dis|de|anti)-(?=\p{L}{4})/giu, "$1");
}

/**
 * Opposite pairs: words on one side mean roughly the same for a claim check, words across mean the opposite.
 * "Putin praised Washington" against "Putin criticizes Washington" is altered, "Putin supports a state" against
 * "acknowledges the need for a state" is not.
 */
export const OPPOSITES: [string[], string[]][] = [
  [
    [
      "criticize",
      "criticizes",
      "condemn",
      "blame",
      "denounce",
      "attack",
      "slam",
      "accuse",
      "rebuke",
      "fault",
      "critical",
      "criticism",
      "critic",
      "lambaste",
      "chide",
      "censure",
      "blast",
      "castigate",
      "berate",
      "scold",
      "reproach",
      "admonish",
      "decry",
      "deplore",
      "assail",
      "excoriate",
      "upbraid",
    ],
    [
      "praise",
      "praised",
      "commend",
      "applaud",
      "laud",
      "hail",
      "thank",
      "congratulate",
      "welcome",
      "credit",
      "celebrate",
      "defend",
      "excuse",
      "forgive",
      "forgave",
      "forgiven",
      "justify",
      "exonerate",
      "absolve",
      "vindicate",
      "admire",
      "reward",
    ],
  ],
  [
    [
      "acknowledge",
      "recognize",
      "accept",
      "support",
      "back",
      "endorse",
      "favor",
      "favour",
      "advocate",
      "urge",
      "concede",
      "admit",
    ],
    [
      "reject",
      "deny",
      "oppose",
      "dismiss",
      "refuse",
      "disavow",
      "dispute",
      "question",
      "doubt",
      "unsure",
      "uncertain",
      "doubtful",
      "skeptical",
      "sceptical",
      "against",
      "regret",
      "resent",
    ],
  ],
  [
    ["address", "consider", "respect", "heed", "honor", "honour", "attend"],
    ["overlook", "ignore", "neglect", "disregard"],
  ],
  [
    ["concern", "worry", "fear", "alarm", "distress"],
    ["satisfaction", "satisfied", "pleased", "relief", "indifference", "indifferent", "unconcerned", "joy"],
  ],
  [
    ["failure", "failed", "flawed", "mistake"],
    ["success", "successful", "succeed", "effective", "triumph", "work", "worked", "working"],
  ],
  [
    [
      "rise",
      "rising",
      "rose",
      "risen",
      "grow",
      "growing",
      "grew",
      "grown",
      "increase",
      "increasing",
      "mount",
      "mounting",
      "soar",
      "climb",
      "swell",
    ],
    [
      "fall",
      "falling",
      "decline",
      "declining",
      "drop",
      "dropping",
      "decrease",
      "decreasing",
      "shrink",
      "shrank",
      "shrunk",
      "reduce",
      "reducing",
      // Irregular forms: their Porter stems are not the base word's.
      "fell",
      "fallen",
      "sank",
      "sunk",
      "dwindle",
      "plummet",
      "plunge",
      "diminish",
      "lessen",
      // Of fears and hopes: "concerns are fading" against "growing concerns".
      "fade",
      "fading",
      "faded",
      "wane",
      "waning",
      "waned",
      "recede",
      "receding",
      "receded",
      "ebb",
      "ebbing",
    ],
  ],
  [
    ["escalate", "escalation", "inflame", "worsen", "intensify"],
    ["stabilize", "calm", "ease", "subside", "defuse", "steady"],
  ],
  [
    ["immediate", "urgent", "urgency", "urgently", "swift", "quick", "prompt"],
    ["gradual", "delayed", "eventual", "slow", "phased"],
  ],
  [
    ["impartial", "neutral", "unbiased"],
    ["partial", "biased", "partisan", "one-sided"],
  ],
  [
    ["facilitate", "help", "enable", "promote", "advance", "foster", "aid", "assist"],
    ["block", "hinder", "obstruct", "prevent", "impede", "thwart", "sabotage", "undermine", "derail"],
  ],
  [
    ["constructive", "helpful", "positive"],
    ["destructive", "obstructive", "unhelpful", "negative"],
  ],
  [
    ["open", "maintain", "maintains"],
    ["cut", "closed", "sever", "severed", "suspend", "suspended", "broke", "broken", "break"],
  ],
  [
    ["lasting", "durable", "permanent"],
    ["temporary", "fragile", "short-lived"],
  ],
  [
    ["resumption", "resume", "restart", "renew", "renewed", "return"],
    ["halt", "abandon", "freeze", "froze", "frozen", "scrap", "postpone", "delay", "defer", "shelve"],
  ],
  [
    ["long-standing", "longstanding", "longtime", "old", "lasting"],
    ["recent", "recently", "latest", "new", "newly", "fresh"],
  ],
  [
    ["former", "ex"],
    ["current", "serving"],
  ],
  [
    ["just", "fair", "equitable"],
    ["unjust", "unfair", "inequitable"],
  ],
  // Left out of something: a side of its own ("include" would stem as the article's "including Hamas").
  [[], ["exclude", "excluded", "expel", "expelled", "quit", "withdraw", "withdrew", "withdrawn", "exit"]],
];

/**
 * Words of degree that say "very much" alike: "serious concern" for "deep concern" is the same meaning, though
 * WordNet gives them no common sense ("mild", "slight" are the other way, and WordNet's opposites of "deep").
 */
export const HIGH_DEGREE: ReadonlySet<string> = new Set(
  "deep deeply serious seriously grave gravely great greatly profound profoundly strong strongly considerable significant intense keen acute heavy major high very really extremely highly truly pretty".split(
    " ",
  ),
);

/**
 * Verbs that say the same of a claim's object though WordNet gives them no common sense: "without looking for
 * (seeking) compromises" is "without considering compromises".
 */
export const SAME_MEANING: string[][] = [
  ["consider", "seek", "weigh", "explore", "entertain", "examine", "pursue", "contemplate"],
  // Not "agree" in the pair of acknowledge: "Erdogan agreed with Putin that …" takes no side of its own.
  ["acknowledge", "agree", "concede", "admit", "grant"],
];

/** Words of an uncertain outcome ("the crisis *may* extend"): the sure side of the how-sure pair is its opposite. */
export const HEDGES: readonly string[] = ["may", "might", "could", "possibly", "perhaps", "potentially"];

/**
 * Opposite pairs whose words take no side by themselves: said against the other side of the pair in the passage
 * they are an alteration ("one side" for "both sides", "downplays" for "highlights"), but a claim using one where
 * the passage has neither is not ("Peskov stressed …" of a passage that "reaffirms").
 */
export const OPPOSITES_WITHOUT_STANCE: [string[], string[]][] = [
  // How many: "both sides" is not "one side", "all parties" not "some parties".
  [
    ["both", "all", "every", "each"],
    [
      "one",
      "some",
      "few",
      "several",
      "single",
      "neither",
      "none",
      "only",
      "sole",
      "solely",
      "exclusively",
      "merely",
    ],
  ],
  // How sure: "the crisis may extend" is not "the crisis will extend" or "has already extended".
  [[...HEDGES], ["will", "definitely", "certainly", "surely", "inevitably", "already"]],
  // How much violence: "the latest lull in violence" is not "the latest surge in violence".
  [
    ["surge", "spike", "upsurge", "flare-up"],
    ["lull", "respite", "pause"],
  ],
  [
    ["beyond", "outside"],
    ["within", "inside"],
  ],
  [
    [
      "highlight",
      "emphasize",
      "stress",
      "underscore",
      "underline",
      "spotlight",
      "reaffirm",
      "affirm",
      "reiterate",
      "insist",
      "insisted",
      "restate",
      "restated",
    ],
    ["downplay", "minimize", "understate", "gloss", "hide", "conceal", "obscure", "mask"],
  ],
  [
    ["readiness", "ready", "willing", "willingness", "eager", "eagerness", "prepared"],
    ["reluctance", "reluctant", "unwilling", "unwillingness", "hesitant", "hesitance", "loath"],
  ],
  [
    ["monopolize", "monopolizing", "dominate", "dominating", "hog", "hogging", "hogged"],
    ["share", "sharing", "shared", "cede"],
  ],
];

/**
 * Words of the pairs above that take no side in general but do when said alone: "X downplays Y" or "X is
 * reluctant to Y" of a passage that says neither asserts what the article does not ("Peskov stressed …" of a
 * passage that "reaffirms" does not).
 */
export const SIDE_TAKING_ALONE = [
  // A restriction the passage does not make: "in Israel only", "the only member" (phrasal.ts reads them as
  // "solely", "the sole"); "only inclusive approaches can …" paraphrases as often as not.
  // "Putin is against a ceasefire": a small word, a side all the same (phrasal verbs come first: "speak out
  // against" is "condemn").
  "against",
  "sole",
  "solely",
  "exclusively",
  "merely",
  "downplay",
  "hide",
  "conceal",
  "minimize",
  "understate",
  "reluctance",
  "reluctant",
  "unwilling",
  "unwillingness",
  "hesitant",
  "loath",
];

/**
 * Russian opposite pairs, for claims written in Russian and held against the curated translations. Words are
 * compared by their Russian stem, so one form of a word covers its endings; aspect pairs are listed both ways
 * (критикует/раскритиковал). Not "прекращение": it is half of "прекращение огня" (ceasefire).
 */
export const RUSSIAN_OPPOSITES: [string[], string[]][] = [
  [
    [
      "критикует",
      "критиковал",
      "раскритиковал",
      "осуждает",
      "осудил",
      "обвиняет",
      "обвинил",
      "винит",
      "вину",
      "упрекает",
      "упрекнул",
      "порицает",
    ],
    [
      "хвалит",
      "похвалил",
      "хвалил",
      "одобряет",
      "одобрил",
      "приветствует",
      "приветствовал",
      "благодарит",
      "поблагодарил",
      "восхваляет",
      "защищает",
      "защищал",
      "защитил",
      "оправдывает",
      "оправдал",
      "простил",
      "прощает",
    ],
  ],
  [
    ["признаёт", "признает", "признал", "поддерживает", "поддержал", "выступает за", "призывает", "призвал"],
    [
      "отвергает",
      "отверг",
      "отрицает",
      "отрицал",
      "отклоняет",
      "отклонил",
      "оспаривает",
      "возражает",
      "выступает против",
      "опроверг",
      "опровергает",
      "опровергнул",
      "усомнился",
      "сомневается",
      "сомневаются",
      "отмахнулся",
      "отмахивается",
      "против",
    ],
  ],
  [
    ["учитывает", "учёл", "учел", "учло", "рассматривает", "уважает"],
    ["игнорирует", "проигнорировал", "игнорировало", "пренебрегает", "пренебрёг", "проигнорировало"],
  ],
  [
    [
      "обеспокоенность",
      "обеспокоен",
      "озабоченность",
      "озабочен",
      "тревогу",
      "тревога",
      "беспокойство",
      "опасения",
    ],
    [
      "удовлетворение",
      "удовлетворён",
      "доволен",
      "облегчение",
      "безразличие",
      "равнодушие",
      "равнодушен",
      "радость",
      "спокойствие",
    ],
  ],
  [
    ["провал", "провальной", "провальная", "провалилась", "неудачной", "ошибочной", "ошибка"],
    ["успех", "успешной", "успешная", "удачной", "эффективной", "эффективная", "триумф"],
  ],
  [
    [
      "рост",
      "растущим",
      "растёт",
      "растут",
      "растет",
      "увеличение",
      "увеличивается",
      "нарастающего",
      "нарастает",
    ],
    ["снижение", "снижается", "сокращение", "сокращается", "падение", "падает", "уменьшение", "уменьшается"],
  ],
  [
    ["эскалация", "эскалации", "обострение", "разжигает", "усиливается"],
    ["стабилизация", "стабилизации", "деэскалация", "успокоение", "затихает", "ослабевает"],
  ],
  [
    [
      "немедленного",
      "немедленное",
      "немедленно",
      "срочного",
      "срочное",
      "срочно",
      "незамедлительного",
      "скорейшего",
    ],
    [
      "постепенного",
      "постепенное",
      "постепенно",
      "отложенного",
      "отсроченного",
      "поэтапного",
      "медленного",
      // "прекращение огня может подождать", "отложить переговоры".
      "подождать",
      "подождёт",
      "подождет",
      "повременить",
      "отложить",
      "отложил",
      "отложено",
    ],
  ],
  [
    ["беспристрастным", "беспристрастный", "нейтральным", "нейтральный", "объективным"],
    ["пристрастным", "пристрастный", "предвзятым", "предвзятый", "ангажированным", "однобоким"],
  ],
  // How much: "лёгкую обеспокоенность" is not "глубокую обеспокоенность".
  [
    [
      "глубокую",
      "глубокая",
      "глубокое",
      "глубокой",
      "серьёзную",
      "серьезную",
      "сильную",
      "огромную",
      "крайнюю",
    ],
    ["лёгкую", "легкую", "небольшую", "слабую", "умеренную", "незначительную", "малую"],
  ],
  [
    ["конструктивную", "конструктивная", "конструктивной", "позитивную", "полезную"],
    ["деструктивную", "деструктивная", "негативную", "вредную", "разрушительную"],
  ],
  [
    ["открытую", "открытая", "поддерживает связь", "сохраняет"],
    [
      "разорвал",
      "разорвала",
      "разорвали",
      "прервал",
      "прервала",
      "прервали",
      "закрытую",
      "приостановил",
      "оборвал",
    ],
  ],
  [
    ["прочного", "прочное", "долгосрочного", "устойчивого", "постоянного"],
    ["временного", "временное", "хрупкого", "краткосрочного"],
  ],
  [
    [
      "возобновления",
      "возобновление",
      "возобновить",
      "возобновлению",
      "продолжения",
      "вернуться",
      "возвращение",
    ],
    ["заморозки", "заморозить", "сворачивания", "свернуть", "отмены"],
  ],
];

/**
 * Words that take a side when said alone, though they weigh nothing or their pair takes none: "преуменьшил обеспокоенность" of a passage
 * that says neither it nor "подчеркнул", "только жертвами в Израиле" of a passage that names more.
 */
export const RUSSIAN_SIDE_TAKING_ALONE = [
  // "МИД России против налаживания диалога": a small word that takes a side (a word of RUSSIAN_OPPOSITES).
  "против",
  "преуменьшает",
  "преуменьшил",
  "принижает",
  "принизил",
  "замалчивает",
  "скрывает",
  "скрыл",
  "только",
  "исключительно",
];

/**
 * Russian pairs about time, not stance: "нынешняя эскалация" for "последний всплеск" takes no side, so a word of
 * these is an alteration only against its opposite in the passage ("нынешних граждан" for "бывших граждан").
 */
export const RUSSIAN_TIME_OPPOSITES: [string[], string[]][] = [
  [
    ["давние", "давних", "давними", "старые", "многолетние", "давно"],
    ["недавние", "недавно", "новые", "новых", "свежие", "недавних"],
  ],
  [
    ["бывших", "бывшие", "бывшими"],
    ["нынешних", "нынешние", "действующих"],
  ],
  // How sure: "может выйти" is not "обязательно выйдет".
  [
    ["может", "могут", "возможно", "вероятно"],
    ["обязательно", "непременно", "наверняка", "неизбежно", "уже"],
  ],
  // What is shown: "подчёркивает" against "преуменьшает".
  [
    ["подчёркивает", "подчеркивает", "подчеркнул", "подчёркивая", "подчеркивая", "высвечивает", "выделяет"],
    ["преуменьшает", "преуменьшил", "принижает", "принизил", "замалчивает", "скрывает", "скрыл"],
  ],
  // Who: "военных потерь" is not "жертв среди мирного населения".
  [
    ["мирного", "мирных", "мирные", "мирными", "гражданского", "гражданских", "гражданские"],
    ["военного", "военных", "военные", "военными", "военнослужащих", "армейских", "солдат"],
  ],
  // How many: "всех сторон" is not "одной стороны".
  [
    ["обеих", "обеими", "всех", "все"],
    ["одной", "одну", "только", "исключительно"],
  ],
];
