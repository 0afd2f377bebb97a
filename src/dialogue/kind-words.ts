// Kind (dialog49, d114-09#1): kind words asked of a voice about a party — "did putin say anything nice about
// washington", "does putin have anything good to say about america?", "did he say something positive about the us?",
// It asks whether the voice praised that party: read as "did <voice>
// praise <party>?", whose verdict the readers settle from the article. Convention: every word of Putin's on the US
// that the article reports is a fault found — "directs blame towards the United States for its failed policy", "the
// failure of US policy", "criticizes Washington for monopolizing peace efforts", "the US government's failure to
// address the interests of Palestinians" — so praise of it is the criticism card's curated No (approval words in
// knowledge/conversation.json's opposites), with the criticism shown. Unlike "did the US do anything right, in his
// view?" (approval.ts: doesn't say — a deed the criticism does not deny), this asks what he said of them, which the
// article reports in full as criticism. A party he is not reported criticizing ("anything nice about erdogan?")
// keeps whatever the readers find for "praise" (doesn't say). Read so only where the claim checker confirms that the
// voice criticizes the party ("putin criticizes washington"): "did peskov say anything good about the us?" stays as
// typed (read as "did peskov praise the us?", the checker's opposite of Putin's blame was a false No). English only:
// the checker reads English. Only a voice the article quotes; text in, text out.
import type { SpeakerNames } from "./speakers.js";
import type { Confirms } from "./voice-check.js";

const KIND_EN =
  /^(?:(?:so|and|but|ok|okay|well)[, ]+)?(?:did|does|has|have|had|is|was) ([\p{L}' .-]{2,40}?) (?:ever |actually |even |at least |really )?(?:say|said|saying|have|has|got|offer|offered)(?: (?:anything|something|a|any|one|a single|a few|some))?(?: (?:nice|good|positive|kind|favou?rable|flattering|complimentary|warm|approving))(?: (?:things?|words?|remarks?|comments?))?(?: to say)? (?:about|of|for|regarding|on|towards?) (.{2,60}?)\s*\?*$/iu;

/** "did putin say anything nice about washington" as "did putin praise washington?", or null. */
export function kindWordsAsked(text: string, speakers: SpeakerNames, confirms: Confirms): string | null {
  const t = text.trim();
  if (t.length > 160) return null;
  const en = KIND_EN.exec(t);
  const voice = en?.[1]?.trim();
  const party = en?.[2]?.trim();
  if (!voice || !party || !namesOneVoice(voice, speakers)) return null;
  return confirms(`${voice} criticizes ${party}`) ? `did ${voice} praise ${party}?` : null;
}

/** The subject is one voice the article quotes, named and nothing more ("putin", "the russian leader", «путин»). */
function namesOneVoice(typed: string, speakers: SpeakerNames): boolean {
  const voice = typed
    .trim()
    .toLowerCase()
    .replace(/^the\s+/u, "");
  const named = speakers.namedIn(voice);
  const only = named[0];
  return (
    named.length === 1 &&
    only !== undefined &&
    speakers.isQuoted(only.id) &&
    voice.length - (only.end - only.start) <= 1
  );
}
