// Kind: "did turkey say anything back", "did erdogan reply back?", "did he say something back to putin": a reply
// asked with "back". The engine read "back" as a topic word of its own and could not choose ("I'm not sure
// which"), where "did turkey say anything in response" finds what the article gives of Erdogan (nothing he said:
// doesn't say). "back" after saying or replying is put as "in response"; "back to the article" and other uses of
// the word are left alone.

const SAID_BACK =
  /(?<!\p{L})((?:say|said|says|saying) (?:anything|something|much|a word)|(?:reply|replied|replies|respond|responded|responds|answer|answered|answers|write|wrote|talk|talked) )\s*back(?=(?: to \p{L}+)?\s*[?!.]*\s*$)/iu;

/** The message with "say anything back" as "say anything in response", or null when it has no such "back". */
export function saidBackOf(text: string): string | null {
  const m = SAID_BACK.exec(text);
  if (!m?.[1]) return null;
  return `${text.slice(0, m.index)}${m[1].trim()} in response${text.slice(m.index + m[0].length)}`;
}
