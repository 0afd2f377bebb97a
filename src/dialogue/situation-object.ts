// Kind (dialog39): "who's trying to stabilize it?", "who is working to calm things down?", «кто пытается её
// стабилизировать?» — the thing stabilized said as a pronoun or "things". The article's only such deed is the
// Foreign Ministry's "coordinating regional players to stabilize the situation"; read against the context, "it"
// became the last topic ("stabilize beyond", after "beyond where?") and the engine could not choose. The object is
// the situation, as the article puts it: the verb and its pronoun are put in the article's words. Text in, text out.

const OBJECT_EN = "(?:it|things|that|this|matters|everything|the region|the area)(?: down)?";
const STABILIZE_EN = new RegExp(
  `(?<!\\p{L})(?:stabili[sz]e|calm|de-?escalate|cool)(?: down)? ${OBJECT_EN}(?!\\p{L})`,
  "giu",
);
const STABILIZE_RU =
  /(?<!\p{L})(?:(?:её|ее|это|обстановку|всё|все) (?:стабилизировать|успокоить)|(?:стабилизировать|успокоить) (?:её|ее|это|обстановку|всё|все))(?!\p{L})/giu;

/** The message with a pronoun stabilized put as "the situation", or null when it has none. */
export function situationObjectOf(text: string): string | null {
  const en = text.replace(STABILIZE_EN, "stabilize the situation");
  const ru = en.replace(STABILIZE_RU, "стабилизировать ситуацию");
  return ru === text ? null : ru;
}
