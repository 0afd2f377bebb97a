// Kind: a yes/no question that puts another party in the doer's or the target's place of something the
// evidence says. "so putin is the one monopolizing the peace efforts?" — the evidence has Putin criticize
// Washington *for* monopolizing them; "это Израиль хочет выглядеть беспристрастным посредником?" — it is Moscow.
// The entry's words are all there, so its curated Yes would confirm a false statement. Read here: for each act
// (blaming, monopolizing, calling for, presenting itself, ties, concern…) named in both, the party nearest
// before the act is its doer and the parties after it its targets, in the question and in the evidence's
// sentence; a doer of another side (Putin, Russia, the Kremlin and Peskov are one side) or a target the
// sentence does not name is a swap: No when the question singles the party out ("the one", "it's X who",
// "это X"), else the article doesn't say (it may be so; the article does not report it).
import type { Answer, Lang } from "../answering/types.js";
import { type Parties, partyMentions } from "../knowledge/parties.js";
import { viewAsAccording } from "./asker-degree.js";
import { guiltAt } from "./guilt-form.js";
import { asSubject, tellsSubject, verbAgreement } from "./russian-agent.js";

/** "he" in the evidence is Putin. */
const HE = /(?<!\p{L})(?:he|он)(?!\p{L})/u;
const HE_ALL = new RegExp(HE.source, "gu");

/** Acts with a doer, by class: a question's act is compared with the evidence's act of the same class. */
const ACTS: readonly [string, RegExp][] = [
  [
    "blame",
    /(?<!\p{L})(?:blam\p{L}*|accus\p{L}*|critici[sz]\p{L}*|fault\p{L}*|fingers?|обвин\p{L}*|вин[уыа]|винит|критик\p{L}*|раскритик\p{L}*|упрека\p{L}*|упрекн\p{L}*)(?!\p{L})/u,
  ],
  ["monopoly", /(?<!\p{L})(?:monopol\p{L}*|монопол\p{L}*)(?!\p{L})/u],
  [
    "call",
    /(?<!\p{L})(?:call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|demand\p{L}*|press(?:es|ed|ing)? for|urg\p{L}*|emphasi[sz]\p{L}*|призыва\p{L}*|призва\p{L}*|призвал\p{L}*|подчеркн\p{L}*|подчеркива\p{L}*|добива\p{L}*|добил\p{L}*|настаива\p{L}*|настоял\p{L}*|требова\p{L}*|требу\p{L}*)(?!\p{L})/u,
  ],
  ["image", /(?<!\p{L})(?:impartial|mediator\p{L}*|беспристраст\p{L}*|посредник\p{L}*)(?!\p{L})/u],
  ["ties", /(?<!\p{L})(?:ties|связ\p{L}*)(?!\p{L})/u],
  ["concern", /(?<!\p{L})(?:concern\p{L}*|обеспокоен\p{L}*|озабочен\p{L}*)(?!\p{L})/u],
  ["acknowledge", /(?<!\p{L})(?:acknowledg\p{L}*|призна\p{L}*)(?!\p{L})/u],
];
/** Each act's pattern made global once (matchAll), not per text read. */
const ALL_OF = new Map(ACTS.map(([, cls]) => [cls, new RegExp(cls.source, "gu")]));

/** An act asked in the passive ("is the US accused of…", "США обвиняют…") names its target first: no doer read. */
const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{L}+ly\s+)?)$/u;
/** "is the US accused of…": a be-verb, its subject, then the participle (no "who"/"that" starting a clause). */
const PASSIVE_SPLIT =
  /(?<!\p{L})(?:is|are|was|were|been|being)\s(?:(?!(?<!\p{L})(?:who|that)(?!\p{L}))[^?])*$/u;
/** A party after a preposition ("ties with Hamas", "связи с ХАМАС") is no doer; "у России" is one. */
const OBJECT_BEFORE =
  /(?<!\p{L})(?:with|to|for|against|on|at|from|about|by|of|toward|towards|over|с|со|на|за|в|во|к|ко|от|для|против|про|о|об|перед|над)\s+(?:the\s+)?$/u;
const IMPERSONAL_RU = /(?:ют|ят|ут|ат|ются|ятся)$/u;

