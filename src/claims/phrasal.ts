// Phrasal verbs and multi-word prepositions read as the one word they stand for, before a claim is tokenised: a
// particle alone is glue, so "brushed off the need" would otherwise read as "brushed … the need" and agree with
// the passage. English and Russian ("выступает против" is "возражает").

import { readRussianContactWords } from "./contact-words.js";

/** A verb's forms: base, -s, past, past participle, -ing. */
type Forms = [string, string, string, string, string];

const regular = (base: string, double = false): Forms => {
  const stem = base.endsWith("e") ? base.slice(0, -1) : double ? `${base}${base.at(-1)}` : base;
  const s = /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, s, `${stem}ed`, `${stem}ed`, `${stem}ing`];
};

const DOWNPLAY = regular("downplay");
const HIGHLIGHT = regular("highlight");
const DISMISS = regular("dismiss");
const REJECT = regular("reject");
const HALT = regular("halt");
const INTENSIFY: Forms = ["intensify", "intensifies", "intensified", "intensified", "intensifying"];
const REDUCE = regular("reduce");
const FALL: Forms = ["fall", "falls", "fell", "fallen", "falling"];
const RISE: Forms = ["rise", "rises", "rose", "risen", "rising"];
const SEVER = regular("sever");
const ABANDON = regular("abandon");
const SEEK: Forms = ["seek", "seeks", "sought", "sought", "seeking"];
const CONDEMN = regular("condemn");
const CRITICIZE = regular("criticize");
const SUPPORT = regular("support");
const MENTION = regular("mention");
const ACCEPT = regular("accept");
const ADDRESS = regular("address");
const HEED = regular("heed");
const CONSIDER = regular("consider");
const MONOPOLIZE = regular("monopolize");
const PRIORITIZE = regular("prioritize");

/**
 * [the verb's forms, its particles, the one word it means]. Each one word is a side of an opposite pair
 * (opposites.ts) or a plain word ("seek"): "called off the resumption" is "halted" it, against the passage's
 * "resumption"; "looking for compromises" is "seeking" them, as "considering" them is.
 */
const PHRASAL_VERBS: [Forms, string[], Forms][] = [
  [regular("play"), ["down"], DOWNPLAY],
  [regular("talk"), ["down"], DOWNPLAY],
  [regular("tone"), ["down"], DOWNPLAY],
  [regular("play"), ["up"], HIGHLIGHT],
  [regular("point"), ["out"], HIGHLIGHT],
  [regular("brush"), ["off", "aside", "away"], DISMISS],
  [regular("shrug", true), ["off", "aside"], DISMISS],
  [regular("wave"), ["off", "aside", "away"], DISMISS],
  [regular("laugh"), ["off"], DISMISS],
  [regular("rule"), ["out"], REJECT],
  [regular("turn"), ["down"], REJECT],
  [regular("call"), ["off"], HALT],
  [regular("step", true), ["up"], INTENSIFY],
  [regular("ramp"), ["up"], INTENSIFY],
  [regular("scale"), ["up"], INTENSIFY],
  [regular("scale"), ["back", "down"], REDUCE],
  [["wind", "winds", "wound", "wound", "winding"], ["down"], REDUCE],
  [["go", "goes", "went", "gone", "going"], ["down"], FALL],
  [["come", "comes", "came", "come", "coming"], ["down"], FALL],
  [["go", "goes", "went", "gone", "going"], ["up"], RISE],
  [["cut", "cuts", "cut", "cut", "cutting"], ["off"], SEVER],
  [["break", "breaks", "broke", "broken", "breaking"], ["off"], SEVER],
  [["give", "gives", "gave", "given", "giving"], ["up"], ABANDON],
  [regular("look"), ["for"], SEEK],
  [regular("search"), ["for"], SEEK],
  [["speak", "speaks", "spoke", "spoken", "speaking"], ["out against"], CONDEMN],
  [regular("lash"), ["out at", "out against"], CRITICIZE],
  [["hit", "hits", "hit", "hit", "hitting"], ["out at"], CRITICIZE],
  [["stand", "stands", "stood", "stood", "standing"], ["by", "with"], SUPPORT],
  [regular("side"), ["with"], SUPPORT],
  [
    ["dwell", "dwells", "dwelt", "dwelt", "dwelling"],
    ["on", "upon", "at length on", "at length upon"],
    MENTION,
  ],
  [regular("touch"), ["on", "upon"], MENTION],
  // "didnt bring up Russia's own part": the article's "makes no mention of" (a frame of saying alone, it was glue).
  [["bring", "brings", "brought", "brought", "bringing"], ["up"], MENTION],
  [["live", "lives", "lived", "lived", "living"], ["with"], ACCEPT],
  [regular("look"), ["after", "into"], ADDRESS],
  [["deal", "deals", "dealt", "dealt", "dealing"], ["with"], ADDRESS],
  [["put", "puts", "put", "put", "putting"], ["off"], regular("postpone")],
];

