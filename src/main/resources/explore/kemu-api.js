// Talking to kemu's public GraphQL API: the only data source of the explorer. A portal can copy this file as is.
//
// Why GET: answers to GET /graphql carry an ETag and Cache-Control, so the browser (and any CDN in front) reuses
// them and revalidates with If-None-Match instead of running the query again.
// Why text amounts: the queries read every amount as `…Text` (a decimal string). JSON numbers would pass through
// JavaScript's binary floating point and lose cents; charts get a Number only to size their shapes.

const QUERY_FILE = '/explore/queries.graphql';

let queries = null;

/** Reads queries.graphql once and keeps each operation's text by name; operations are separated by blank lines. */
export async function loadQueries() {
  if (queries) return queries;
  const response = await fetch(QUERY_FILE);
  if (!response.ok) throw new ApiError(`${QUERY_FILE}: HTTP ${response.status}`);
  const text = await response.text();
  queries = {};
  for (const block of text.split(/\n\s*\n/)) {
    const name = /^query\s+(\w+)/m.exec(block);
    // comment lines above an operation are kept: GraphiQL shows them to whoever opens the query
    if (name) queries[name[1]] = block.trim();
  }
  return queries;
}

/** An answer the page cannot use: GraphQL errors, a refusal (cost, rate limit) or no connection. */
export class ApiError extends Error {
  constructor(message, retryAfterSeconds = null) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Runs a named operation and resolves to { data, truncated }. `truncated` lists the lists the server cut at their
 * cap (extensions.truncated): the page says so instead of showing a partial picture as if it were whole.
 */
export async function run(name, variables) {
  const url = '/graphql?' + new URLSearchParams({ query: queries[name], variables: JSON.stringify(variables) });
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/graphql-response+json, application/json' } });
  } catch (error) {
    throw new ApiError(`network: ${error.message}`);
  }
  if (response.status === 429) {
    // the client's query budget is spent: wait as long as the server says rather than retrying at once
    const seconds = Number(response.headers.get('Retry-After') || '1');
    throw new ApiError(`rate limit: retry after ${seconds} s`, seconds);
  }
  const body = await response.json().catch(() => null);
  if (!body) throw new ApiError(`${name}: HTTP ${response.status}`);
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors.map(error => error.message).join('; '));
  }
  return { data: body.data, truncated: (body.extensions && body.extensions.truncated) || [] };
}

/** The address that opens the operation, with these variables, in this server's GraphiQL. */
export function graphiqlUrl(name, variables) {
  return '/graphiql?' + new URLSearchParams({ query: queries[name], variables: JSON.stringify(variables, null, 2) });
}

/**
 * The address of the same operation answered as CSV by the server (UTF-8 with BOM, exact decimals): `rows` names
 * the list whose items become rows, as a path of response keys such as "report.lines".
 */
export function csvUrl(name, variables, rows, filename) {
  return '/explore/csv?' + new URLSearchParams({
    query: queries[name], variables: JSON.stringify(variables), rows, filename,
  });
}

// ---- exact decimals -------------------------------------------------------------------------------------------
// Sums the page makes itself (a region's counties added up to its prefectures) are done on BigInt millionths:
// 万元 texts have up to six decimals (1 分 = 0.000001 万元), 元 texts two, so both add up without rounding.

const SCALE = 6;

/** "12615180.13" → 12615180130000n (millionths). */
export function toMicros(text) {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const micros = BigInt(whole + fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return negative ? -micros : micros;
}

/** Millionths back to text with at least two decimals and no trailing zeros beyond them. */
export function fromMicros(micros) {
  const negative = micros < 0n;
  const digits = (negative ? -micros : micros).toString().padStart(SCALE + 1, '0');
  let fraction = digits.slice(-SCALE).replace(/0+$/, '');
  fraction = fraction.padEnd(2, '0');
  return (negative ? '-' : '') + digits.slice(0, -SCALE) + '.' + fraction;
}

/** Thousands separators on the exact text, without going through a Number. null stays null. */
export function groupDigits(text) {
  if (text === null || text === undefined) return null;
  const [whole, fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction !== undefined ? '.' + fraction : '');
}
