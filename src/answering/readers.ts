// The rewrites an English question goes through before the lexicon reads it, in order: first a story name mistyped
// after "does"/"did" read as the name (name-after-auxiliary.ts), Russia's message to Turkey by capitals read as Putin's
// to Erdogan (capital-message.ts), then a speaker's words called anti-American read as critical of the US
// (anti-party.ts), one voice's main points read as what it said (voice-points.ts), why a side would trust Russia read
// as Russia's ties with it (trust-reason.ts), what failed in a Russian voice's view read as which policy
// (what-failed.ts), a reaction asked of a party the article never quotes read as that party's reaction alone
// (party-reaction.ts), a part of the article named by its topic read as that topic (part-about.ts), Putin's blame asked
// between two wrong options read as whom he blames (blame-options.ts), then quality-en27's: a reply length taken off
// (reply-length.ts), the article's phrase quoted back (phrase-meaning.ts), a want's place (want-where.ts), staying
// contained as spreading (stay-contained.ts), the call's subject between options (call-subject.ts), Russia's share of
// the blame with Putin's silence (own-share.ts), the US fault beside what Putin said (several-asks.ts), a history with
// a side as ties (history-with.ts), then quality28's article's stance on Russia's role (article-on-russia.ts) and
// opposition to a thing as support asked (against-thing.ts), a Quartet body's mention as its membership
// (body-mentioned.ts); a bare "both" read as both sides (bare-both.ts), a verdict asked on someone's account of the
// story taken off with its teller (verdict-asked.ts), who set the question and the asker's plea taken off
// (asker-frame.ts), split idioms of compromise and involvement (everyday-paraphrase.ts), a generic noun closing the
// topic dropped (topic-noun.ts), a party's pitch or spin read as how it presents itself (self-image.ts), the Kremlin's
// want about the fighting read as Russia's (kremlin-want.ts), a party named by its part read as its name
// (party-by-role.ts), peace wanted read as a ceasefire wanted (wants-peace.ts), the violence a want would replace
// (instead-of.ts), a brief asked of one topic (topic-brief.ts), a voice and a terse gist ask (voice-gist.ts), the
// plainer question a shape asks (plain-question.ts), then the asked shapes (asked-shapes.ts), then a call, contact with
// both sides or an omission asked (call-and-omission.ts), then a role or a group's membership asked yes/no
// (role-and-membership.ts). Whether Putin wants the fighting to go on is read as what he calls for (fighting-on.ts),
// and a praise asked with its reason read without it (praise-for.ts). The knowledge base's own phrasings never pass
// here; the Russian readers are russian/readers.ts's. (quality52) Who did something asked between two names reads as
// who did it (either-voice.ts), and a voice the answer is asked to be told in is dropped (persona-frame.ts), in both
// languages; both sides' interests asked of the US read as the compromise acceptable to both (both-interests.ts); the
// point of the call read as what it was about (call-point.ts); a boast of Russia's own role read as whether Putin
// mentioned it (own-role-mention.ts asOwnRoleBoast). (quality53) A story person given another country's office reads as
// who that person is (mistaken-office.ts); "which president blames…" as who (which-blamer.ts); what the article calls
// controversial as Russia's involvement (controversial-part.ts); Russia's only ties as both (one-side-ties.ts).
// (quality26) A story person's name asked by name reads as who the person is (name-asked.ts); what Putin told Erdogan
// about a topic as what he said about it, what the two agreed as what they discussed (told-about.ts); Russia's part
// in a group on the conflict as the Quartet (group-part.ts); what a party "is after" as what it wants
// (party-after.ts); Russia's answer to the spread as the Foreign Ministry's proposal (spread-prevention.ts); the US
// said to have given the Palestinians what they wanted as whether it addressed their interests (us-gave.ts); "the
// two sides" after a stance as both sides (bare-both.ts). (quality27) Where a party comes in or fits in as its role
// (party-part.ts); Putin beside the warring sides typed as bare keywords as what he says about the conflict
// (voice-keywords.ts, both languages); the regional players asked with an example of the asker's as which ones the
// ministry means (example-players.ts, both languages). (quality28) Putin's take on the fighting as what he says about
// the conflict (violence-view.ts); which country wants the mediator's part as who wants it (would-be-mediator.ts, both
// languages); the names the article gives as who it mentions (names-roster.ts, both languages); the article's title
// as its headline (article-title.ts, both languages). (quality32) Whether a thing in the story matters as what the
// article says of it (relevance-asked.ts); a way out of the crisis in a Russian voice's view as that voice's
// position (voice-solution.ts, both languages). (quality-r2-32) A party's official position read as its position
// (official-position.ts); a summary asked of one voice's position as that position (voice-summary.ts); a voice "ok with" what it calls for as its support (ok-with.ts).
// (quality34) First of all, a Russian voice's bare plan as what it wants (plan-asked.ts, both languages) and its stance
// on "the crisis" as on the conflict (crisis-stance.ts), the steps Putin finds needed as what he wants
// (needed-steps.ts); a "line" with both sides as the approach to them (bare-both.ts). (quality39) A Russian voice's
// contact with Hamas as Russia's ties with it (hamas-contact.ts); the Foreign Ministry's needed steps (needed-steps.ts);
// a Russian voice on one party's side as whose side Russia is on (party-side.ts).