/** "brushed off" → "dismissed": every form of every verb with each of its particles, to the same form. */
const ONE_WORD = new Map<string, string>();
for (const [forms, particles, word] of PHRASAL_VERBS)
  for (const particle of particles)
    forms.forEach((form, i) => {
      const key = `${form} ${particle}`;
      // "cut" is base, past and participle alike: the first form wins, and they all map to one word anyway.
      if (!ONE_WORD.has(key)) ONE_WORD.set(key, word[i]!);
    });

const PARTICLES = [...new Set(PHRASAL_VERBS.flatMap(([, particles]) => particles))]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(" ", "\\s+"));
const VERB_FORMS = [...new Set(PHRASAL_VERBS.flatMap(([forms]) => forms))];
const PHRASAL = new RegExp(`\\b(${VERB_FORMS.join("|")})\\s+(${PARTICLES.join("|")})\\b`, "giu");

/** Idioms of blame, read as the one verb: "took Washington to task for" is "criticized Washington for". */
const IDIOMS: [RegExp, Forms][] = [
  // "keeping the peace effort to itself" is monopolizing it.
  [
    /\b(keep|keeps|kept|kept|keeping)\s+((?:[\p{L}'’-]+\s+){1,4}?)to\s+(?:itself|themselves|himself|herself)\b/giu,
    MONOPOLIZE,
  ],
  [/\b(pay|pays|paid|paid|paying)\s+(?:(?:close|careful|full|great|due)\s+)?attention\s+to\b/giu, HEED],
  [/\b(take|takes|took|taken|taking)\s+(?:(?:full|due|careful)\s+)?account\s+of\b/giu, CONSIDER],
  [/\b(take|takes|took|taken|taking)\s+into\s+account\b/giu, CONSIDER],
  [/\b(take|takes|took|taken|taking)\s+((?:\S+\s+){1,3}?)to\s+task\b/giu, CRITICIZE],
  [/\b(point|points|pointed|pointed|pointing)\s+the\s+finger\s+at\b/giu, regular("blame")],
  [/\b(pin|pins|pinned|pinned|pinning)\s+the\s+blame\s+on\b/giu, regular("blame")],
  [/\b(lay|lays|laid|laid|laying)\s+the\s+blame\s+on\b/giu, regular("blame")],
  // "pins it / this / everything on Washington": blames Washington (not "pins hopes on").
  [
    /\b(pin|pins|pinned|pinned|pinning)\s+(?:it|this|that|everything|all\s+(?:of\s+)?(?:it|this))\s+on\b/giu,
    regular("blame"),
  ],
  // "approaches putting every party's interests first": prioritizing them (not "first" against "lasting").
  [
    /\b(put|puts|put|put|putting)\s+((?:[\p{L}'’-]+\s+){1,8}?)(?:first|above\s+all(?:\s+else)?)\b/giu,
    PRIORITIZE,
  ],
  // "failed to take care of Palestinian interests": to address them.
  [/\b(take|takes|took|taken|taking)\s+care\s+of\b/giu, ADDRESS],
  // "compromises that would suit both sides": acceptable to them.
  [
    /\b(that|which)\s+(?:would\s+|could\s+|might\s+)?(?:suit|suits|suited)\b/giu,
    ["acceptable to", "acceptable to", "acceptable to", "acceptable to", "acceptable to"],
  ],
  // "the US blew it in the Middle East": failed there.
  [/\b(blow|blows|blew|blown|blowing)\s+it\b/giu, regular("fail")],
  // "pushed hard for a ceasefire", "pressed for talks": called for them.
  [
    /\b(push|pushes|pushed|pushed|pushing)\s+(?:(?:hard|strongly|firmly)\s+)?for\b/giu,
    ["call for", "calls for", "called for", "called for", "calling for"],
  ],
  [
    /\b(press|presses|pressed|pressed|pressing)\s+(?:(?:hard|strongly|firmly)\s+)?for\b/giu,
    ["call for", "calls for", "called for", "called for", "calling for"],
  ],
  // "a member of the Quartet": part of it.
  [/\b(member|members)\s+of\b/giu, ["part of", "part of", "part of", "part of", "part of"]],
  // "dropped the ball on Palestinian interests": failed to address them.
  [
    /\b(drop|drops|dropped|dropped|dropping)\s+the\s+ball\s+on\b/giu,
    ["fails to address", "fails to address", "failed to address", "failed to address", "failing to address"],
  ],
  // "put the talks on hold", "put on ice": postponed, the other way round from a resumption.
  [
    /\b(put|puts|putting)\s+((?:[\p{L}'’-]+\s+){0,4}?)on\s+(?:hold|ice|the\s+back\s?-?burner)\b/giu,
    regular("postpone"),
  ],
];
const IDIOM_FORMS: Forms[] = [
  ["keep", "keeps", "kept", "kept", "keeping"],
  ["pay", "pays", "paid", "paid", "paying"],
  ["take", "takes", "took", "taken", "taking"],
  ["take", "takes", "took", "taken", "taking"],
  ["take", "takes", "took", "taken", "taking"],
  ["point", "points", "pointed", "pointed", "pointing"],
  ["pin", "pins", "pinned", "pinned", "pinning"],
  ["lay", "lays", "laid", "laid", "laying"],
  ["pin", "pins", "pinned", "pinned", "pinning"],
  ["put", "puts", "put", "put", "putting"],
  ["take", "takes", "took", "taken", "taking"],
  ["that", "which", "", "", ""],
  ["blow", "blows", "blew", "blown", "blowing"],
  ["push", "pushes", "pushed", "pushed", "pushing"],
  ["press", "presses", "pressed", "pressed", "pressing"],
  ["member", "members", "", "", ""],
  ["drop", "drops", "dropped", "dropped", "dropping"],
  ["put", "puts", "put", "put", "putting"],
];

/** "the policy flopped": failed (slang for it, one word). */
const FLOP = /\bflop(s|ped|ping)?\b/giu;
const FLOP_FORM: Record<string, string> = { "": "fail", s: "fails", ped: "failed", ping: "failing" };

/** How urgent, said in several words: "there is no rush to agree a ceasefire", "the ceasefire can wait". */
const NOT_URGENT = /\b(?:(?:is|was)\s+)?(?:in\s+)?no\s+(?:rush|hurry)\b/giu;
const CAN_WAIT = /\b(?:can|could|may|might|should|must|will|would)\s+wait\b/giu;
const AT_ONCE = /\b(?:right\s+away|straight\s+away|at\s+once|without\s+delay)\b/giu;

/** "not bothering to look for compromises": not looking for them (the bother says nothing of its own). */
const BOTHER_TO = /\b(?:bother|bothers|bothered|bothering)\s+to\s+/giu;

/** "the Kremlin is trying to help": seeking to, as the article's "seeks to assist" says. */
const TRY_TO = /\b(try|tries|tried|trying)\s+to\b/giu;
const TRY_FORM: Record<string, string> = { try: "seek", tries: "seeks", tried: "sought", trying: "seeking" };

/** "wants to stay out of resolving the conflict": not to resolve it. */
const STAY_OUT =
  /\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping)\s+(?:out\s+of|away\s+from|clear\s+of)\b/giu;

/** "kept quiet about Russia's role": said nothing about it. */
const KEPT_QUIET =
  /\b(?:keep|keeps|kept|keeping|remain|remains|remained|remaining|stay|stays|stayed|staying)\s+(?:quiet|silent|mum)\s+(?:about|on|over)\b/giu;

/** "take Palestinian interests into account": consider them. */
const TAKE: string[] = ["take", "takes", "took", "taken", "taking"];
const INTO_ACCOUNT = /\b(take|takes|took|taken|taking)\s+((?:[\p{L}'’-]+\s+){1,5}?)into\s+account\b/giu;

/** "regional players should work together / act in concert": coordinate. */
const COORDINATE = regular("coordinate");
const ACT_FORMS = [
  ["act", "work"],
  ["acts", "works"],
  ["acted", "worked"],
  ["acted", "worked"],
  ["acting", "working"],
];
const TOGETHER =
  /\b(act|acts|acted|acting|work|works|worked|working)\s+(?:together|in\s+concert|in\s+tandem|jointly|in\s+unison)\b/giu;

/** "paid no / little attention to": not heeded (before "few" and the idioms read "paid attention to"). */
const NO_ATTENTION =
  /\b(?:pay|pays|paid|paying)\s+(no|little|scant|hardly\s+any|scarcely\s+any)\s+(?:heed|attention)\s+to\b/giu;

/** "no longer sees a need": not (any more). */
const NO_LONGER = /\b(?:no\s+longer|not\s+any\s+(?:longer|more))\b/giu;

/** "few ties", "very few" (not "a few"): hardly any, as "little" says. */
const FEW = /(?<!\ba\s+)\b(?:very\s+)?few\b/giu;

/** "people who used to be Russian citizens": former ones. */
const USED_TO_BE = /\b(?:who\s+)?used\s+to\s+be\b/giu;

/** "skipped over Russia's role": did not mention it. */
const SKIPPED_OVER = /\b(?:skip|skips|skipped|skipping|pass|passes|passed|passing)\s+over\b/giu;

/** "left Russia's role unmentioned": not mentioned, as "did not mention Russia's role" says. */
const LEFT_UN = /\b(?:leave|leaves|left|leaving)\s+((?:[\p{L}'’-]+\s+){1,8}?)un(mention|address)ed\b/giu;

/**
 * "didn't say a word about", "never said anything about": a mention, negated as the claim negates it. Read before
 * the claim's attribution is, or "Putin didn't say" would be taken for a denied attribution ("X never said …").
 */
const SAY_A_WORD =
  /\b(say|says|said|saying)\s+(?:a\s+(?:single\s+)?word|anything)(?=\s+(?:about|on|of|in)\b)/giu;
const MENTION_FORM: Record<string, string> = {
  say: "mention",
  says: "mentions",
  said: "mentioned",
  saying: "mentioning",
};

export function sayingAsMention(text: string): string {
  return text.replace(SAY_A_WORD, (_, verb: string) => MENTION_FORM[verb.toLowerCase()] ?? "mention");
}

/** Prepositions of cause said in several words, read as the article's "due to". */
const CAUSE = /\b(?:because\s+of|owing\s+to|on\s+account\s+of|as\s+a\s+result\s+of)\b/giu;

/** "except Hamas", "apart from Hamas": what follows is left out, as after "not" ("including Hamas" is not it). */
const EXCEPT =
  /\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of)\b/giu;

/** "the only member", "in Israel only" (at the end): a restriction, read as "the sole", "solely". */
const THE_ONLY = /\bthe\s+only\b/giu;
const ONLY_AT_END = /\bonly(?=\s*[.!]?\s*$)/iu;

/**
 * English: phrasal verbs as one word, prepositions of cause as "due to", of exception as "not", a restricting
 * "only" as "solely", "no rush" and "can wait" as "not urgent", "left … unmentioned" as "did not mention …".
 */
export function joinPhrasalVerbs(text: string): string {
  let out = new Rewriting(text);
  IDIOMS.forEach(([idiom, word], i) => {
    out = out.replace(idiom, (_, verb: string, object: unknown) => {
      const form = IDIOM_FORMS[i]!.indexOf(verb.toLowerCase());
      // "take … to task" and "keep … to itself" capture an object; for the others the next argument is the match's
      // offset.
      return `${word[Math.max(0, form)]!} ${typeof object === "string" ? object : ""}`.trimEnd();
    });
  });
  return out
    .replace(PHRASAL, (whole, verb: string, particle: string) => {
      const key = `${verb.toLowerCase()} ${particle.toLowerCase().replace(/\s+/g, " ")}`;
      return ONE_WORD.get(key) ?? whole;
    })
    .replace(NOT_URGENT, "is not urgent")
    .replace(CAN_WAIT, "is not urgent")
    .replace(AT_ONCE, "immediately")
    .replace(USED_TO_BE, "former")
    .replace(KEPT_QUIET, "said nothing about")
    .replace(
      INTO_ACCOUNT,
      (_, verb: string, object: string) =>
        `${CONSIDER[TAKE.indexOf(verb.toLowerCase())] ?? "consider"} ${object.trimEnd()}`,
    )
    .replace(
      TOGETHER,
      (_, verb: string) =>
        COORDINATE[ACT_FORMS.findIndex((f) => f.includes(verb.toLowerCase()))] ?? "coordinate",
    )
    .replace(STAY_OUT, "not")
    .replace(BOTHER_TO, "")
    .replace(TRY_TO, (_, verb: string) => `${TRY_FORM[verb.toLowerCase()] ?? "seek"} to`)
    .replace(NO_ATTENTION, (_, little: string) => `${little.toLowerCase() === "no" ? "no" : "little"} heeded`)
    .replace(FEW, "little")
    .replace(NO_LONGER, "not")
    .replace(SKIPPED_OVER, "did not mention")
    .replace(LEFT_UN, (_, object: string, verb: string) => `did not ${verb} ${object.trimEnd()}`)
    .replace(FLOP, (_, ending?: string) => FLOP_FORM[(ending ?? "").toLowerCase()] ?? "failed")
    .replace(CAUSE, "due to")
    .replace(EXCEPT, "not")
    .replace(THE_ONLY, "the sole")
    .replace(ONLY_AT_END, "solely").text;
}

/**
 * A text rewritten by a chain of patterns, each skipped when it cannot match: a pattern opening with a list of
 * whole words ("\b(play|plays|…)\s+…") needs one of them among the text's words. About 40 patterns a claim, most
 * finding nothing: a word-set look-up is cheaper than the scan, and what a skipped `replace` would return is the
 * text unchanged, so the result is the same. Patterns of another shape always run.
 */
class Rewriting {
  #words: Set<string> | null = null;
  constructor(readonly text: string) {}
  replace(pattern: RegExp, replacement: string | Replacer): Rewriting {
    const needed = openingWordsOf(pattern);
    if (needed !== null && !FOLDS_TO_ASCII.test(this.text)) {
      this.#words ??= new Set(this.text.toLowerCase().split(NOT_ASCII_WORD));
      if (!needed.some((w) => this.#words!.has(w))) return this;
    }
    const out = this.text.replace(pattern, replacement as Replacer);
    return out === this.text ? this : new Rewriting(out);
  }
}

/** A `replace` callback: the match and its groups (then the offset and the text, as String.prototype.replace calls it). */
type Replacer = (substring: string, ...rest: string[]) => string;

/** Under /iu, "ſ" matches "s" and the Kelvin sign "k": a text with either is not looked up by words. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;
/** What a pattern's \b and \w call a word (ASCII, the text then having no ſ or Kelvin sign). */
const NOT_ASCII_WORD = /[^a-z0-9_]+/;
const openingWords = new WeakMap<RegExp, string[] | null>();

/** "\b(try|tries|…)\s+to": the whole words a pattern's match opens with, in lower case; null for another shape. */
function openingWordsOf(pattern: RegExp): string[] | null {
  let words = openingWords.get(pattern);
  if (words === undefined) {
    const opening = /^\\b\((?:\?:)?([a-z]+(?:\|[a-z]+)*)\)(?:\\s|\\b)/.exec(pattern.source);
    words = opening && !pattern.sticky ? opening[1]!.split("|") : null;
    openingWords.set(pattern, words);
  }
  return words;
}

/**
 * Russian "выступать за/против" (to be for / against) as the one verb its opposite pair lists: "выступает
 * против диалога" is "возражает", against the passage's "подчёркивает важность … диалога".
 */
const RUSSIAN_FOR_AGAINST = /(^|[^\p{L}])(выступа\p{L}*|выступил\p{L}*)\s+(за|против)(?=$|[^\p{L}])/giu;

/** "за исключением ХАМАС", "кроме ХАМАС" (except Hamas) read as "без" (without); not "кроме того" (moreover). */
const RUSSIAN_EXCEPT = /(^|[^\p{L}])(?:за\s+исключением|кроме(?!\s+того(?=$|[^\p{L}])))(?=$|[^\p{L}])/giu;

/** "спешить с прекращением огня не стоит", "нет спешки" (no rush): не срочно, against "немедленного". */
const RUSSIAN_NO_RUSH =
  /(^|[^\p{L}])(?:не\s+(?:стоит|нужно|надо|следует)\s+(?:торопиться|спешить)|(?:торопиться|спешить)(\s+[^.!?]{0,40}?\s+)не\s+(?:стоит|нужно|надо|следует)|нет\s+(?:никакой\s+)?спешки|не\s+к\s+спеху)(?=$|[^\p{L}])/giu;

export function joinRussianPhrasalVerbs(text: string): string {
  return text
    .replace(RUSSIAN_NO_RUSH, (_, before: string, between?: string) => `${before}не срочно${between ?? ""}`)
    .replace(RUSSIAN_FOR_AGAINST, (_, before: string, _verb: string, side: string) =>
      side.toLowerCase() === "за" ? `${before}поддерживает` : `${before}возражает`,
    )
    .replace(RUSSIAN_EXCEPT, "$1без");
}

/**
 * Russian "ничего не сказал о", "не сказал ни слова о", "ни слова не сказал о" (said nothing about) as "не упомянул о", and "(подробно)
 * рассказал о", "говорил о" (spoke about) as "упомянул о": saying something about a thing is mentioning it. Read
 * before the claim's attribution is, or "Путин не сказал" would be taken for a denied attribution.
 */
const RUSSIAN_SAID_NOTHING =
  /(^|[^\p{L}])(?:(?:ничего\s+|ни\s+(?:единого\s+|одного\s+)?слов(?:а|ом)\s+)?не\s+(?:сказал\p{L}*|говорил\p{L}*|говорит|говорят|обмолвил\p{L}*|обмолвит\p{L}*)|умолчал\p{L}*|умалчивает|промолчал\p{L}*)\s+(?:ни\s+(?:единого\s+|одного\s+)?слов(?:а|ом)\s+|ничего\s+)?(о|об|обо|про)(?=\s)/giu;
const RUSSIAN_SPOKE_OF =
  /(^|[^\p{L}])(?:(?:подробно|много|долго|обстоятельно|пространно)\s+)?(?:рассказал\p{L}*|рассказывал\p{L}*|говорил\p{L}*|обмолвил\p{L}*|высказал\p{L}*\s+|высказывал\p{L}*)\s+(о|об|обо|про)(?=\s)/giu;

export function russianSayingAsMention(text: string): string {
  return text.replace(RUSSIAN_SAID_NOTHING, "$1не упомянул $2").replace(RUSSIAN_SPOKE_OF, "$1упомянул $2");
}

/**
 * Russian idioms of (not) taking into account read as the one verb the opposites list: "оставляла без внимания",
 * "не принимала во внимание", "обходит вниманием", "закрывает глаза на" → "игнорирует"; "принимает во внимание" →
 * "учитывает". Read on the claim and on the translations alike, so "игнорировала" lines up with "оставляла без
 * внимания" instead of being a stance of its own against the article's "без" (without).
 */
const RUSSIAN_IGNORES =
  /(^|[^\p{L}])(?:(?:оставля\p{L}*|остав(?:ил|ит|ят|ив)\p{L}*)\s+без\s+(?:всякого\s+|должного\s+|какого-либо\s+)?внимания|не\s+(?:принима\p{L}*|принял\p{L}*|примет|примут|брал\p{L}*|берёт|берет|берут)\s+(?:\p{L}+\s+)?во\s+внимание|(?:обош\p{L}*|обход\p{L}*)\s+вниманием|закрыва\p{L}*\s+глаза|закрыл\p{L}*\s+глаза)(?=$|[^\p{L}])/giu;
const RUSSIAN_TAKES_INTO_ACCOUNT =
  /(^|[^\p{L}])(?:принима\p{L}*|принял\p{L}*|примет|примут|брал\p{L}*|берёт|берет|берут)\s+(?:\p{L}+\s+)?во\s+внимание(?=$|[^\p{L}])/giu;

/** "высоко оценил", "положительно оценивает": praised (the opposites list's "похвалил"), not a neutral assessment. */
const RUSSIAN_PRAISES =
  /(^|[^\p{L}])(?:высоко|положительно|позитивно|одобрительно)\s+(?:оцени\p{L}*|оценива\p{L}*|отзыва\p{L}*|отозвал\p{L}*)(?=$|[^\p{L}])/giu;

export function readRussianIdioms(text: string): string {
  return readRussianContactWords(text)
    .replace(RUSSIAN_IGNORES, "$1игнорирует")
    .replace(RUSSIAN_TAKES_INTO_ACCOUNT, "$1учитывает")
    .replace(RUSSIAN_PRAISES, "$1похвалил");
}
