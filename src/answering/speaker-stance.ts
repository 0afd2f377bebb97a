// One speaker's stance asked ("the foreign ministry's take on the crisis", "peskov's view of the kremlin's role",
// "what does putin make of the spike in fighting", "how does putin interpret / read / see / describe the surge",
// "where does the foreign ministry stand on…"):
// the answer is that speaker's own entry when it is near, not an entry of the article's own words that shares the
// topic word ("crisis" → the escalating violence). In Russian too: "почему по мнению путина всплеск насилия" asks
// Putin's reading of the surge (the US policy's failure), not the article's account of the surge.

import { lean } from "../lib/lean-regexp.js";
import type { Analysis } from "./lexicon.js";
import { firstBelowTop, swappedToTop } from "./ranked-swap.js";
import type { Ranked } from "./ranker.js";
import { isVerdictAnswer } from "./why-reason.js";

/** Words asking for someone's stance, read as frames ("what does the ministry think about…": quality34). */
const STANCE = lean(
  /\b(?:take|takes|stance|view|views|opinion|position|standpoint|angle|line|attitude|beef|stand|stands|think|thinks|(?:make|makes|made) of|interpret|interprets|interpretation|reading|perceive|perceives|describe|describes|characteri[sz]e|characteri[sz]es|portray|portrays|depict|depicts|see|sees)\b|(?:^|\s)(?:по мнению|с точки зрения|по его мнению|на взгляд|по словам|по версии|по путину|по пескову|считает|полагает|позиция|позицию|позиции|мнение|думает|думают)(?=\s|$)/,
);

/**
 * What a speaker wants or asks for ("what's the foreign ministry asking for", "what is the ministry pushing for"):
 * another voice's wish ("what does Putin want?") is no answer, so that speaker's own entry wins from further back.
 */
const WANTS = lean(
  /\b(?:want|wants|wanted|wanting|asking for|asks for|ask for|calling for|calls for|call for|pushing for|pushes for|push for|urging|urges|demand|demands|demanding|propose|proposes|proposing|seek|seeks|seeking)\b/,
);
/** How far back the asked speaker's own entry may stand when the first one holds no word of theirs. */
const OTHER_VOICE_MARGIN = 0.25;

/** `ranked` with the best entry quoting only the one speaker asked put first when it is within `margin`. */
export function speakerStanceFirst(a: Analysis, ranked: Ranked[], margin: number): Ranked[] {
  const top = ranked[0];
  const speakers = new Set(a.speakers);
  const stance = STANCE.test(a.words);
  if (!top || speakers.size !== 1 || !(stance || WANTS.test(a.words))) return ranked;
  const [speaker] = speakers;
  const own = (r: Ranked) =>
    r.entry.kind === "answer" &&
    r.entry.quotes.length > 0 &&
    r.entry.quotes.every((q) => q.speaker === speaker);
  if (own(top)) return ranked;
  const otherVoice = top.entry.kind === "answer" && top.entry.quotes.every((q) => q.speaker !== speaker);
  if (!stance && !otherVoice) return ranked;
  // Russia's whole stance, the asked voice's words one of several ("the foreign ministry's position on the
  // conflict"): a voice with one statement of its own, no yes/no card (the ministry, Peskov), holds that statement as its position,
  // so it is the answer from as far back as another voice's would be; Putin's several stay as ranked (quality33).
  const owned = stance && top.entry.quotes.some((q) => q.speaker !== speaker) ? ranked.filter(own) : [];
  const amongOthers = owned.length === 1 && !isVerdictAnswer(owned[0]!.entry.answer);
  const reach = stance && !amongOthers ? margin : OTHER_VOICE_MARGIN;
  // A wish is a voice's own words: the article's sentences about Moscow are no statement Moscow made.
  const fits = (r: Ranked) =>
    own(r) && (stance || (r.entry.kind === "answer" && r.entry.quotes.every((q) => q.voice !== "article")));
  const best = firstBelowTop(ranked, (r) => fits(r) && r.score >= top.score - reach);
  if (!best) return ranked;
  return swappedToTop(ranked, best);
}
