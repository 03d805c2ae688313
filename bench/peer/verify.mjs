// Optional equivalence check: runs the 7 documents of queries.json against the peer and the
// equivalent kemu queries against kemu, compares the answers and prints one timing per query.
// 可选的等价性检查：分别向 peer 和 kemu 发送 7 个查询，比较结果并给出单次耗时。
//
//   PEER_URL=http://127.0.0.1:4000/graphql KEMU_URL=http://127.0.0.1:8080/graphql \
//   node verify.mjs reportId=... unitId=... year=2024 fromYear=2020 province=13 \
//        countyA=110105 countyB=110106 search=社会保险
//
// Placeholders: a variable value that is exactly "{name}" is replaced by the given value;
// year and fromYear are integers, everything else is a string.
import { readFile } from "node:fs/promises";

const PEER_URL = process.env.PEER_URL ?? "http://127.0.0.1:4000/graphql";
const KEMU_URL = process.env.KEMU_URL ?? "http://127.0.0.1:8080/graphql";
const INTEGER_PLACEHOLDERS = new Set(["year", "fromYear"]);

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const i = a.indexOf("=");
    const key = a.slice(0, i);
    const value = a.slice(i + 1);
    return [key, INTEGER_PLACEHOLDERS.has(key) ? Number(value) : value];
  }),
);

export function fill(template, values) {
  const out = {};
  for (const [key, value] of Object.entries(template)) {
    const m = typeof value === "string" ? /^\{(\w+)\}$/.exec(value) : null;
    if (m) {
      if (!(m[1] in values)) throw new Error(`no value for placeholder {${m[1]}}`);
      out[key] = values[m[1]];
    } else {
      out[key] = value;
    }
  }
  return out;
}

async function post(url, query, variables) {
  const started = process.hrtime.bigint();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return { data: json.data, ms };
}

// kemu amounts are BigDecimal yuan; turn them into integer fen without floating point.
function yuanToFen(value) {
  if (value === null || value === undefined) return null;
  const s = String(value);
  const negative = s.startsWith("-");
  const [whole, frac = ""] = (negative ? s.slice(1) : s).split(".");
  const fen = BigInt(whole || "0") * 100n + BigInt((frac + "00").slice(0, 2));
  if (/[1-9]/.test(frac.slice(2))) throw new Error(`amount ${s} has sub-fen digits`);
  return (negative ? -fen : fen).toString();
}

function fenOrNull(v) {
  return v === null || v === undefined ? null : BigInt(v).toString();
}

function compareMaps(label, peer, kemu) {
  const codes = new Set([...peer.keys(), ...kemu.keys()]);
  const diffs = [];
  for (const code of [...codes].sort()) {
    const a = JSON.stringify(peer.get(code) ?? null);
    const b = JSON.stringify(kemu.get(code) ?? null);
    if (a !== b) diffs.push(`${code}: peer ${a} kemu ${b}`);
  }
  const status = diffs.length === 0 ? "MATCH" : "DIFF";
  console.log(`  ${label}: ${status} (${peer.size} peer rows, ${kemu.size} kemu rows)`);
  for (const d of diffs.slice(0, 10)) console.log(`    ${d}`);
  return diffs.length === 0;
}

