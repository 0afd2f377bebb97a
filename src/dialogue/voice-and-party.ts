// Kind (dialog-r2-36b): «путин и сша что сказал», «песков и хамас что говорил»: a voice and a party joined by «и»,
// then "what did he say" — the voice's words about the party. The engine read «путин и сша» as two subjects and
// found the US's (missing) reaction (d83-26#1). Read as «путин про сша что сказал»: only where the text opens with
// a voice the article quotes, the party after «и» is one to three words and not that voice, and the verb is "said".

import { withoutEndMarks } from "../lib/fold-question.js";
import { lean } from "../lib/lean-regexp.js";
import { fold } from "./language.js";
import type { SpeakerNames } from "./speakers.js";

const RU = lean(
  /^(?:(?:а|и|ну|так)[, ]+)?(.+?) и (\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}) (?:что|чего) (?:он )?(?:сказал|говорил|говорит|заявил|заявлял)\p{L}*$/u,
);

/** «путин про сша что сказал» for «путин и сша что сказал», else null. */
export function voiceAndPartyOf(text: string, speakers: SpeakerNames): string | null {
  if (text.length > 80) return null;
  const q = withoutEndMarks(fold(text));
  const m = RU.exec(q);
  if (!m?.[1] || !m[2]) return null;
  const voice = speakers.namedIn(m[1]);
  if (voice.length !== 1 || voice[0]!.start !== 0 || voice[0]!.end < m[1].length - 2) return null;
  if (!speakers.isQuoted(voice[0]!.id)) return null;
  if (speakers.namedIn(m[2]).some((n) => n.id === voice[0]!.id)) return null;
  return `${m[1]} про ${m[2]} что сказал?`;
}
