// Peer GraphQL server for the kemu benchmark.
// kemu 基准测试的对照服务：用 Neo4j GraphQL Library 直接暴露同一个 Neo4j 库（只读）。
//
// Environment:
//   NEO4J_URI       bolt URI (default bolt://127.0.0.1:7687)
//   NEO4J_USER      optional; when unset the driver connects with no authentication
//   NEO4J_PASSWORD  optional, used with NEO4J_USER
//   NEO4J_DATABASE  optional database name (default: the server's default database)
//   PORT            HTTP port (default 4000); GraphQL is served at POST /graphql (any path works)
//   HOST            listen address (default 0.0.0.0)
//   PEER_CHECK_COMPAT=1  run the library's optional checkNeo4jCompat() at start and print
//                   its findings (never fatal: it wants APOC, which kemu's embedded server lacks)
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

// Read-only on every node type: list queries and connections only, no aggregations,
// no generated mutations (@mutation(operations: [])), no subscriptions (not enabled).
const READ_ONLY = "@query(read: true, aggregate: false) @mutation(operations: [])";

// Roll-up rows keep every line that is finest = true AND primary = true and bucket it by
// substring(code, 0, length of the wanted level); a line stated only at a coarser level keeps
// its own (shorter) code as its bucket. All filter values arrive as Cypher parameters.
// Region filters start from the Unit.regionCode index and walk Unit-PUBLISHED->Report-HAS_LINE->Line
// (the Line copies of unitId/regionCode/year/kind are identical, but Line has no regionCode index);
// the unit and national roll-ups read Line through its (unitId) and (year, kind, scheme) indexes.
const LEVEL_LENGTH = "CASE $level WHEN 'CLASS' THEN 3 WHEN 'SECTION' THEN 5 ELSE 7 END";

const typeDefs = /* GraphQL */ `
  "Subject level: CLASS = 类 (3 digits), SECTION = 款 (5), ITEM = 项 (7)."
  enum Level {
    CLASS
    SECTION
    ITEM
  }

  "One roll-up bucket: subject code prefix and the sum of totalFen (integer fen, 分)."
  type RollupRow {
    code: String!
    totalFen: BigInt!
    lineCount: Int!
  }

  "One bucket of a two-sided comparison; a side without lines is null."
  type CompareRow {
    code: String!
    leftFen: BigInt
    rightFen: BigInt
  }

  type Subject @node ${READ_ONLY} {
    scheme: String!
    code: String!
    name: String!
    level: String!
    path: String
    parent: [Subject!]! @relationship(type: "PARENT", direction: OUT)
    children: [Subject!]! @relationship(type: "PARENT", direction: IN)
  }

  type Region @node ${READ_ONLY} {
    code: String!
    name: String!
    level: String!
    parent: [Region!]! @relationship(type: "PARENT", direction: OUT)
    children: [Region!]! @relationship(type: "PARENT", direction: IN)
    units: [Unit!]! @relationship(type: "LOCATED_IN", direction: IN)
  }

  type Unit @node ${READ_ONLY} {
    id: ID!
    name: String!
    regionCode: String!
    type: String
    region: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    reports: [Report!]! @relationship(type: "PUBLISHED", direction: OUT)
  }

  type Report @node ${READ_ONLY} {
    id: ID!
    unitId: String!
    regionCode: String
    year: Int!
    kind: String!
    amountUnit: String
    unit: [Unit!]! @relationship(type: "PUBLISHED", direction: IN)
    lines: [Line!]! @relationship(type: "HAS_LINE", direction: OUT)
    definitions: [Definition!]! @relationship(type: "HAS_DEFINITION", direction: OUT)
  }

  type Line @node ${READ_ONLY} {
    reportId: String!
    unitId: String!
    regionCode: String!
    year: Int!
    kind: String!
    scheme: String!
    code: String!
    level: String!
    fund: String!
    primary: Boolean!
    finest: Boolean!
    position: Int
    statedName: String
    totalFen: BigInt
    basicFen: BigInt
    projectFen: BigInt
    budgetInitialFen: BigInt
    budgetAdjustedFen: BigInt
    report: [Report!]! @relationship(type: "HAS_LINE", direction: IN)
    subject: [Subject!]! @relationship(type: "OF_SUBJECT", direction: OUT)
  }

  type Definition @node ${READ_ONLY} {
    statedTerm: String!
    text: String!
    searchText: String!
    termKey: String!
    year: Int!
    unitId: String!
    reportId: String
    number: String
    position: Int
    report: [Report!]! @relationship(type: "HAS_DEFINITION", direction: IN)
    term: [Term!]! @relationship(type: "DEFINES", direction: OUT)
  }

  type Term @node ${READ_ONLY} {
    key: String!
    name: String!
    searchName: String
    definitions: [Definition!]! @relationship(type: "DEFINES", direction: IN)
  }

  type Query {
    "Shape 2: one unit's roll-up over a year range (FUNCTION lines of one report kind)."
    unitRollup(unitId: String!, fromYear: Int!, toYear: Int!, level: Level!, kind: String! = "FINAL_ACCOUNT"): [RollupRow!]!
      @cypher(
        statement: """
        MATCH (l:Line)
        WHERE l.unitId = $unitId AND l.year >= $fromYear AND l.year <= $toYear
          AND l.kind = $kind AND l.scheme = 'FUNCTION' AND l.finest = true AND l.primary = true
        WITH substring(l.code, 0, ${LEVEL_LENGTH}) AS code, sum(l.totalFen) AS totalFen, count(l) AS lineCount
        RETURN {code: code, totalFen: totalFen, lineCount: lineCount} AS row
        ORDER BY code
        """
        columnName: "row"
      )

    "Shape 3: roll-up of every unit whose region code starts with regionPrefix (a region with its subtree) for one year."
    regionRollup(regionPrefix: String!, year: Int!, level: Level!, kind: String! = "FINAL_ACCOUNT"): [RollupRow!]!
      @cypher(
        statement: """
        MATCH (u:Unit)
        WHERE u.regionCode STARTS WITH $regionPrefix
        MATCH (u)-[:PUBLISHED]->(r:Report)-[:HAS_LINE]->(l:Line)
        WHERE r.year = $year AND r.kind = $kind
          AND l.scheme = 'FUNCTION' AND l.finest = true AND l.primary = true
        WITH substring(l.code, 0, ${LEVEL_LENGTH}) AS code, sum(l.totalFen) AS totalFen, count(l) AS lineCount
        RETURN {code: code, totalFen: totalFen, lineCount: lineCount} AS row
        ORDER BY code
        """
        columnName: "row"
      )

    "Shape 4: nationwide roll-up for one year (no region filter)."
    nationalRollup(year: Int!, level: Level!, kind: String! = "FINAL_ACCOUNT"): [RollupRow!]!
      @cypher(
        statement: """
        MATCH (l:Line)
        WHERE l.year = $year AND l.kind = $kind AND l.scheme = 'FUNCTION'
          AND l.finest = true AND l.primary = true
        WITH substring(l.code, 0, ${LEVEL_LENGTH}) AS code, sum(l.totalFen) AS totalFen, count(l) AS lineCount
        RETURN {code: code, totalFen: totalFen, lineCount: lineCount} AS row
        ORDER BY code
        """
        columnName: "row"
      )

    "Shape 5: two regions (each with its subtree) side by side for one year; union of both sides' buckets."
    compareRegions(left: String!, right: String!, year: Int!, level: Level!, kind: String! = "FINAL_ACCOUNT"): [CompareRow!]!
      @cypher(
        statement: """
        MATCH (u:Unit)
        WHERE u.regionCode STARTS WITH $left OR u.regionCode STARTS WITH $right
        MATCH (u)-[:PUBLISHED]->(r:Report)-[:HAS_LINE]->(l:Line)
        WHERE r.year = $year AND r.kind = $kind
          AND l.scheme = 'FUNCTION' AND l.finest = true AND l.primary = true
        WITH l, u.regionCode STARTS WITH $left AS onLeft, u.regionCode STARTS WITH $right AS onRight
        WITH substring(l.code, 0, ${LEVEL_LENGTH}) AS code,
             sum(CASE WHEN onLeft THEN l.totalFen END) AS leftFen,
             sum(CASE WHEN onRight THEN l.totalFen END) AS rightFen,
             count(CASE WHEN onLeft THEN 1 END) AS leftLines,
             count(CASE WHEN onRight THEN 1 END) AS rightLines
        RETURN {code: code,
                leftFen: CASE WHEN leftLines > 0 THEN leftFen END,
                rightFen: CASE WHEN rightLines > 0 THEN rightFen END} AS row
        ORDER BY code
        """
        columnName: "row"
      )
  }
`;

