// Five English question shapes read as the plainer question they ask (readers.ts applies them to the question
// only, like asked-shapes.ts):
// - whom Putin called, asked with a phone verb and the call's topic ("who did putin ring up about the violence",
//   "whom did the russian president speak to on the phone regarding gaza", "which leader was putin on the phone
//   with", and told rather than asked: "who putin phoned about the fighting"): the other party of the call is asked;
//   so is it when a name is checked ("did putin call biden?"); the topic ("the violence") would find the entry about it;
// - whether a voice talks to both sides ("does russia speak with the two sides fighting", "is moscow talking with
//   both the israelis and the palestinians", "is the kremlin open to dialogue with each side", the two named:
//   "does moscow talk to hamas and the israeli government both?"): the open communication with both, not who the
//   sides are (nor, for "open to", its readiness to help), nor how Israel's government responded;
// - whether Putin met Erdogan in person: the one contact the article reports, the call (quality-en44); so is it
//   when the contact is asked of ("was it an in-person meeting", "were they in the same room": wave AN);
// - what a voice left out ("what's missing from putin's remarks", "anything putin failed to bring up", "what did
//   putin skip over"): what it did not mention — the article's remark on an omission, not what it said.

import { namesAlternation, RUSSIA_AS_PARTY, voiceNames } from "../knowledge/voices.js";
import { latin1Viewer } from "../lib/latin1-view.js";
import { leanRegExp } from "../lib/lean-regexp.js";

/** Putin, or the office that names him. */
const PUTIN = "(?:vladimir\\s+)?putin|the\\s+russian\\s+(?:president|leader|head\\s+of\\s+state)";
/** A phone verb with its object slot: "ring (up)", "phone", "speak to on the phone", "talk with by phone". */
const PHONED =
  "(?:ring|ring\\s+up|rang|phone|phoned|call|called|(?:speak|talk|chat|spoke|talked)\\s+(?:to|with)\\s+(?:on|over|by)\\s+(?:the\\s+)?(?:phone|telephone|line)|(?:speak|talk|chat)\\s+(?:on|over|by)\\s+(?:the\\s+)?(?:phone|telephone)\\s+(?:to|with)|get\\s+on\\s+the\\s+(?:phone|line)\\s+(?:to|with))";
/** The call's topic, dropped: "about the violence", "regarding gaza", "over the fighting". */
const TOPIC = "(?:\\s+(?:about|regarding|concerning|over|on|in\\s+connection\\s+with)\\b.*)?";
const WHOM_PHONED = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:who|whom|which\\s+(?:\\w+\\s+)?(?:leader|president|person|politician|country|official))\\s+(?:(?:did|does|has|had)\\s+)?(?:${PUTIN})\\s+${PHONED}(?:\\s+(?:up|to|with))?${TOPIC}\\s*$`,
  "i",
);
/** "which leader was putin on the phone with", "who was on the other end of the line with putin". */
const ON_THE_LINE = leanRegExp(
  `^\\s*(?:who|whom|which\\s+(?:\\w+\\s+)?(?:leader|president|person|politician|official))\\s+(?:was|is)\\s+(?:(?:${PUTIN})\\s+on\\s+the\\s+(?:phone|line|call)\\s+(?:with|to)|on\\s+the\\s+other\\s+end\\s+of\\s+the\\s+(?:line|phone|call)\\s+(?:with|from|to)\\s+(?:${PUTIN}))${TOPIC}\\s*$`,
  "i",
);

/**
 * Whether Putin phoned someone, asked by name ("did putin call biden?", "did putin talk to netanyahu too?", "has
 * putin spoken with erdogan"): the article's one call answers it, whoever is named (a name the article does not know
 * would otherwise refuse the question), or got on the phone with someone "about this" (the story's own topic). Not
 * "call for" a ceasefire, "call X a Y", nor a call's topic other than the story's.
 */
const NAMED =
  "(?:the\\s+)?(?!(?:a|an|for|out|on|off|back|it|that|this)\\b)[\\w.-]+(?:\\s+(?!(?:a|an|for|about|on|over)\\b)[\\w.-]+){0,2}";
/** The call's topic named after the party as the story itself ("… about this", "… about gaza"). */
const ABOUT_THIS =
  "(?:\\s+(?:about|over|regarding|re)\\s+(?:this|that|it|all\\s+this|gaza|the\\s+(?:war|fighting|violence|conflict|situation|escalation)))?";
const DID_PHONE = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:did|has|had|does)\\s+(?:${PUTIN})\\s+(?:also\\s+|ever\\s+|even\\s+|actually\\s+)?(?:call|called|phone|phoned|ring|rang|(?:speak|spoken|spoke|talk|talked|chat|chatted)\\s+(?:to|with)(?:\\s+(?:on|over|by)\\s+(?:the\\s+)?phone)?|(?:have|had)\\s+a\\s+(?:phone\\s+)?call\\s+with|get\\s+on\\s+the\\s+(?:phone|line)\\s+(?:to|with))\\s+${NAMED}(?:\\s+(?:too|as\\s+well|also|either))?${ABOUT_THIS}\\s*$`,
  "i",
);

