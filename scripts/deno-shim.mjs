// Stands in for @deno/shim-deno inside the bundle (scripts/bundle.mjs). @grammyjs/i18n imports the whole Deno
// shim (~180 KB, ~40 ms at every start) only to read locale files and folders; the bot hands it the files' text
// (src/bot/i18n.ts: loadLocaleSync with `source`), so only the platform and the working folder are ever asked.
const unavailable = (name) => () => {
  throw new Error(
    `Deno.${name} is not in the bundle's Deno shim (scripts/deno-shim.mjs): pass locale files as text (loadLocaleSync with source)`,
  );
};

export const Deno = {
  build: { os: process.platform === "win32" ? "windows" : process.platform },
  cwd: () => process.cwd(),
  ...Object.fromEntries(
    [
      "readFile",
      "readFileSync",
      "readTextFile",
      "readTextFileSync",
      "readDir",
      "readDirSync",
      "stat",
      "statSync",
      "lstat",
      "lstatSync",
      "realPath",
      "realPathSync",
    ].map((name) => [name, unavailable(name)]),
  ),
};
