// (claims-r2-36) One reader of approval for both products: a verdict's question ("has the US done enough?", "should
// the US have a monopoly on peace efforts?", «правильно ли США монополизировали …») in src/dialogue/approval.ts and
// a /check claim ("Putin said Washington was right to monopolize peace efforts", «Путин доволен политикой США») in
// approval-of-fault.ts. The words are the union of what each read before. A word of prescription ("should", "must",
// «должны») counts only before the faulted practice itself, with no stop between: "the US must consider
// compromises" and "the US must stop monopolizing" prescribe no monopoly. A negation within a few words before
// the approving words undoes them ("did not succeed", «не удалась»). Bounded expressions: word lists, bounded gaps.
import { lean } from "../lib/lean-regexp.js";

export type ApprovalLang = "en" | "ru";

/** Approval, sufficiency, success or contentment, of a deed or of someone: the union of both readers' words. */
const APPROVAL_EN = lean(
  /(?<!\p{L})(?:(?:was|were|is|are|be|been)\s{1,3}(?:(?:quite|absolutely|perfectly|completely|entirely)\s{1,3})?(?:right|correct|justified|wise|smart)\s{1,3}(?:to|in)|(?:do|does|did|done|doing)\s{1,3}(?:the\s{1,3}right\s{1,3}thing|(?:very\s{1,3})?well\s{1,3}(?:to|by|in)|enough)|deserves?\s{1,3}(?:credit|praise)|(?:commend|applaud)(?:s|ed|ing)?|approv(?:e|es|ed|ing)\s{1,3}of|(?:should|must|ought\s{1,3}to)\s{1,3}(?:keep|continue|carry\s{1,3}on|go\s{1,3}on|stay|remain)|(?:handl\p{L}*|manag\p{L}*|dealt|deal|deals|dealing|done|did|does|doing|perform\p{L}*|act\p{L}*|behav\p{L}*)(?:\s{1,3}[\p{L}'-]+){0,5}\s{1,3}(?:well|right|properly|responsibly|wisely|fairly)(?!\p{L})|(?:a\s{1,3})?(?:(?:really|very|pretty|super)\s{1,3})?(?:good|great|fine|decent|solid|reasonable|top|fantastic|excellent|brilliant|amazing|terrific|wonderful|splendid|stellar)\s{1,3}(?:job|work)|(?:got|gotten|get|gets|getting)\s{1,3}(?:it|things|this|that|anything|something|much)\s{1,3}right|on\s{1,3}the\s{1,3}right\s{1,3}track|nail(?:ed|s|ing)?(?:\s{1,3}it)?|(?:a\s{1,3})?(?:(?:huge|big|great|real)\s{1,3})?success(?:ful)?|succeed\p{L}*|(?:happy|satisfied|pleased|content|fine|ok|okay|alright|glad|cool|comfortable|impressed)\s{1,3}(?:with|about)|(?:like|likes|liked|love|loves|loved)(?=\s{1,3}(?:(?:the|his|their|its)\s{1,3})?[\p{L}-]+\s{0,3}\??$)|(?<!\bas\s{1,3})well(?=\s{0,3}[.!?]*\s{0,3}$))(?!\p{L})/iu,
);
const APPROVAL_RU = lean(
  /(?<!\p{L})(?:(?:правильно|верно|разумно|мудро|справедливо|хорошо)\s{1,3}(?:сделал\p{L}{0,2}|дела\p{L}{1,3}|поступ\p{L}{1,4}|действ\p{L}{1,6}|ведут|ведёт|ведет|вел\p{L}{0,2}|вёл|повел\p{L}{0,3}|сработ\p{L}{1,4}|монополиз\p{L}{1,9}|игнорир\p{L}{1,6}|справ\p{L}{1,6})|удал(?:ась|ось|ись|ся)|успешн\p{L}*|успех\p{L}*|сделал\p{L}*\s{1,3}(?:вс[её]\s{1,3})?достаточно|достаточно\s{1,3}(?:сделал\p{L}*|постарал\p{L}*)|справил\p{L}*|справля\p{L}*|сработал\p{L}*|доволен|довольна|довольны|рад|рада|рады|удовлетворён\p{L}{0,2}|удовлетворен\p{L}{0,2}|одобря\p{L}*|одобрил\p{L}*|хвал\p{L}*|похвал\p{L}*|нрав(?:ит|ят|ил|ил[аио])ся|понрав\p{L}*|правы|прав|молодц\p{L}{0,2}|заслужива\p{L}{1,3}\s{1,3}похвал\p{L}{0,2})(?!\p{L})/iu,
);

/** A negation within three words before the approving words: "was not right to", "did not succeed", «не удалась». */
const NEGATED_BEFORE_EN =
  /(?<!\p{L})(?:not|never|no|hardly|n['’]t)(?:\s{1,3}[\p{L}'’-]{1,30}){0,3}\s{1,3}$|n['’]t\s{1,3}$/iu;
const NEGATED_BEFORE_RU = /(?<!\p{L})(?:не|ни|нет|никогда)(?:\s{1,3}\p{L}{1,30}){0,2}\s{1,3}$/iu;

/** The approval is of the criticism itself: "Putin was right to criticize …", «Путин прав, критикуя …». */
const OF_CRITICISM = lean(
  /(?<!\p{L})(?:criticiz\p{L}*|criticis\p{L}*|blam\p{L}*|fault\p{L}*|slam\p{L}*|condemn\p{L}*|denounc\p{L}*|критик\p{L}*|раскритик\p{L}*|обвин\p{L}*|вин\p{L}{1,3}|осуд\p{L}*|осужд\p{L}*)/iu,
);

/** A word of prescription or approval that may stand before the practice: "should", "right to", «должны». */
const PRESCRIBES_EN =
  /(?<!\p{L})(?:should|ought to|must|(?:right|correct|justified|wise|good|fair|ok|okay|fine) (?:to|that|for|in)|(?:a )?good (?:thing|idea)|deserves? to)(?!\p{L})/giu;
const PRESCRIBES_RU =
  /(?<!\p{L})(?:должен|должн\p{L}*|следует|стоит|нужно|надо|правильно|верно|хорошо|справедливо|разумно|прав|правы)(?!\p{L})/giu;
/** Between the prescription and the practice, a word that turns it away: "must stop …", «должны перестать …». */
const STOP =
  /(?<!\p{L})(?:not|never|no|n['’]t|stop\p{L}*|ceas\p{L}*|end|ending|quit\p{L}*|avoid\p{L}*|refrain\p{L}*|give up|abandon\p{L}*|without|instead|rather|than|criticiz\p{L}*|blam\p{L}*|не|ни|перестать|перестал\p{L}*|прекрат\p{L}*|прекращ\p{L}*|отказ\p{L}*|без|вместо|критик\p{L}*)(?!\p{L})/iu;
/** A negation right before a prescription word: «не должны», «не следует», "not right to". */
const NOT_BEFORE = /(?<!\p{L})(?:не|not)\s{1,3}$/iu;
/** Words a prescription may stand from its practice ("should the US have a monopoly": four). */
const GAP_WORDS = 8;
/** Characters after a prescription word in which its practice is looked for. */
const WINDOW = 240;

/** The practices a speaker faults, by a fault word's stem: the deed in either language. */
const PRACTICES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^monopol/iu,
    /(?<!\p{L})(?:monopol\p{L}*|монопол\p{L}*|single-handedly|в одиночку|единолично)|(?<!\p{L})(?:alone|on (?:its|their) own)(?!\p{L})/iu,
  ],
  [
    /^(?:ignor|overlook)/iu,
    /(?<!\p{L})(?:ignor\p{L}*|overlook\p{L}*|disregard\p{L}*|игнор\p{L}*|пренебр\p{L}*)/iu,
  ],
];

/** The practice a fault word names ("monopolizing", "overlooked"); undefined when it names none. */
export function practiceOf(faultWord: string): RegExp | undefined {
  return PRACTICES.find(([stem]) => stem.test(faultWord))?.[1];
}

/**
 * The faulted practice prescribed or approved: a word of prescription, then within a few words and no stop the
 * practice ("should the US have a monopoly …?", «США должны монополизировать …»); its words, or null.
 */
export function prescribedPractice(text: string, practice: RegExp, lang: ApprovalLang): string | null {
  if (!practice.test(text)) return null;
  const prescribes = lang === "ru" ? PRESCRIBES_RU : PRESCRIBES_EN;
  prescribes.lastIndex = 0;
  for (let m = prescribes.exec(text); m !== null; m = prescribes.exec(text)) {
    // (claims-r2-37) «США не должны монополизировать …»: the prescription negated before it prescribes the stop.
    if (NOT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // A window, not the rest of the text: each prescription word costs a bounded scan (linear on long input).
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW);
    const found = practice.exec(after);
    if (found === null) continue;
    const gap = after.slice(0, found.index);
    if (!STOP.test(gap) && gap.split(/\s+/u).filter(Boolean).length <= GAP_WORDS)
      return `${m[0]} … ${found[0]}`.toLowerCase();
  }
  return null;
}

/** The approving words of a text, unless negated right before or of the criticism itself; null when none. */
export function approvingWords(text: string, lang: ApprovalLang): string | null {
  const m = (lang === "ru" ? APPROVAL_RU : APPROVAL_EN).exec(text);
  if (m === null) return null;
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  if ((lang === "ru" ? NEGATED_BEFORE_RU : NEGATED_BEFORE_EN).test(before)) return null;
  if (OF_CRITICISM.test(text.slice(m.index + m[0].length))) return null;
  return m[0].replace(/\s+/gu, " ").toLowerCase();
}

/** Approval of the practice, or of the deed in general: the approving words, or null. */
export function approvalOf(text: string, lang: ApprovalLang, practice: RegExp | undefined): string | null {
  return (
    approvingWords(text, lang) ?? (practice === undefined ? null : prescribedPractice(text, practice, lang))
  );
}