function years(from, to) {
  const out = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

const [unitOfReport, yearOfReport, kindOfReport] = String(args.reportId ?? "::").split(":");

const KEMU = {
  1: {
    query: `query($u: ID!, $y: Int!, $k: ReportKind) { report(unitId: $u, year: $y, kind: $k) { lines(level: ITEM) { subject { code name } amount } } }`,
    variables: { u: unitOfReport, y: Number(yearOfReport), k: kindOfReport || "FINAL_ACCOUNT" },
  },
  2: {
    query: `query($f: LineFilter!) { rollup(filter: $f, level: CLASS) { subject { code } amount } }`,
    variables: { f: { unitIds: [args.unitId], years: years(args.fromYear, args.year) } },
  },
  3: {
    query: `query($f: LineFilter!) { rollup(filter: $f, level: SECTION) { subject { code } amount } }`,
    variables: { f: { regionCodes: [args.province], years: [args.year] } },
  },
  4: {
    query: `query($f: LineFilter!) { rollup(filter: $f, level: CLASS) { subject { code } amount } }`,
    variables: { f: { years: [args.year] } },
  },
  5: {
    query: `query($l: LineFilter!, $r: LineFilter!) { compare(left: $l, right: $r, level: ITEM) { subject { code } left right } }`,
    variables: { l: { regionCodes: [args.countyA], years: [args.year] }, r: { regionCodes: [args.countyB], years: [args.year] } },
  },
  6: {
    query: `query($s: String) { glossary(search: $s, first: 20) { totalCount edges { node { statedTerm term { name } } } } }`,
    variables: { s: args.search },
  },
  7: {
    query: `{ subject(code: "208") { code name children { code name children { code name } } } }`,
    variables: {},
  },
};

function rowsToMap(rows, key, value) {
  return new Map(rows.map((r) => [key(r), value(r)]));
}

function compare(shape, peer, kemu) {
  switch (shape) {
    case 1: {
      const p = peer.reports[0]?.lines ?? [];
      const k = kemu.report?.lines ?? [];
      return compareMaps("lines code -> [name, fen]",
        rowsToMap(p, (r) => r.subject[0]?.code ?? r.code, (r) => [r.subject[0]?.name, fenOrNull(r.totalFen)]),
        rowsToMap(k, (r) => r.subject.code, (r) => [r.subject.name, yuanToFen(r.amount)]));
    }
    case 2:
    case 3:
    case 4: {
      const p = rowsToMap(peer.unitRollup ?? peer.regionRollup ?? peer.nationalRollup, (r) => r.code, (r) => fenOrNull(r.totalFen));
      const k = rowsToMap(kemu.rollup, (r) => r.subject.code, (r) => yuanToFen(r.amount));
      return compareMaps("rollup code -> fen", p, k);
    }
    case 5: {
      const p = rowsToMap(peer.compareRegions, (r) => r.code, (r) => [fenOrNull(r.leftFen), fenOrNull(r.rightFen)]);
      const k = rowsToMap(kemu.compare, (r) => r.subject.code, (r) => [yuanToFen(r.left), yuanToFen(r.right)]);
      return compareMaps("compare code -> [left, right] fen", p, k);
    }
    case 6: {
      // Both sides find the same set of matching definitions (compared by count); the first 20
      // are compared as multisets only when every match fits, since the two orders differ
      // (kemu ranks exact term matches first, the peer returns store order).
      const p = peer.definitions.map((d) => `${d.statedTerm}/${d.term[0]?.name}`).sort();
      const k = kemu.glossary.edges.map((e) => `${e.node.statedTerm}/${e.node.term.name}`).sort();
      const total = kemu.glossary.totalCount;
      const sameCount = peer.matchCount === total;
      const sameRows = total > p.length || JSON.stringify(p) === JSON.stringify(k);
      console.log(`  glossary: ${sameCount && sameRows ? "MATCH" : "DIFF"} (matches: peer ${peer.matchCount}, kemu ${total}; ` +
        `first page ${total > p.length ? "not compared, orders differ" : "compared as multisets"})`);
      return sameCount && sameRows;
    }
    case 7: {
      const flatten = (s, out = []) => {
        out.push(`${s.code} ${s.name}`);
        for (const c of s.children ?? []) flatten(c, out);
        return out;
      };
      const p = new Map(flatten(peer.subjects[0]).map((x) => [x, true]));
      const k = new Map(flatten(kemu.subject).map((x) => [x, true]));
      return compareMaps("tree nodes", p, k);
    }
  }
  return false;
}

const queries = JSON.parse(await readFile(new URL("./queries.json", import.meta.url), "utf8"));
let failures = 0;
for (const q of queries) {
  if (!KEMU[q.shape]) continue; // shape 0, the fixed cost, has no answer to compare
  const vars = fill(q["variables-template"], args);
  const peer = await post(PEER_URL, q.query, vars);
  if (q.shape === 6) {
    const count = await post(PEER_URL,
      "query($s: String!) { definitionsConnection(where: { searchText: { contains: $s } }) { totalCount } }", vars.search === undefined ? {} : { s: vars.search });
    peer.data.matchCount = count.data.definitionsConnection.totalCount;
  }
  const again = await post(PEER_URL, q.query, vars);
  const kemu = await post(KEMU_URL, KEMU[q.shape].query, KEMU[q.shape].variables);
  const kemuAgain = await post(KEMU_URL, KEMU[q.shape].query, KEMU[q.shape].variables);
  console.log(`shape ${q.shape} ${q.name}: peer ${peer.ms.toFixed(0)} ms (2nd ${again.ms.toFixed(0)} ms), ` +
    `kemu ${kemu.ms.toFixed(0)} ms (2nd ${kemuAgain.ms.toFixed(0)} ms)`);
  if (!compare(q.shape, peer.data, kemu.data)) failures++;
}
console.log(`${7 - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
