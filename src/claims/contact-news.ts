// A call with someone the article never names. The article reports one call: Putin's with Erdogan. A claim that
// puts that call with another party ("Putin discussed the crisis in a phone call with Macron", «Путин обсудил
// ситуацию по телефону с Нетаньяху», "Putin spoke by phone with Netanyahu") is the article's call with the party
// swapped: altered, the change named (Erdogan → Macron). Convention (claims42, the blind sets 33–35 agree): only a
// contact the article never reports in any form stays "not in the article": a meeting or a visit, a second or
// another call, one to come (MEETING below). Two readings:
// - an altered claim whose every change is such a name (the Russian call lined up and read as an actor change):
//   kept altered, unless it is a meeting or another call, then not in the article;
// - a claim read as not in the article that names a contact with such a party: read again with the article's
//   party (Erdogan, «Эрдоганом») in that party's place; when that reading confirms or lines up with the call's
//   passage, altered, the party named.
// Nothing here confirms. Every regular expression is bounded.

import { lean } from "../lib/lean-regexp.js";
import { capitalisedPartners } from "./chat-typos-ru.js";
import { clausesApart } from "./clause-apart.js";
import { type Sentence, sameHead } from "./contrary-deed.js";
import type { ClaimChecker, ClaimVerdict } from "./types.js";
import { alteredReading, confirms } from "./verdict.js";

/** Words of a contact and its manner: a call, a talk, by phone; позвонил, поговорил, по телефону. */
const CONTACT = lean(
  /(?:^|[^\p{L}])(?:phone[ds]?|phoning|telephone[ds]?|call(?:s|ed|ing)?|spoke|spoken|speaks?|speaking|talk(?:s|ed|ing)?|conversations?|chat(?:s|ted)?|позвон\p{L}*|звонил\p{L}*|созвон\p{L}*|поговор\p{L}*|говорил\p{L}*|разговор\p{L}*|беседовал\p{L}*|беседу|беседа|телефон\p{L}*)(?![\p{L}])/iu,
);

/** A contact the article never reports in any form: a meeting, a visit, another or a second call ("also", "the
 * same day"), one to come ("will", "upcoming", «проведёт», «состоится», «завтра»; "this week" / «на этой неделе» with no
 * future verb: the article's call carries no date, a call dated this week is one it never reports); and a contact denied ("did not speak with") or refused ("refuses to
 * talk to Scholz", claims38), which is no call at all. */
const MEETING = lean(
  /(?:^|[^\p{L}])(?:met|meet(?:s|ing|ings)?|visit(?:s|ed|ing)?|summit|second|another|again|two|three|several|will|plans?|planned|same\s{1,3}day|also|not|never|didn[’']t|refused|refuses?|refusing|declines?|declined|won[’']?t|wont|отказыва\p{L}*|отказал\p{L}*|позвонит\p{L}*|не|никогда|также|тоже|встрет\p{L}*|встреч\p{L}*|визит\p{L}*|посетил\p{L}*|втор\p{L}*|ещё|еще|снова|опять|два|две|несколько|будет|планиру\p{L}*|upcoming|tomorrow|soon|(?:this|next)\s{1,3}week|later\s{1,3}(?:this|today)|на\s{1,3}(?:этой|следующей)\s{1,3}неделе|проведёт|проведет|проведут|состоится|предстоящ\p{L}*|завтра|скоро)(?![\p{L}])/iu,
);

/** A standing contact, the Kremlin's "open communication": in (close) contact, in touch, «контакт», «связь». */
const STANDING = lean(/(?:^|[^\p{L}])(?:contacts?|touch|communications?|контакт\p{L}*|связь)(?![\p{L}])/iu);

/** The passage's parties of the Kremlin's communication, and any of the warring sides by name. */
const WARRING_SIDES = /warring|воюющ/iu;
const WARRING = /israel|hamas|palestin|gaza|израил|хамас|палестин|газ/iu;

/** A visit, a meeting or an invitation: "welcome to visit Moscow", "invited … to Moscow", «пригласил», «приехать». */
const VISIT = lean(
  /(?:^|[^\p{L}])(?:visit(?:s|ed|ing|ors?)?|invit\p{L}*|welcome|host(?:s|ed|ing)?|meet(?:s|ing)?|met|приглас\p{L}*|приех\p{L}*|приезд\p{L}*|посет\p{L}*|визит\p{L}*|встре[чт]\p{L}*)(?![\p{L}])/iu,
);
/** The party of the article's one call: Erdogan, Turkey. */
const CALL_PARTY = /erdogan|turk|ankara|эрдоган|турц|турец|анкар/iu;
/** The call's manner, as a change names it: "phone call", «телефонном разговоре». */
const CALL_WORD = /phone|call|телефон|разговор|звон/iu;