function env(name, fallback) {
  const value = process.env[name];
  return value === undefined || value === "" ? fallback : value;
}

async function main() {
  const uri = env("NEO4J_URI", "bolt://127.0.0.1:7687");
  const port = Number(env("PORT", "4000"));
  const user = env("NEO4J_USER", "");
  const auth = user ? neo4j.auth.basic(user, env("NEO4J_PASSWORD", "")) : neo4j.auth.none();
  const database = env("NEO4J_DATABASE", "");

  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: false });
  await driver.verifyConnectivity();

  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();

  if (env("PEER_CHECK_COMPAT", "") === "1") {
    try {
      await neoSchema.checkNeo4jCompat(database ? { sessionConfig: { database } } : {});
      console.log("checkNeo4jCompat: ok");
    } catch (e) {
      console.log(`checkNeo4jCompat (ignored): ${e.message}`);
    }
  }

  const apollo = new ApolloServer({ schema, introspection: true });
  const context = () => (database ? { sessionConfig: { database } } : {});

  // startStandaloneServer answers GraphQL on any path, so POST /graphql works as the harness expects.
  const { url } = await startStandaloneServer(apollo, {
    listen: { port, host: env("HOST", "0.0.0.0") },
    context: async () => context(),
  });
  // Warm-up: the first resolved request makes the library read dbms.components() once and
  // cache the server version; do it before announcing readiness so no timed request pays for it.
  const warm = await apollo.executeOperation({ query: "{ terms(limit: 1) { key } }" }, { contextValue: context() });
  if (warm.body.kind === "single" && warm.body.singleResult.errors) {
    throw new Error(`warm-up failed: ${JSON.stringify(warm.body.singleResult.errors)}`);
  }
  console.log(`peer ready on ${port}`);
  console.log(`(GraphQL at ${url}graphql)`);

  const stop = async () => {
    await apollo.stop().catch(() => {});
    await driver.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