/**
 * The call's other party offered as a statement asked ("was putins call with netanyahu", "putin's call was with
 * macron?", "was putin on the phone with biden", "was it netanyahu putin spoke to on the phone"): the article's one
 * call answers it, whoever is named (quality34: a name the article does not know refused the question).
 */
const CALL_WAS_WITH = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:(?:was|is)\\s+(?:(?:(?:${PUTIN})(?:'?s)?|the|his)\\s+(?:phone\\s+|telephone\\s+)?(?:call|conversation|chat)\\s+with|(?:${PUTIN})\\s+on\\s+the\\s+(?:phone|line)\\s+(?:with|to))\\s+${NAMED}|(?:${PUTIN})(?:'?s)?\\s+(?:phone\\s+|telephone\\s+)?call\\s+was\\s+with\\s+${NAMED}|was\\s+it\\s+${NAMED}\\s+(?:that\\s+)?(?:${PUTIN})\\s+(?:called|phoned|rang|(?:spoke|talked|chatted)\\s+(?:to|with))(?:\\s+(?:on|over|by)\\s+(?:the\\s+)?phone)?)${ABOUT_THIS}\\s*$`,
  "i",
);

/** The other party of the article's one contact: Erdogan, or the office that names him. */
const ERDOGAN =
  "(?:(?:recep\\s+)?(?:tayyip\\s+)?erdo[gğ]an|the\\s+turkish\\s+(?:president|leader|head\\s+of\\s+state))";
const IN_PERSON =
  "(?:\\s+(?:face[-\\s]to[-\\s]face|in\\s+person|personally|in\\s+the\\s+flesh|in\\s+real\\s+life|one[-\\s]on[-\\s]one))";
/** Where and what about, after the meeting: "in ankara", "to discuss this", "over the gaza war". */
const MET_WHERE = "(?:\\s+in\\s+(?:ankara|istanbul|moscow|sochi|turkey|russia|the\\s+kremlin))?";
const MET_ABOUT =
  "(?:\\s+(?:to\\s+(?:discuss|talk\\s+(?:about|over|through)|address|go\\s+over)|about|over|regarding|concerning|on)\\b.*)?";
/** The two leaders together: "putin and erdogan", "erdogan and putin", "the russian and turkish leaders". */
const PAIR = `(?:(?:${PUTIN})\\s+and\\s+${ERDOGAN}|${ERDOGAN}\\s+and\\s+(?:${PUTIN})|the\\s+russian\\s+and\\s+(?:the\\s+)?turkish\\s+(?:leaders|presidents|heads\\s+of\\s+state))`;
const ADV = "(?:actually\\s+|really\\s+|ever\\s+|also\\s+)?";
/** Meeting verbs that say "in person" by themselves; talks need it said ("hold talks in person"). */
const MEET =
  "(?:meet|met|see|sit\\s+down|get\\s+together|visit|travel\\s+to\\s+(?:turkey|ankara|istanbul)\\s+to\\s+(?:see|meet))";
/**
 * Whether Putin met Erdogan ("did putin meet erdogan face to face", "did putin and the turkish leader meet in
 * person", "did erdogan and putin get together in ankara to discuss the war", "was there an in-person meeting
 * between the russian and turkish leaders"): the contact the article reports, a phone call, answers it (the yes/no
 * layer says No: contact-mode.ts). Only Erdogan: a meeting with someone else is no contact of the story.
 */
const DID_MEET = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+|but\\s+)?(?:did|has|had|does)\\s+(?:(?:${PUTIN})\\s+${ADV}(?:${MEET}(?:\\s+(?:up|together))?(?:\\s+with)?\\s+${ERDOGAN}${IN_PERSON}?|(?:hold|held|have|had)\\s+talks\\s+with\\s+${ERDOGAN}${IN_PERSON})|${PAIR}\\s+${ADV}(?:(?:meet|met|meet\\s+up|see\\s+each\\s+other|sit\\s+down\\s+together|get\\s+together)${IN_PERSON}?|(?:hold|held|have|had)\\s+talks${IN_PERSON}))${MET_WHERE}${MET_ABOUT}\\s*$`,
  "i",
);
/** "was there an in-person meeting between putin and erdogan", "did the two have a face-to-face summit". */
const MEETING_BETWEEN = leanRegExp(
  `^\\s*(?:so\\s+)?(?:was|has|had)\\s+there\\s+(?:been\\s+)?(?:an?|any)\\s+(?:(?:in[-\\s]person|face[-\\s]to[-\\s]face|one[-\\s]on[-\\s]one|personal)\\s+)?(?:meeting|summit|sit[-\\s]down|get[-\\s]together|visit)\\s+between\\s+${PAIR}${IN_PERSON}?${MET_WHERE}${MET_ABOUT}\\s*$`,
  "i",
);