/** An altered claim whose every change is a visit (or meeting, invitation) set against the article's phone call,
 * where the claim names neither the call's party nor a call: a visit of other parties the article never reports
 * ("Hamas leaders are welcome to visit Moscow"), not the call's manner changed ("Putin visited Erdogan" stays). */
function newVisit(verdict: ClaimVerdict): boolean {
  const said = verdict.statement;
  if (verdict.changes.length === 0 || !VISIT.test(said) || CALL_PARTY.test(said) || CONTACT.test(said))
    return false;
  return verdict.changes.every(
    (c) =>
      (c.kind === "opposite" || c.kind === "replaced") && VISIT.test(c.claimed) && CALL_WORD.test(c.article),
  );
}

/** "with [titles] Name" / «с [титул] Именем»: the party of the contact, its last word the name. */
const WITH_EN = lean(
  /(?<![\p{L}])(?:with|to)\s{1,3}((?:(?:\p{Lu}[\p{L}'’-]*|prime|minister|president|leader|chancellor|king|crown|prince|premier|of|the)\s{1,3}){0,6}\p{Lu}[\p{L}'’-]*)/u,
);
const WITH_RU = lean(/(?<![\p{L}])с\s{1,3}((?:[\p{L}-]+\s{1,3}){0,3}\p{Lu}[\p{L}-]*)(?=$|[\s.,;!?»])/u);

/** "spoke with Netanyahu … and urged restraint": the call's party swapped AND a deed of the call the article never
 * reports. The half of the deed, read alone with the subject, is not in the article: the whole is news, not the
 * article's call with its party swapped ("… with Macron and called for a ceasefire" keeps its true deed: altered). */
function deedUnreported(check: ClaimChecker, statement: string): boolean {
  const halves = clausesApart(statement.charAt(0).toUpperCase() + statement.slice(1));
  if (halves === null || CONTACT.test(halves[1])) return false;
  return check(halves[1]).verdict === "not-in-article";
}

/** Words a contact is told in and nothing more: who, by phone, had / held, a frame's speaker and verb (claims39). */
const BARE_WORDS = new Set(
  (
    "putin putin's vladimir russian president leader the a an had has have held holds hold phone phoned phones " +
    "telephone telephoned call called calls conversation talk talked talks spoke spoken speaks chat chatted " +
    "with to by on over peskov kremlin said says that reported reports announced confirmed it " +
    "путин путина владимир провёл провел провели телефонный телефонную разговор беседу по телефону с у " +
    "состоялся созвонился созвонились поговорил поговорили говорил позвонил звонил беседовал побеседовал песков " +
    "сообщил сообщили заявил заявили что кремль кремле в"
  ).split(" "),
);
/** A partner's title or a nationality before the name: "Israeli PM", "Iranian President", «президентом Египта». */
const TITLE_WORD =
  /^(?:prime|minister|pm|chancellor|premier|king|crown|prince|of|mr|president|leader|президент\p{L}*|премьер\p{L}*|канцлер\p{L}*|лидер\p{L}*)$/iu;

/**
 * A contact said and nothing of it: "Putin spoke with Netanyahu by phone", «Путин созвонился с Нетаньяху», "Peskov
 * said Putin had spoken by phone with Scholz". Every word is a contact's (BARE_WORDS), the partner's run of
 * capitalised words and titles after "with" / "to" / «с» or the calling verb, or a title; no topic, no message, no
 * deed ("about the war", "to discuss a ceasefire", "urged restraint" are more than the contact).
 */
export function bareContact(statement: string): boolean {
  const words = statement.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  let partner = false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/’/gu, "'").replace(/\.$/u, "");
    if (/^(?:with|to|с|called|phoned|позвонил|звонил)$/u.test(lower)) partner = true;
    else if (partner && (/^\p{Lu}/u.test(w) || TITLE_WORD.test(lower))) continue;
    else if (!TITLE_WORD.test(lower)) partner = false;
    if (!BARE_WORDS.has(lower) && !TITLE_WORD.test(lower) && !/^\p{Lu}\p{Ll}*(?:ian|ish|i|ese)$/u.test(w))
      return false;
  }
  return words.length > 0;
}