/** The question singles its party out: "the one", "it's X who", "is it X that", "only X", "это X", "именно X". */
const SINGLED =
  /(?<!\p{L})(?:the one|the ones|it's|it is|is it|was it|only|это|именно|только)(?!\p{L})|^(?:so )?\p{L}+ is who/u;

/** The whole blame put on the party ("for everything", «во всём»): the evidence's blame of another denies it. */
const WHOLLY =
  /(?<!\p{L})(?:everything|all of (?:it|this)|all (?:the|of the) blame|entirely|solely|wholly|во вс[её]м|целиком|полностью|всю вину)(?!\p{L})/u;

/** The evidence's own matter of the charge: the failed policy («провал политики»), monopolizing, ignoring. */
const OWN_MATTER =
  /(?<!\p{L})(?:for (?:the |a |its |their )?(?:fail\p{L}*|polic\p{L}*|monopol\p{L}*|ignor\p{L}*|overlook\p{L}*)|в (?:провал\p{L}*|неудач\p{L}*|политик\p{L}*|монопол\p{L}*))/u;

/** One more target besides the evidence's ("too", "as well", "тоже", "ещё и"): the article is silent on it. */
export const ADDED =
  /(?<!\p{L})(?:too|also|as well|either|as well as|besides|тоже|также|и сам\p{L}*|ещ[её](?: и)?|кроме)(?!\p{L})/u;

/** A charge of someone's asked ("blame", "criticise", «обвинять»): its target is the evidence's to settle. */
export const chargeAsked = (asked: string): boolean => ACTS[0]?.[1].test(asked) ?? false;

/** A charge asked as one more target ("did he blame Iran too?"): the article is silent on the addition. */
export const oneMoreCharged = (asked: string): boolean => ADDED.test(asked) && chargeAsked(asked);

/**
 * A criticism asked in English, not a blame ("did he criticize hamas?"). Russian «критикует/упрекает X?» stays the
 * No the pinned sets want (dialogues-own43 «а Египет он раскритиковал?», dialogues15).
 */
const CRITICISM = /(?<!\p{L})(?:critici[sz]\p{L}*|critique\p{L}*|condemn\p{L}*)(?!\p{L})/u;
const BLAME_WORD =
  /(?<!\p{L})(?:blam\p{L}*|accus\p{L}*|fault\p{L}*|fingers?|обвин\p{L}*|вин[уыа]|винит)(?!\p{L})/u;

/**
 * A charge on a target the evidence does not name that the article is silent on: asked as one more, or asked as a
 * criticism (dialog48: blaming the US for the violence is the charge the article reports, so "did he blame Israel?"
 * is No; criticising is any reproach, and one of Hamas the article neither reports nor rules out — doesn't say).
 */
export const unsaidCharge = (asked: string): boolean =>
  oneMoreCharged(asked) || (CRITICISM.test(asked) && !BLAME_WORD.test(asked) && !MATTER.test(asked));

/** The criticism's matter named ("criticises hamas for monopolizing…", «упрекает в монополизации»): the evidence's. */
const MATTER = /(?<!\p{L})(?:for|за|в)\s+\p{L}{4,}/u;

interface Found {
  side: string;
  start: number;
  end: number;
}

/** The parties a text names (the parties table: each party with its people is one side). */
function partiesIn(text: string, withHe: boolean, table: Parties): Found[] {
  const out: Found[] = partyMentions(table, text).map((m) => ({ side: m.id, start: m.start, end: m.end }));
  if (withHe)
    for (const m of text.matchAll(HE_ALL))
      out.push({ side: "russia", start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Doer (the party nearest before the act) and targets (the parties after it) of each act of `cls` in `text`. */
function rolesOf(text: string, cls: RegExp, withHe: boolean, lang: Lang, table: Parties, clauseEnd?: RegExp) {
  const out: { doer: string | null; targets: Set<string>; guilt: boolean }[] = [];
  // No act of the class in the text: nothing to read (the parties are found only where an act is).
  if (!cls.test(text)) return out;
  const parties = partiesIn(text, withHe, table);
  for (const m of text.matchAll(ALL_OF.get(cls) ?? new RegExp(cls.source, "gu"))) {
    const before = text.slice(0, m.index);
    const passive =
      lang === "ru"
        ? IMPERSONAL_RU.test(m[0])
        : PASSIVE_BEFORE.test(before) || (/(?:ed|en)$/.test(m[0]) && PASSIVE_SPLIT.test(before));
    // "Washington is the one to blame", "America's fault": the party before is the one blamed (guilt-form.ts).
    const guilt = lang === "en" && !withHe && guiltAt(text, m.index, m[0]);
    // «путин сша обвинил?»: in Russian the verb's agreement and the party's case tell the doer (russian-agent.ts).
    const subject = lang === "ru" && tellsSubject(m[0]) ? russianDoer(text, m, parties) : undefined;
    const agreed = subject === undefined || subject === null ? subject : subject.side;
    const doer =
      agreed !== undefined
        ? agreed
        : passive || guilt
          ? null
          : (parties.filter((p) => p.end <= m.index && !OBJECT_BEFORE.test(text.slice(0, p.start))).at(-1)
              ?.side ?? null);
    const after = m.index + m[0].length;
    const endAt = clauseEnd ? clauseEnd.exec(text.slice(after)) : null;
    const until = endAt ? after + endAt.index : text.length;
    // «обвинил ли Путин США в…»: the subject read by agreement after the verb is the doer, not a target of it.
    const targets = new Set(
      parties.filter((p) => p.start >= after && p.end <= until && p !== subject).map((p) => p.side),
    );
    const blamed = guilt ? parties.filter((p) => p.end <= m.index).at(-1) : undefined;
    if (blamed) targets.add(blamed.side);
    // "а Израиль Путин обвинил?": a Russian target may come first, before the doer (dialog43); with the doer read
    // by agreement, every other party of the clause is a target («путина сша обвинили?»).
    if (agreed !== undefined && agreed !== null)
      for (const p of parties)
        if (p.end <= m.index && p.side !== agreed && !OBJECT_BEFORE.test(text.slice(0, p.start)))
          targets.add(p.side);
    const doerAt = doer === null ? -1 : parties.findIndex((p) => p.side === doer && p.end <= m.index);
    if (lang === "ru" && agreed === undefined && targets.size === 0 && doerAt > 0)
      for (const p of parties.slice(0, doerAt))
        if (p.side !== doer && !OBJECT_BEFORE.test(text.slice(0, p.start))) targets.add(p.side);
    out.push({ doer, targets, guilt });
  }
  return out;
}

/**
 * The Russian doer of the act `m` by agreement and case: a sure subject (a person's bare name, «россия») before one
 * that may be an object too («сша», «вашингтон»), the nearest before the verb first, then after it; undefined where
 * no party of the text can be its subject (the old reading by place stands), null for an impersonal plural. The
 * party's mention is returned: after the verb («винит ли Путин США») it is no target of the act.
 */
function russianDoer(text: string, m: RegExpExecArray, parties: Found[]): Found | null | undefined {
  // Only the verb's own clause: «Путин критикует Вашингтон за то, что тот монополизировал…» has no party in it.
  const [from, to] = clauseAround(text, m.index, m.index + m[0].length);
  const plural = verbAgreement(m[0]) === "pl";
  const free = parties.filter(
    (p) => p.start >= from && p.end <= to && !OBJECT_BEFORE.test(text.slice(0, p.start)),
  );
  // "Критикуют ли в статье Соединённые Штаты?": a plural verb before a party that may be its object is impersonal.
  const fits = free
    .map((p) => ({ p, as: asSubject(text.slice(p.start, p.end), m[0]) }))
    .filter((f) => !(plural && f.as === "maybe" && f.p.start > m.index));
  const byPlace = (a: (typeof fits)[number], b: (typeof fits)[number]) =>
    (a.p.end <= m.index ? m.index - a.p.end : 1000 + a.p.start) -
    (b.p.end <= m.index ? m.index - b.p.end : 1000 + b.p.start);
  const sure = fits.filter((f) => f.as === "sure").sort(byPlace)[0];
  const maybe = fits.filter((f) => f.as === "maybe").sort(byPlace)[0];
  const found = sure ?? maybe;
  if (found) return found.p;
  return IMPERSONAL_RU.test(m[0]) ? null : undefined;
}

/**
 * A Russian clause's bounds: a comma, a dash, a colon, a word opening a clause («что», «который», «чтобы») or a verb
 * of saying before its reported clause («путин говорит вашингтон монополизировал…»: Washington is that clause's doer).
 */
const CLAUSE_RU =
  /[,;:—–]|(?<!\p{L})(?:что|чтобы|котор\p{L}*|когда|если|потому|хотя|говорит|говорил|сказал\p{L}*|считает|считал|думает|заявля\p{L}*|заявил\p{L}*|утвержда\p{L}*|полага\p{L}*)(?!\p{L})/gu;
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const c of text.matchAll(CLAUSE_RU)) {
    if (c.index + c[0].length <= start) from = c.index + c[0].length;
    else if (c.index >= end) {
      to = c.index;
      break;
    }
  }
  return [from, to];
}

const MAX_CHARS = 200;
const CLAUSE_END = /\s[—–-]\s|[,;:]|(?<!\p{L})(?:это|is that|are those|according to)(?!\p{L})/u;
/** "blaming the US for the Hamas-Israel mess", "accuse the US of…", "винит США за…": after "for"/"of"/"за" comes the matter, not a target. */
const BLAME_MATTER = /(?<!\p{L})(?:for|over|of|за)(?!\p{L})/u;
/** "did he blame the US like Putin did?": the voice compared with is no target. */
const LIKE = /(?<!\p{L})(?:like|just like|as did|как и|так же как)(?!\p{L})/u;
/**
 * «обвиняет Вашингтон в игнорировании интересов палестинцев», «упрекает США в том, что …»: after «в» comes the charge's
 * matter, whose parties are no target (verdict45); «во всём Израиль» keeps its party.
 */
const CHARGE_MATTER_RU = /(?<!\p{L})(?:в|во)(?!\p{L})(?!\s+вс[её]м(?!\p{L}))/u;
const BLAME_END_IN_QUESTION = new RegExp(
  `${CLAUSE_END.source}|${BLAME_MATTER.source}|${CHARGE_MATTER_RU.source}|${LIKE.source}`,
  "u",
);

/**
 * "does he say who's to blame?", «он говорит, кто виноват?»: the target asked for, not put in the place of the
 * evidence's ("who" read as a party blamed gave a false "doesn't say", dialog32 d65-21#3). Only after a verb of
 * saying: "is it erdogan who blames the US?" is a swap of the doer.
 */
const TARGET_ASKED =
  /(?<!\p{L})(?:say|says|said|tell|tells|told|mention\p{L}*|explain\p{L}*|nam(?:e|es|ed)|говор\p{L}*|сказал\p{L}*|называ\p{L}*|пиш\p{L}*|объясня\p{L}*),? (?:who(?:'s|’s| is| was| are)?|whom|кто|кого) (?:(?:really|actually|exactly|именно) )?(?:to blame|responsible|at fault|blame[sd]?|виноват\p{L}*|вин(?:ит|ят|ил)\p{L}*|ответствен\p{L}*)(?!\p{L})/u;

export function agentSwapVerdict(
  question: string,
  answer: Answer,
  lang: Lang,
  table: Parties,
): "no" | "not-said" | null {
  if (!answer.answered || answer.kind !== "entry" || question.length > MAX_CHARS) return null;
  // "… in putin's eyes": the voice's frame ends the clause as "according to" does, no target (asker-degree.ts).
  const asked = viewAsAccording(question.toLowerCase().replace(/ё/g, "е"));
  if (TARGET_ASKED.test(asked)) return null;
  const sentences = [answer.answer, ...answer.quotes.flatMap((q) => [q.text, q.translation ?? ""])]
    .join(" ")
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/(?<=[.!?;])\s+/u);
  for (const [act, cls] of ACTS) {
    // The question's targets end with its clause ("…monopolized the peace process — Putin's words?").
    const blame = act === "blame";
    const inQuestion = rolesOf(asked, cls, false, lang, table, blame ? BLAME_END_IN_QUESTION : CLAUSE_END);
    if (inQuestion.length === 0) continue;
    const inEvidence = sentences.flatMap((s) =>
      rolesOf(s, cls, true, lang, table, blame ? BLAME_MATTER : undefined),
    );
    if (inEvidence.length === 0) continue;
    for (const q of inQuestion) {
      const doerSwapped =
        q.doer !== null &&
        inEvidence.some((e) => e.doer !== null) &&
        !inEvidence.some((e) => e.doer === q.doer);
      // Only whom an accusation is aimed at is a target the evidence names in full ("ties with both sides"
      // takes in Hamas; "blames the US" takes in no one else).
      const targetSwapped =
        act === "blame" &&
        q.targets.size > 0 &&
        !inEvidence.some((e) => [...q.targets].every((t) => e.targets.has(t)));
      // dialog36's blame convention (was dialog43's No): a charge of the article's voice put on another target
      // ("did he blame Israel?", «а Израиль он обвинил?») is "doesn't say": the article reports whom he blames and
      // never says he does not blame another. No where the question singles the party out ("only Israel", "it's
      // Israel he blames") or charges it with the evidence's own matter ("blame Israel for the failed policy").
      // Its own side blamed ("did he blame russia at all", «а россию путин винил?»): No — the article has Putin make
      // no mention of Russia's own role, and the blame he gives is the United States'.
      if (targetSwapped && q.doer !== null && !doerSwapped)
        return SINGLED.test(asked) || WHOLLY.test(asked) || OWN_MATTER.test(asked) || q.targets.has(q.doer)
          ? "no"
          : "not-said";
      if (doerSwapped || (targetSwapped && (q.doer !== null || q.guilt)))
        return SINGLED.test(asked) ? "no" : "not-said";
    }
  }
  return null;
}