import { rememberingLast } from "../lib/last-results.js";
import { asAskedShape } from "./asked-shapes.js";
import { withoutAskerFrame } from "./asker-frame.js";
import { withBothSides } from "./bare-both.js";
import { asCallOrOmission } from "./call-and-omission.js";
import { asDateAsked } from "./date-pinned.js";
import { asEverydayParaphrase } from "./everyday-paraphrase.js";
import { FIRST_READERS } from "./first-readers.js";
import { withoutHedges } from "./hedge-words.js";
import { withoutReplacedViolence } from "./instead-of.js";
import { asKremlinWant } from "./kremlin-want.js";
import { asMediatorFit } from "./mediator-fit.js";
import { asOwnRoleMention } from "./own-role-mention.js";
import { withPartiesNamed } from "./party-by-role.js";
import { asPlainQuestion } from "./plain-question.js";
import { asPraiseOfUs } from "./praise-for.js";
import { asReadingAsked, withRecentAsLatest } from "./reading-verb.js";
import { asRoleOrMembership } from "./role-and-membership.js";
import { russianQuestionAsRead } from "./russian/readers.js";
import { asSelfImage } from "./self-image.js";
import { asTopicBrief } from "./topic-brief.js";
import { withoutTopicNoun } from "./topic-noun.js";
import type { Lang } from "./types.js";
import { withoutVerdictAsked } from "./verdict-asked.js";
import { asVoiceGist } from "./voice-gist.js";
import { asVoiceMessage } from "./voice-message.js";
import { asPeaceWanted } from "./wants-peace.js";

// One message's text is read more than once (whole, then by the ramble and closing readers of message-reading.ts and
// closing-readers.ts): the repeats are a look-up (lib/last-results.ts). Both readings depend on their text alone.
const englishAsRead = rememberingLast(englishQuestionAsRead);
const russianAsRead = rememberingLast(russianQuestionAsRead);

/** The text the lexicon reads for a question read in `lang`. */
export function questionAsRead(text: string, lang: Lang): string {
  if (lang === "ru") return russianAsRead(text);
  return lang === "en" ? englishAsRead(text) : text;
}

function englishQuestionAsRead(text: string): string {
  const plain = asOwnRoleMention(
    asMediatorFit(
      asVoiceMessage(
        asEverydayParaphrase(
          withoutHedges(
            withoutAskerFrame(
              // The account a verdict is asked of may praise the US in Putin's voice (praise-for.ts).
              asPraiseOfUs(
                withoutVerdictAsked(
                  withBothSides(
                    asReadingAsked(
                      withRecentAsLatest(
                        asDateAsked(FIRST_READERS.reduce((read, reader) => reader(read), text)),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const asked = asTopicBrief(
    withoutReplacedViolence(
      asPeaceWanted(withPartiesNamed(asKremlinWant(asSelfImage(withoutTopicNoun(plain))))),
    ),
  );
  return asRoleOrMembership(asCallOrOmission(asAskedShape(asPlainQuestion(asVoiceGist(asked) ?? asked))));
}
