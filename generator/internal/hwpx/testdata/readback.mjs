// readback.mjs reads an .hwpx file with @ssabrojs/hwpxjs, an HWPX reader
// independent of the Go writer (JSZip for the package, fast-xml-parser for
// the XML), and prints what it found as JSON:
//
//   node readback.mjs NODE_MODULES_DIR FILE.hwpx
//
// {"title", "manifest", "spine", "images": what the library reports;
//  "text": the library's extractText();
//  "blocks": [{"p": text} | {"table": [[cell text]]} | {"picture": true}]}.
//
// extractText() trims the spaces at run boundaries and skips tables (they
// sit inside runs), so "blocks" re-reads each section in document order with
// the fast-xml-parser the library depends on, keeping whitespace, line
// breaks ("\n") and tabs ("\t").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, file] = process.argv.slice(2);
const libDir = join(modules, "@ssabrojs/hwpxjs");
const lib = await import(pathToFileURL(join(libDir, "dist/index.js")).href);
const { XMLParser } = createRequire(join(libDir, "package.json"))("fast-xml-parser");

const reader = new lib.HwpxReader();
await reader.loadFromArrayBuffer(readFileSync(file));
const info = await reader.getDocumentInfo();
const text = await reader.extractText();

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
});

// With preserveOrder each element is {name: [children]}; text is {"#text"}.
const nameOf = (n) => Object.keys(n).find((k) => k !== ":@");
const kids = (n, name) => (n[nameOf(n)] ?? []).filter((c) => nameOf(c) === name);

function runText(run) {
  let s = "";
  for (const t of kids(run, "t")) {
    for (const c of t.t) {
      const k = nameOf(c);
      if (k === "#text") s += c["#text"];
      else if (k === "lineBreak") s += "\n";
      else if (k === "tab") s += "\t";
    }
  }
  return s;
}

const paragraphText = (p) => kids(p, "run").map(runText).join("");

const table = (tbl) =>
  kids(tbl, "tr").map((tr) =>
    kids(tr, "tc").map((tc) =>
      kids(tc, "subList").flatMap((sl) => kids(sl, "p")).map(paragraphText).join("\n"),
    ),
  );

const blocks = [];
for (const path of reader.getSectionPathsBySpine() ?? []) {
  const doc = parser.parse(reader.getTextFile(path));
  for (const sec of doc.filter((n) => nameOf(n) === "sec")) {
    for (const p of kids(sec, "p")) {
      const runs = kids(p, "run");
      const tables = runs.flatMap((r) => kids(r, "tbl"));
      if (tables.length) tables.forEach((t) => blocks.push({ table: table(t) }));
      else if (runs.some((r) => kids(r, "pic").length)) blocks.push({ picture: true });
      else blocks.push({ p: paragraphText(p) });
    }
  }
}

const summary = info.summary;
process.stdout.write(
  JSON.stringify({
    title: info.metadata.title ?? "",
    manifest: (summary.manifest ?? []).map((m) => m.href),
    spine: summary.spine ?? [],
    images: await reader.listImages(),
    text,
    blocks,
  }),
);
