// Everything a regexp's uses give for a subject, with the lastIndex after each: what a wrapper of RegExp
// (PrefilteredRegExp, on the subject or on its one-byte view) must give exactly as a plain RegExp does.

/** The results of test, exec, match, matchAll, replace (string with a capture reference, function, replaceAll), search and
 * split (with and without a limit) on `subject`, each from lastIndex `start`, with the lastIndex it leaves. */
export function regexpUses(re: RegExp, subject: string, start: number): unknown[] {
  const out: unknown[] = [];
  const step = (f: () => unknown) => {
    re.lastIndex = start;
    const r = f();
    out.push(JSON.stringify(r), re.lastIndex);
  };
  step(() => re.test(subject));
  step(() => re.exec(subject));
  step(() => subject.match(re));
  step(() => (re.global ? [...subject.matchAll(re)] : null));
  step(() => subject.replace(re, "<$&|$1>"));
  step(() => subject.replace(re, (m: string) => `[${m.length}]`));
  step(() => (re.global ? subject.replaceAll(re, "_") : null));
  step(() => subject.search(re));
  step(() => subject.split(re));
  step(() => subject.split(re, 0));
  step(() => subject.split(re, 1));
  return out;
}
