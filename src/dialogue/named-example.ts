// Kind: an example offered for what the last answer leaves open — "like to lebanon?", "into syria, say?", «например
// на ливан?», «типа в иран?» after the feared spread (wave AE, d48-13). The last answer says the article does not
// say where (or who, or which): any place offered is one it does not name, so "the article doesn't say", with that
// evidence again. It was read alone and refused ("The article doesn't cover that"). Only after an answer that
// itself says the article leaves the "where / who / which" open, and only for an offered word the answer does not
// contain (an example the answer names is another reader's).

/** "like (to) X?", "such as X?", "X, say?", «например (на) X?», «типа X?»: one to three words offered. */
const EXAMPLE_EN =
  /^(?:(?:and|so|but|ok|okay|hmm|what,?)[, ]+)?(?:like|such as|e\.?g\.?|for example|for instance|say|maybe|perhaps|possibly)[,:]? (?:(?:to|into|towards?|in|as far as|over to|across)\s+)?((?:the )?\p{L}+(?: \p{L}+){0,2})(?:,? (?:too|as well|maybe|perhaps|say|or something|or what))?\s*\?+$/u;
const EXAMPLE_RU =
  /^(?:(?:а|и|ну|так)[, ]+)?(?:например|типа|к примеру|скажем|допустим|вроде|может|может быть)[,:]? (?:(?:на|в|во|до|через)\s+)?(\p{L}+(?: \p{L}+){0,2})(?:,? (?:тоже|например|или как|или что))?\s*\?+$/u;
/** The last answer says the article does not give the place (or party) the example fills in. */
const LEFT_OPEN =
  /(?:does not|doesn't|do not|don't) (?:say|specify|name|give|spell out)[^.]*\b(?:where|who|which|whom)\b|\b(?:where|who|which)\b[^.]*\b(?:is|are) not (?:said|named|given)|(?:кто|куда|где|какие|каких)[^.]*статья не (?:уточняет|говорит|сообщает|называет|пишет)|статья не (?:уточняет|говорит|сообщает|называет)[^.]*(?:кто|куда|где|какие|каких)/iu;

/** The offered word(s) of an example follow-up after an answer that leaves them open, else null. */
export function openExampleOf(typed: string, lastAnswer: string): string | null {
  const t = typed.trim().toLowerCase().replace(/ё/gu, "е");
  const m = EXAMPLE_EN.exec(t) ?? EXAMPLE_RU.exec(t);
  const offered = m?.[1]?.replace(/^the /u, "");
  if (!offered || !LEFT_OPEN.test(lastAnswer)) return null;
  const said = lastAnswer.toLowerCase();
  // An example the answer names ("like israel?" after "…beyond Israel and Gaza") is no open slot's.
  const stems = offered.split(" ").filter((w) => w.length >= 3);
  if (stems.length === 0 || stems.some((w) => said.includes(w.slice(0, Math.max(3, w.length - 2)))))
    return null;
  return offered;
}