/** The checker, a contact with a party the article never names read as its call with the party swapped. */
export function judgingContactNews(check: ClaimChecker, sentences: readonly Sentence[]): ClaimChecker {
  const articleWords = [
    ...new Set(sentences.flatMap((s) => `${s.text} ${s.russian}`.toLowerCase().match(/\p{L}+/gu) ?? [])),
  ];
  const known = (name: string) => articleWords.some((w) => w.length >= 4 && sameHead(name.toLowerCase(), w));
  return (text) => {
    const verdict = check(text);
    // The Kremlin's communication kept with a party the article never names ("in close contact with Tehran"): no
    // call of the article's to swap a party in, news (as a denied contact with such a party is).
    if (verdict.verdict === "altered" && newVisit(verdict))
      return { ...verdict, verdict: "not-in-article", exact: null };
    if (
      verdict.verdict === "altered" &&
      STANDING.test(verdict.statement) &&
      !CONTACT.test(verdict.statement)
    ) {
      // The passage's parties are "both warring sides": a party put in their place that is none of them
      // ("in touch with Washington", «связь с Вашингтоном») is a contact the article never reports, though the
      // party is named elsewhere in it.
      if (
        verdict.changes.some(
          (c) =>
            c.kind === "replaced" &&
            WARRING_SIDES.test(c.article) &&
            !WARRING.test(c.claimed) &&
            !WARRING_SIDES.test(c.claimed),
        )
      )
        return { ...verdict, verdict: "not-in-article", exact: null };
      const m = (/\p{Script=Cyrillic}/u.test(verdict.statement) ? WITH_RU : WITH_EN).exec(verdict.statement);
      const name = m === null ? undefined : m[1]!.split(/\s+/u).at(-1);
      if (
        name !== undefined &&
        !known(name) &&
        verdict.changes.some(
          (c) => (c.kind === "added" || c.kind === "actor") && c.claimed.toLowerCase() === name.toLowerCase(),
        )
      )
        return { ...verdict, verdict: "not-in-article", exact: null };
    }
    if (verdict.verdict === "altered") {
      // "Peskov said Putin talked with Macron by phone": a call and nothing of it, lined up as actors swapped, one of
      // them a party the article never names: news (claims39), whatever else the frame put out of line.
      if (
        bareContact(verdict.statement) &&
        verdict.changes.every((c) => c.kind === "actor") &&
        verdict.changes.some((c) => !known(c.claimed))
      )
        return { ...verdict, verdict: "not-in-article", exact: null };
      if (
        verdict.changes.length === 0 ||
        !verdict.changes.every((c) => c.kind === "actor" && !known(c.claimed))
      )
        return verdict;
      if (!CONTACT.test(verdict.statement)) return verdict;
      if (
        MEETING.test(verdict.statement) ||
        bareContact(verdict.statement) ||
        deedUnreported(check, verdict.statement)
      )
        return { ...verdict, verdict: "not-in-article", exact: null };
      return verdict;
    }
    if (verdict.verdict !== "not-in-article" || !CONTACT.test(text) || MEETING.test(text)) return verdict;
    const russian = /\p{Script=Cyrillic}/u.test(text);
    // «по телефону с байденом»: the partner typed in lower case read with its capital (chat-typos-ru.ts).
    const said = russian ? capitalisedPartners(text) : text;
    // A call and nothing of it, with a party the article never names: news (claims39's convention).
    if (bareContact(verdict.statement)) return verdict;
    const m = (russian ? WITH_RU : WITH_EN).exec(said);
    if (m === null) return verdict;
    // A title after the name ("the Iranian president") belongs to the party.
    const title = russian
      ? null
      : /^\s{1,3}(?:president|leader|prime\s{1,3}minister|chancellor|premier)(?![\p{L}])/iu.exec(
          said.slice(m.index + m[0].length),
        );
    const party = `${m[1]!}${title?.[0] ?? ""}`;
    const name = m[1]!.split(/\s+/u).at(-1)!;
    if (known(name)) return verdict;
    const start = m.index + m[0].length - m[1]!.length;
    const ours = russian ? "Эрдоганом" : "Erdogan";
    const reread = check(`${said.slice(0, start)}${ours}${said.slice(start + party.length)}`);
    // Confirmed, or lined up with the call's own passage (its party named there): the article's call.
    const onCall = (v: ClaimVerdict) =>
      /erdogan|эрдоган/iu.test(`${v.span?.text ?? ""} ${v.translation ?? ""}`);
    if (reread.span === null || !(confirms(reread.verdict) || onCall(reread))) return verdict;
    return alteredReading(reread, verdict, [{ kind: "actor", claimed: party, article: ours }]);
  };
}
