// "Does Putin want the fighting to stop immediately?", "is he calling for the killing to stop?", "does he want
// talks to resume?": a wish or a call put in other words than the passage's ("an immediate ceasefire", "the
// resumption of the negotiation process"). Read word by word, "stop"/"end" turn the sense and "immediately" is
// WordNet's antonym of the article's closing "Ultimately", so the verdict came out No or "doesn't say". Only inside
// a frame of wanting or calling for ("want … to stop", "urging an end to …"): "did the fighting stop?" asks an
// outcome and is left alone; so is "… to continue" (the opposite, read as such downstream).

/** Verbs of wanting, urging or supporting before the paraphrase: the question asks for a wish or a call. */
const WISH =
  /(?<!\p{L})(?:want\p{L}*|wish\p{L}*|call\p{L}* for|urg\p{L}*|push\p{L}* for|press\p{L}* for|demand\p{L}*|ask\p{L}* for|in favou?r of|for|support\p{L}*|back\p{L}*|seek\p{L}*|need\p{L}*|stress\p{L}*|emphasi[sz]\p{L}*|insist\p{L}*|advocat\p{L}*|like)(?!\p{L})/u;

const FIGHTING =
  "(?:the |all |this |that )?(?:fighting|shooting|shelling|violence|killing|killings|bloodshed|hostilities|bombing|bombings|bombardment|strikes|airstrikes|war|conflict|clashes|attacks|combat)";
const STOPPED =
  "(?:stop|stops|end|ends|cease|ceases|halt|halts|stopped|ended|halted|ceased|be stopped|be halted|be ended|come to an end|come to a halt)";
const STOPPING = "(?:stop|stopping|end|ending|halt|halting|cease|ceasing)";
const AT_ONCE =
  "(?: (?:immediately|right away|right now|now|at once|straight away|straightaway|asap|as soon as possible|without delay|instantly|quickly|fast|urgently))";

/**
 * The fighting's own place ("the fighting in gaza to end"), kept after the passage's words; another place ("in syria")
 * is no paraphrase of the passage (verdict42).
 */
const IN_PLACE =
  "(?<place> (?:in|across|inside) (?:gaza|the gaza strip|israel|israel and gaza|gaza and israel))?";

const CEASE_PATTERNS = [
  // "the fighting to stop immediately", "all the killing to end now", "the fighting in gaza to end right away"
  new RegExp(`(?<!\\p{L})${FIGHTING}${IN_PLACE} (?:to )?${STOPPED}(?<now>${AT_ONCE})?(?!\\p{L})`, "u"),
  // "stop the fighting right away", "stopping the violence at once"
  new RegExp(`(?<!\\p{L})${STOPPING} ${FIGHTING}${IN_PLACE}(?<now>${AT_ONCE})?(?!\\p{L})`, "u"),
  // "an immediate end to the fighting", "a quick halt to the war"
  new RegExp(
    `(?<!\\p{L})(?:an? )?(?<now>immediate |quick |rapid |swift |urgent |instant )?(?:end|halt|stop) (?:to|of) ${FIGHTING}${IN_PLACE}(?!\\p{L})`,
    "u",
  ),
];

/**
 * "is X in favour of / for / supportive of" before a thing the passage has wished for (a ceasefire, talks…); no
 * "-ing" word in the subject ("is he pressing for the talks…" is a verb of its own).
 */