/** The contact asked of by a pronoun or its noun: "it", "they", "the talk with erdogan", "the two leaders". */
const CONTACT_OR_PAIR = `(?:it|that|this|they|the\\s+two(?:\\s+(?:leaders|men|presidents))?|the\\s+(?:talk|talks|conversation|contact|exchange|discussion|call|meeting|chat)(?:\\s+with\\s+${ERDOGAN})?|${PAIR})`;
/** Together in one place: "sitting in the same room", "together in one room", "in the same place". */
const SAME_ROOM =
  "(?:(?:sitting|sat|together|physically)\\s+)?(?:in\\s+the\\s+same\\s+(?:room|place|building|city)|in\\s+one\\s+room|together)(?:\\s+when\\s+they\\s+(?:talked|spoke|met|discussed\\s+(?:it|this)))?";
/**
 * Whether the contact was in person, asked of it ("was it an in-person meeting with erdogan", "was the talk with
 * erdogan face to face", "were they sitting in the same room when they talked", "was it in person or by phone"): the
 * one contact the article reports, the call (wave AN).
 */
const WAS_IN_PERSON = leanRegExp(
  `^\\s*(?:(?:ok|okay|so|and|but|wait)[\\s,]+){0,2}(?:was|were|is)\\s+${CONTACT_OR_PAIR}\\s+${ADV}(?:(?:an?\\s+)?(?:in[-\\s]person|face[-\\s]to[-\\s]face|one[-\\s]on[-\\s]one|personal)\\s+(?:meeting|talk|conversation|summit|visit|encounter|sit[-\\s]down)(?:\\s+with\\s+${ERDOGAN})?|(?:face[-\\s]to[-\\s]face|in\\s+person|in\\s+the\\s+flesh|one[-\\s]on[-\\s]one)|${SAME_ROOM})(?:\\s*,?\\s*or\\s+(?:(?:a|by|over\\s+the|on\\s+the)\\s+)?(?:phone(?:\\s+call)?|call|telephone|video|not|what))?\\s*$`,
  "i",
);

/** Russia, its government, its people or the Kremlin, or Putin: the voices table's names (voices46). */
const RUSSIA = namesAlternation(
  [...voiceNames(RUSSIA_AS_PARTY, "en", "people"), ...voiceNames(["putin"], "en", "also")],
  "\\s+",
);
const CONTACTING =
  "(?:talk|talks|talking|speak|speaks|speaking|communicate|communicates|communicating|in\\s+(?:contact|touch)|keep\\s+(?:in\\s+)?(?:contact|touch|lines\\s+open|channels\\s+open)|keeps\\s+(?:in\\s+)?(?:contact|touch|lines\\s+open|channels\\s+open)|(?:open|willing|ready|prepared)\\s+to\\s+(?:dialogue|talks|talking|talk|speak|speaking|contact|communication|engage|engaging)|maintains?\\s+(?:open\\s+)?(?:contact|communication|channels|lines|dialogue))";
const BOTH =
  "(?:each\\s+side\\b|(?:both(?:\\s+the)?|the\\s+two|each\\s+of\\s+the|either|all\\s+the)\\s+(?:sides|parties|camps|warring\\s+sides|warring\\s+parties|israelis\\s+and\\s+(?:the\\s+)?palestinians|israel\\s+and\\s+hamas|hamas\\s+and\\s+israel|palestinians\\s+and\\s+(?:the\\s+)?israelis|sides?\\s+fighting))";
/** One side of the fighting by name ("hamas", "the israeli government"), for the two named together. */
const ISRAELI_SIDE =
  "(?:the\\s+)?(?:israel|israelis|israeli\\s+(?:gov[a-z]*|side|leadership|authorities|officials|people)|tel\\s+aviv)";
const PALESTINIAN_SIDE =
  "(?:the\\s+)?(?:hamas|palestinians|palestinian\\s+(?:gov[a-z]*|side|authority|authorities|leadership|groups?|factions?|people))";
