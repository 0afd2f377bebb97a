// Kind: "а кто этому мешал?", "кто помешал этому?", "кто препятствовал этому?" after an answer: who stood in the way
// of the last answer's thing is who the article faults for it — the blame question "кто в этом виноват?", which the
// follow-up readers place on the last entry (Putin faults the US for the Palestinians' unmet aspiration to a
// state). As it was, "мешал" matched nothing in the entries and the reply was "the article doesn't say". Only with
// "этому"/"этого"/"в этом" pointing back at the last answer; "кто мешает переговорам?" names its own thing.

const HINDERED =
  /^(?:(?:а|и|но|ну|так)[, ]+)?кто (?:(?:же|вообще|именно) )?(?:(?:этому )?(?:мешал\p{L}*|меша\p{L}*|помешал\p{L}*|препятств\p{L}*|воспрепятствовал\p{L}*)|(?:мешал\p{L}*|меша\p{L}*|помешал\p{L}*|препятств\p{L}*|воспрепятствовал\p{L}*) (?:этому|в этом))\s*[?!.]*$/u;

/** "кто в этом виноват?" for a "who hindered it?" follow-up, or null when the message is none. */
export function hinderedByOf(text: string): string | null {
  if (text.length > 80) return null;
  return HINDERED.test(text.trim().toLowerCase().replace(/ё/gu, "е")) ? "кто в этом виноват?" : null;
}