const IN_FAVOUR =
  /^((?:so |and |but )?)(?:is|are) ((?:the )?(?![\p{L}'-]*ing(?!\p{L}))[\p{L}'-]+(?: (?![\p{L}'-]*ing(?!\p{L}))[\p{L}'-]+)?) (?:really |actually )?(?:in favou?r of|supportive of|for) (?=(?:an? |the )?(?:immediate |urgent |quick )?(?:cease-?fire|truce|peace talks|talks|negotiations|dialogue|settlement|resumption)(?!\p{L}))/u;

const TALKS = "(?:the |peace |direct )*(?:talks|negotiations|negotiation process)";
const RESUMED =
  "(?:restart|restarts|resume|resumes|restarted|resumed|start again|begin again|get going again|pick up again|be restarted|be resumed|be renewed|be revived|come back|return)";
const TALK_PATTERNS = [
  // "peace talks to restart", "negotiations resumed"
  new RegExp(`(?<!\\p{L})${TALKS} (?:to )?${RESUMED}(?!\\p{L})`, "u"),
  // "restarting the talks", "a return to negotiations", "renewed talks"
  new RegExp(
    `(?<!\\p{L})(?:restart\\p{L}*|resum\\p{L}*|reopen\\p{L}*|reviv\\p{L}*|renew\\p{L}*|(?:a )?return to) ${TALKS}(?!\\p{L})`,
    "u",
  ),
];

/**
 * Compromise turned down in other verbs than "refuse" ("did the Americans reject any compromise?", "did Washington
 * dismiss compromises?"): the claim checker reads "reject" as the opposite of the passage's "acceptable", so the
 * verdict on "without considering compromises acceptable to both sides" came out No; "refused" is its "not".
 */
const TURNED_DOWN =
  /(?<!\p{L})(?:reject(?:s|ed|ing)?|turn(?:s|ed|ing)? down|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|brush(?:es|ed|ing)? off|sa(?:y|id|ying) no to)(?= (?:any |the |a )?compromises?(?!\p{L}))/gu;

/** The passage's doer, the United States, named: "did Putin reject compromise?" is another doer, left alone. */
const US_NAMED =
  /(?<!\p{L})(?:the us|us|u\.s\.?|usa|america|americans?|washington|the united states|united states|white house)(?!\p{L})/iu;

/**
 * The English question with a paraphrase of the passage's wish put in the passage's words, or the question as it
 * was: "does putin want the fighting to stop immediately?" -> "does putin want an immediate ceasefire?".
 */
export function inPassageWords(question: string): string {
  // "is Putin in favour of an immediate ceasefire?": a stance on a thing wished for, asked as the wish.
  let text = question
    .replace(IN_FAVOUR, (_m, lead: string, who: string) => `${lead}does ${who} want `)
    .replace(TURNED_DOWN, (verb) => (US_NAMED.test(question) ? "refuse" : verb));
  for (const re of CEASE_PATTERNS) {
    const m = re.exec(text.toLowerCase());
    if (!m || !WISH.test(text.slice(0, m.index).toLowerCase())) continue;
    const phrase = `${m.groups?.now ? "an immediate ceasefire" : "a ceasefire"}${m.groups?.place ?? ""}`;
    text = `${text.slice(0, m.index)}${phrase}${text.slice(m.index + m[0].length)}`;
  }
  for (const re of TALK_PATTERNS) {
    const m = re.exec(text.toLowerCase());
    if (!m || !WISH.test(text.slice(0, m.index).toLowerCase())) continue;
    text = `${text.slice(0, m.index)}the resumption of the negotiation process${text.slice(m.index + m[0].length)}`;
  }
  return text;
}

/**
 * Putin's reading of the surge, in other words than the passage's "sees the latest surge in violence as a clear
 * indication that US policy … has failed": "does he think the violence proves it?", "does he see the bloodshed as
 * evidence of that?" (dialog-r2-33, d69-23#2). Only with a word of the violence before the verb of proving.
 */
const VIOLENCE =
  "((?:the |this |that |all the |all this |the latest |the recent |the new )?(?:violence|bloodshed|surge(?: in violence)?|escalation|flare-?up|fighting|killing))";
const PROVES_AFTER_THINK = new RegExp(
  `(?<!\\p{L})(?:think|thinks|believe|believes|say|says|said|feel|feels|reckon|reckons) (?:that )?${VIOLENCE} (?:proves|proved|shows|showed|demonstrates|confirms|is proof of|is evidence of|is a sign of|signals|indicates)(?!\\p{L})`,
  "u",
);
const SEEN_AS_PROOF = new RegExp(
  `(?<!\\p{L})(see|sees|view|views|regard|regards|treat|treats) ${VIOLENCE} as (?:an? )?(?:clear )?(?:evidence|proof|sign|symptom|signal|indication|demonstration) (?=of(?!\\p{L}))`,
  "u",
);

/**
 * Compromises "acceptable to both sides" in other words: "have to suit both sides", "must work for both parties",
 * "should be fair to each side" (dialog-r2-33, d68-22#3). Only the frame of the two sides, so the checker reads the
 * passage's own phrase; whose words they are stays the checker's question.
 */
const BOTH_SIDES_SUITED =
  /(?<!\p{L})(?:suit|work for|be fair to|satisfy|please|be ok(?:ay)? (?:for|with)|be good for|be agreeable to|be accepted by|be acceptable for|be acceptable to|acceptable to|acceptable for) (?:both (?:sides|parties)|the two sides|each side|either side)(?!\p{L})/u;

/** The surge read as proof, and compromises suiting both sides, put in the passage's words; else as it was. */
export function inPassageReading(question: string): string {
  return question
    .replace(PROVES_AFTER_THINK, (_m, violence: string) => `see ${violence} as a clear indication of`)
    .replace(
      SEEN_AS_PROOF,
      (_m, verb: string, violence: string) => `${verb} ${violence} as a clear indication `,
    )
    .replace(BOTH_SIDES_SUITED, (m) =>
      m.startsWith("acceptable") ? "acceptable to both sides" : "be acceptable to both sides",
    );
}

/** "хочет", "призывает", "за то": the Russian frames of a wish or a call before "чтобы". */
const WISH_RU =
  /(?<!\p{L})(?:хоч\p{L}*|хот\p{L}*|жела\p{L}*|призыва\p{L}*|призвал\p{L}*|треб\p{L}*|добива\p{L}*|выступа\p{L}* за|за то|настаива\p{L}*|нужно|надо)(?!\p{L})/u;
const FIGHTING_RU =
  "(?:все )?(?:боевые действия|бои|боевых действий|стрельба|насилие|война|кровопролитие|огонь|убийства|удары|бомбардировки|обстрелы|столкновения|военные действия)";
const STOPPED_RU =
  "(?:прекратил\\p{L}*|остановил\\p{L}*|закончил\\p{L}*|кончил\\p{L}*|стихл\\p{L}*|прекращены|остановлены)";
const AT_ONCE_RU =
  "(?:немедленно|сразу|срочно|сейчас же|прямо сейчас|как можно скорее|без промедления|тут же)";
/**
 * The fighting's own place («в газе», «в секторе газа», «там»), anywhere in the clause: the passage's ceasefire is
 * that fighting's, so the place goes with the paraphrase (the Russian checker, whose passage names no place, read
 * «секторе» as a word added); another place («в сирии») is no paraphrase of the passage (verdict42).
 */
const PLACE_RU = "(?:(?:в|на) (?:газе|секторе газа|израиле|израиле и газе|газе и израиле)|там)";
/** What is stopped, as the object of «прекратить» («прекратить огонь», «остановить войну»). */
const FIGHTING_ACC_RU =
  "(?:все )?(?:огонь|стрельбу|бои|боевые действия|войну|насилие|кровопролитие|убийства|удары|бомбардировки|обстрелы|столкновения|военные действия)";
const NOW_RU = `(?: (?<now>${AT_ONCE_RU}))?`;
const WHERE_RU = `(?: ${PLACE_RU})?`;
const CEASE_RU = [
  // «, чтобы бои прекратились (немедленно)», «чтобы в газе прекратили огонь», «чтобы огонь в секторе газа прекратили»
  new RegExp(
    `,? чтобы${NOW_RU}${WHERE_RU}${NOW_RU.replace("now", "now2")} (?:${FIGHTING_RU}${WHERE_RU}${NOW_RU.replace("now", "now3")} ${STOPPED_RU}|${STOPPED_RU}${NOW_RU.replace("now", "now4")} ${FIGHTING_RU}${WHERE_RU})${NOW_RU.replace("now", "now5")}(?!\\p{L})`,
    "u",
  ),
  // «требует прекратить огонь в газе», «призывает немедленно остановить войну» (verdict42)
  new RegExp(
    `(?<!\\p{L})(?:(?<now0>${AT_ONCE_RU}) )?(?:прекратить|остановить)${NOW_RU} ${FIGHTING_ACC_RU}${WHERE_RU}${NOW_RU.replace("now", "now2")}(?!\\p{L})`,
    "u",
  ),
  // «хочет прекращения огня в секторе газа»: the passage's own words, with the fighting's place (verdict42)
  new RegExp(
    `(?<!\\p{L})(?<noun>(?:немедленно\\p{L}* )?прекращени\\p{L}* огня|перемири\\p{L}*) ${PLACE_RU}(?!\\p{L})`,
    "u",
  ),
];

/**
 * The Russian question with "чтобы бои прекратились (немедленно)" or "прекратить огонь (немедленно)" after a wish put as
 * the passage's "(немедленного) прекращения огня", without the fighting's own place.
 */
export function inPassageWordsRu(question: string): string {
  const lower = question.toLowerCase();
  for (const re of CEASE_RU) {
    const m = re.exec(lower);
    if (!m || !WISH_RU.test(lower.slice(0, m.index))) continue;
    const now = Object.entries(m.groups ?? {}).some(([k, v]) => k.startsWith("now") && v);
    const phrase = m.groups?.noun ?? (now ? " немедленного прекращения огня" : " прекращения огня");
    return `${question.slice(0, m.index)}${phrase}${question.slice(m.index + m[0].length)}`.replace(
      / {2,}/g,
      " ",
    );
  }
  return question;
}
