// Kind: «прямые переговоры» for the article's "direct Palestinian-Israeli dialogue" — «прямые переговоры израиля и
// палестинцев?» after the Foreign Ministry, «мид хочет прямых переговоров между израилем и палестинцами?», «кто
// призывает к прямым переговорам…?». «переговоры» sent the engine to the peace-talks card (Putin's "resumption of the
// negotiation process"), with no verdict (d97-33#2); the English "direct talks"/"direct negotiations" already found
// the Foreign Ministry's "direct … dialogue". Direct talks between the two sides are that dialogue: the phrase is put
// as «прямой диалог» in the same case. «переговоры» without «прямые» (the negotiation process) is left as typed.

const CASES: Readonly<Record<string, string>> = {
  "прямые переговоры": "прямой диалог",
  "прямых переговоров": "прямого диалога",
  "прямым переговорам": "прямому диалогу",
  "прямыми переговорами": "прямым диалогом",
  "прямых переговорах": "прямом диалоге",
};
const DIRECT_TALKS = /(?<!\p{L})(прям(?:ые|ых|ым|ыми) переговор(?:ы|ов|ам|ами|ах))(?!\p{L})/giu;

/**
 * «прямые переговоры между сторонами», «… сторон», «… обеих сторон» (dialog44, own108): the article's direct dialogue is
 * between the two sides (Palestinian-Israeli), so the sides add nothing; left in, «сторон» sent the engine to the
 * peace-talks card again. Only right after the direct talks.
 */
const SIDES =
  /(?<=(?:^|[^\p{L}])прям(?:ой|ого|ому|ым|ом) диалог(?:а|у|ом|е)?) (?:(?:между )?(?:двумя |обеими )?сторонами|(?:двух |обеих )?сторон|между ними)(?!\p{L})/giu;

/** The message with «прямые переговоры» as «прямой диалог» in its case; the message itself when it has none. */
export function directDialogueRu(text: string): string {
  return text.replace(DIRECT_TALKS, (m: string) => CASES[m.toLowerCase()] ?? m).replace(SIDES, "");
}