/** Both sides named ("hamas and the israeli government both", "the palestinians and the israelis alike"). */
const NAMED_PAIR = `(?:both\\s+)?(?:${ISRAELI_SIDE}\\s+(?:and|as\\s+well\\s+as|&)\\s+${PALESTINIAN_SIDE}|${PALESTINIAN_SIDE}\\s+(?:and|as\\s+well\\s+as|&)\\s+${ISRAELI_SIDE})(?:\\s+(?:both(?:\\s+sides)?|alike|as\\s+well|too|equally|at\\s+once))?(?:\\s*,?\\s*(?:yes\\s+or\\s+no|or\\s+not|right))?\\s*$`;
const TALKS_TO_BOTH = leanRegExp(
  `^\\s*(?:so\\s+|and\\s+)?(?:does|do|is|are|did|has)\\s+${RUSSIA}\\s+(?:really\\s+|actually\\s+|still\\s+)?${CONTACTING}(?:\\s+(?:to|with))?\\s+(?:${BOTH}\\b.*|${NAMED_PAIR})$`,
  "i",
);

/** Putin: the only voice whose omission the article remarks on (another voice's is not the article's). */
const VOICE = "(?:vladimir\\s+)?putin|the\\s+russian\\s+(?:president|leader)";
const REMARKS = "(?:remarks|comments|words|statement|statements|speech|message|account|talk|answer)";
const LEFT_OUT =
  "(?:leave\\s+out|left\\s+out|skip|skipped|skip\\s+over|omit|omitted|fail\\s+to\\s+(?:mention|bring\\s+up|address|talk\\s+about)|failed\\s+to\\s+(?:mention|bring\\s+up|address|talk\\s+about)|not\\s+(?:mention|bring\\s+up|say|talk\\s+about)|didn't\\s+(?:mention|bring\\s+up|say|talk\\s+about)|neglect\\s+to\\s+mention|gloss\\s+over|avoid\\s+mentioning)";
/** "what's missing from putin's remarks", "what was absent from the russian leader's comments". */
const MISSING_FROM = leanRegExp(
  `^\\s*(?:so\\s+)?(?:what|anything|is\\s+(?:there\\s+)?anything|what\\s+else)\\s*(?:'s|\\s+is|\\s+was|\\s+were|\\s+are)?\\s+(?:missing|absent|lacking|left\\s+out|omitted|unsaid)\\s+(?:from|in)\\s+(${VOICE})(?:'s|s')?(?:\\s+${REMARKS})?\\s*$`,
  "i",
);
/** "what did putin leave out (of his remarks)", "anything putin failed to bring up", "what didn't putin mention". */
const VOICE_LEFT_OUT = leanRegExp(
  `^\\s*(?:so\\s+)?(?:what|anything|is\\s+there\\s+anything|was\\s+there\\s+anything)\\s+(?:did\\s+|does\\s+|has\\s+|that\\s+)?(${VOICE})\\s+${LEFT_OUT}(?:\\s+(?:out|over|up))?(?:\\s+(?:of|from|in)\\s+(?:his|their|its)\\s+${REMARKS})?(?:\\s+when\\s+(?:he|they|it)\\s+(?:spoke|talked))?\\s*$`,
  "i",
);
const DIDNT_VOICE = leanRegExp(
  `^\\s*(?:so\\s+)?what\\s+(?:didn't|did\\s+not|doesn't|does\\s+not)\\s+(${VOICE})\\s+(?:mention|bring\\s+up|say|talk\\s+about|address)\\b.*$`,
  "i",
);

/**
 * The question with its characters above U+00FF made one (lib/latin1-view.ts): tests, and the voice's capture, which
 * holds ASCII only.
 */
const view = latin1Viewer([
  WHOM_PHONED,
  ON_THE_LINE,
  DID_PHONE,
  CALL_WAS_WITH,
  DID_MEET,
  MEETING_BETWEEN,
  WAS_IN_PERSON,
  TALKS_TO_BOTH,
  MISSING_FROM,
  VOICE_LEFT_OUT,
  DIDNT_VOICE,
]);

/** The question as the plainer one it asks, or as it came. */
export function asCallOrOmission(s: string): string {
  const text = view(s.replace(/[?!.]+\s*$/, "").replace(/[\u2018\u2019]/g, "'"));
  if (
    WHOM_PHONED.test(text) ||
    ON_THE_LINE.test(text) ||
    DID_PHONE.test(text) ||
    CALL_WAS_WITH.test(text) ||
    DID_MEET.test(text) ||
    MEETING_BETWEEN.test(text) ||
    WAS_IN_PERSON.test(text)
  )
    return "who did putin call";
  if (TALKS_TO_BOTH.test(text)) return "does the kremlin communicate with both warring sides";
  const left = MISSING_FROM.exec(text) ?? VOICE_LEFT_OUT.exec(text) ?? DIDNT_VOICE.exec(text);
  if (left) return `what did ${left[1]} not mention`;
  return s;
}
