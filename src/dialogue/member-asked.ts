// Kind: a membership asked after another answer with no verb — «а россия разве не в квартете?», «а ЕС тоже в
// квартете?». The lead «а» made it a topic switch to the last voice ("что сказал Путин про россия в квартете", the
// card on his silence, no verdict; d78-34#2), though it asks the article's own fact. Put with its verb, «россия
// разве не входит в квартет?», which stands alone (list-member.ts, loaded-negation.ts read it). Text in, text out
// (follow-up-forms.ts); null when the message is no such question.
const RU =
  /^(?:(?:а|и|ну|так)[, ]+)*([\p{L}-]+(?: [\p{L}-]+)?) ((?:разве |ведь |неужели |же |тоже |также |сама |сам |случайно )*(?:не )?)(?:в квартете|в составе квартета|член квартета|входит в квартет|состоит в квартете)\s*\?*$/iu;
const NOT_A_PARTY = /^(?:кто|что|он|она|они|это|там|тут)$/iu;

export function memberAskedOf(text: string): string | null {
  if (text.length > 60) return null;
  const m = RU.exec(text);
  if (!m?.[1] || m[1].split(" ").some((w) => NOT_A_PARTY.test(w))) return null;
  return `${m[1]} ${m[2] ?? ""}входит в квартет?`;
}
