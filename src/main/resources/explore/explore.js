// The explorer: five views of kemu's public GraphQL API, drawn with Apache ECharts. Plain JavaScript without a
// build step, so that a portal team can read it and copy what it needs.
//
// How it hangs together:
// - the address's hash holds the whole state (view, unit, year, …), so every view has a link that reopens it;
//   changing the state means changing the hash, and a `hashchange` draws the page again;
// - each view runs one operation of queries.graphql (plus small look-ups of names) and draws from its answer;
// - every table can be downloaded as CSV and every operation opened in GraphiQL, with the same variables.
// The DOM is built with createElement and text nodes only: no innerHTML, so no text from a document can turn into
// markup, and the page runs under a Content-Security-Policy without 'unsafe-inline'.

import {
  ApiError, csvUrl, fromMicros, graphiqlUrl, groupDigits, loadQueries, run, toMicros,
} from './kemu-api.js';
import { ENUMS, LABELS } from './labels.js';

const VIEWS = ['spending', 'compare', 'region', 'years', 'projects'];
const KINDS = ['FINAL_ACCOUNT', 'BUDGET', 'PERFORMANCE'];
// CJK text falls back to whatever the system has; no web font is downloaded
const FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", '
  + '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';
const PALETTE = ['#2f6fb0', '#e07b39', '#3a9d5d', '#c2464f', '#7d5ba6', '#8c6d46', '#d267a7', '#6b7b8c',
  '#b5a01f', '#2aa3b5'];

let state = {};
let renderToken = 0;
let charts = [];

// ---- state in the address ------------------------------------------------------------------------------------

function readState() {
  return Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
}

function hashOf(next) {
  const kept = Object.entries(next).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return '#' + new URLSearchParams(kept).toString();
}

/** Changes the state; the hashchange that follows draws the page. */
function go(changes) {
  const next = hashOf({ ...state, ...changes });
  if (next === location.hash) render(); else location.hash = next;
}

/** Records a choice that needs no new drawing (a clicked subject) so that the link still reopens it. */
function remember(changes) {
  state = { ...state, ...changes };
  history.replaceState(null, '', hashOf(state));
  drawNav();
}

const lang = () => (state.lang === 'en' ? 'en' : 'zh');
const money = () => (state.money === 'WAN_YUAN' ? 'WAN_YUAN' : 'YUAN');
const t = key => LABELS[lang()][key];
const named = value => (value ? ENUMS[lang()][value] || value : '');
const moneyUnit = () => named(money());

// ---- small DOM helpers ---------------------------------------------------------------------------------------

/** h('td', {class: 'num'}, 'text', child…): attributes starting with "on" become listeners. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

const $ = id => document.getElementById(id);

/** Replaces an element's children; arrays (from map) are flattened and null children left out. */
function put(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter(child => child !== null && child !== undefined));
  return element;
}

const fill = (id, ...children) => put($(id), ...children);

function setStatus(message, kind = 'info') {
  fill('status', message ? h('p', { class: `status ${kind}` }, message) : null);
}

/** An amount as exact text with thousands separators, or a visible "no data" (null is never shown as 0). */
function amountCell(text) {
  return text === null || text === undefined
    ? h('td', { class: 'num nodata' }, t('noData'))
    : h('td', { class: 'num' }, groupDigits(text));
}

/** Label–value pairs in one line that wraps between pairs, never inside one. */
function totals(pairs, attributes = {}) {
  return h('dl', { class: 'totals', ...attributes }, pairs.map(([label, value, valueAttributes = {}]) =>
    h('div', {}, h('dt', {}, label), h('dd', valueAttributes, value))));
}

const percent = ratio => (ratio === null || ratio === undefined ? '—' : `${(ratio * 100).toFixed(2)}%`);

function table(headers, rows, attributes = {}) {
  return h('div', { class: 'scroll' }, h('table', attributes,
    h('thead', {}, h('tr', {}, headers.map(header => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows)));
}

function select(id, options, value, onChange) {
  return h('select', { id, onchange: event => onChange(event.target.value) },
    options.map(([optionValue, label]) => h('option', { value: optionValue, selected: optionValue === value }, label)));
}

function labelled(text, control) {
  return h('label', { class: 'field' }, h('span', {}, text), control);
}

function debounce(action, milliseconds) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), milliseconds);
  };
}

// ---- charts --------------------------------------------------------------------------------------------------

/** Axis ticks in a few characters (1,200万 / 12M): full amounts are in the labels, tooltips and tables. */
function compact(value) {
  return new Intl.NumberFormat(lang() === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', maximumFractionDigits: 1 })
    .format(value);
}

function valueAxis(extra = {}) {
  return { type: 'value', name: moneyUnit(), nameTextStyle: { align: 'left' }, axisLabel: { formatter: compact }, ...extra };
}

function chart(element, option) {
  const instance = echarts.init(element, null, { renderer: 'canvas' });
  instance.setOption({
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    // rich-text tooltips are drawn on the canvas: HTML tooltips would need inline styles, which the CSP forbids
    tooltip: { renderMode: 'richText', confine: true },
    animation: false,
    ...option,
  });
  charts.push(instance);
  return instance;
}

function chartBox(id, extraClass = '') {
  return h('div', { id, class: `chart ${extraClass}`, role: 'img' });
}

window.addEventListener('resize', debounce(() => charts.forEach(instance => instance.resize()), 150));

// ---- downloads and GraphiQL links -----------------------------------------------------------------------------

/**
 * The footer of a view: one CSV link per table (the server runs the same operation and writes the list `rows`
 * names) and one GraphiQL link per operation.
 */
function actions(items) {
  const seen = new Set();
  const links = [];
  for (const item of items) {
    links.push(h('a', {
      class: 'button csv', href: csvUrl(item.name, item.variables, item.rows, item.filename),
      download: item.filename, 'data-rows': item.rows,
    }, `${t('csv')} · ${item.label}`));
  }
  for (const item of items) {
    if (seen.has(item.name)) continue;
    seen.add(item.name);
    links.push(h('a', {
      class: 'button graphiql', href: graphiqlUrl(item.name, item.variables), target: '_blank', rel: 'noopener',
    }, `${t('graphiql')} · ${item.name}`));
  }
  fill('actions', links);
}

function noteTruncated(truncated) {
  if (truncated.length) {
    setStatus(t('truncated') + truncated.map(entry => (entry.path ? entry.path.join('.') : JSON.stringify(entry)))
      .join(', '), 'warning');
  }
}

// ---- pickers -------------------------------------------------------------------------------------------------

/**
 * Finds a unit by name and/or by walking down the region tree (province → prefecture → county); picking one calls
 * onPick(unit). Closed once a unit is chosen, so the view gets the space.
 */
function unitPicker(current, onPick) {
  const results = h('ul', { class: 'results' });
  const regionRow = h('div', { class: 'regions' });
  const chosen = []; // region codes chosen at each level
  const search = h('input', {
    id: 'unit-search', type: 'search', placeholder: t('searchPlaceholder'), autocomplete: 'off',
    oninput: debounce(() => find(), 300), // one query per pause in typing, not per key: budgets are per client
  });
  let token = 0;

  async function find() {
    const mine = ++token;
    const variables = { search: search.value.trim() || null, regionCode: chosen[chosen.length - 1] || null };
    if (!variables.search && !variables.regionCode) {
      put(results);
      return;
    }
    try {
      const { data } = await run('ExploreUnits', variables);
      if (mine !== token) return;
      const units = data.units.edges.map(edge => edge.node);
      put(results,
        h('li', { class: 'count' }, t('found')(data.units.totalCount)),
        units.map(unit => h('li', {}, h('button', { type: 'button', class: 'unit', onclick: () => onPick(unit) },
          h('strong', {}, unit.name), h('span', { class: 'path' }, unit.region.path),
          h('span', { class: 'years' }, unit.reports.length
            ? [...new Set(unit.reports.map(report => report.year))].join(' ') : t('noReports'))))));
    } catch (error) {
      showError(error);
    }
  }

  async function regionLevel(depth, parentCode) {
    chosen.length = depth;
    regionRow.querySelectorAll('select').forEach((element, index) => { if (index >= depth) element.remove(); });
    const { data } = await run('ExploreRegions', { parentCode });
    if (!data.regions.length) return;
    regionRow.append(h('select', {
      class: 'region-level', 'aria-label': t('regionTree'),
      onchange: event => {
        const code = event.target.value;
        chosen.length = depth;
        if (code) chosen.push(code);
        regionRow.querySelectorAll('select').forEach((element, index) => { if (index > depth) element.remove(); });
        if (code) regionLevel(depth + 1, code).catch(showError);
        find();
      },
    }, h('option', { value: '' }, depth === 0 ? t('country') : t('anyRegion')),
    data.regions.map(region => h('option', { value: region.code }, region.name))));
  }

  // the provinces are fetched when the picker is first opened, not with every view that carries a closed one
  let treeLoaded = false;
  const picker = h('details', {
    class: 'picker', open: !current,
    ontoggle: () => {
      if (picker.open && !treeLoaded) {
        treeLoaded = true;
        regionLevel(0, null).catch(showError);
      }
    },
  }, h('summary', {}, current ? current.name : t('pickUnit')),
  h('div', { class: 'picker-body' }, labelled(t('search'), search), regionRow, results));
  return picker;
}

async function unitNamed(id) {
  const { data } = await run('ExploreUnit', { id });
  return data.unit;
}

function yearsOf(unit) {
  return [...new Set(unit.reports.map(report => report.year))].sort((a, b) => b - a);
}

// ---- view: a unit's spending ---------------------------------------------------------------------------------

/** Lines into a tree 类 → 款 → 项; a line hangs under the nearest stated ancestor (some reports state no 款). */
function lineTree(lines, total) {
  const byCode = new Map();
  const roots = [];
  const sorted = lines.filter(line => line.amount !== null).sort((a, b) => a.subject.code.localeCompare(b.subject.code));
  for (const line of sorted) {
    const code = line.subject.code;
    const node = {
      name: `${code} ${line.subject.name}`, value: Number(line.amount), code, line,
      share: total ? Number(line.amount) / Number(total) : null, children: [],
    };
    byCode.set(code, node);
    const parent = [5, 3].map(length => byCode.get(code.slice(0, length))).find(found => found && found.code !== code);
    (parent ? parent.children : roots).push(node);
  }
  for (const node of byCode.values()) if (!node.children.length) delete node.children;
  return roots;
}

async function spendingView(token) {
  const unit = state.unit ? await unitNamed(state.unit) : null;
  if (token !== renderToken) return;
  const picker = unitPicker(unit, picked => go({ unit: picked.id, year: '', kind: '', node: '' }));
  if (!unit) {
    fill('controls', picker);
    setStatus(t('pickUnit'));
    return;
  }
  const years = yearsOf(unit);
  const year = Number(state.year) || years[0];
  const kinds = KINDS.filter(kind => unit.reports.some(report => report.year === year && report.kind === kind));
  const kind = kinds.includes(state.kind) ? state.kind : kinds[0] || 'FINAL_ACCOUNT';
  // the defaults go into the address, so that the link keeps showing this report when newer ones arrive
  remember({ year: String(year), kind });
  fill('controls', picker,
    labelled(t('year'), select('year', years.map(y => [String(y), String(y)]), String(year),
      value => go({ year: value, kind: '', node: '' }))),
    labelled(t('kind'), select('kind', kinds.map(k => [k, named(k)]), kind, value => go({ kind: value, node: '' }))));

  const variables = { unitId: unit.id, year, kind, unit: money() };
  const { data, truncated } = await run('ExploreSpending', variables);
  if (token !== renderToken) return;
  const report = data.report;
  if (!report) {
    setStatus(t('noReport'), 'warning');
    return;
  }
  setStatus(null);
  noteTruncated(truncated);

  const tree = lineTree(report.lines, report.total);
  const detail = h('aside', { id: 'detail', class: 'detail' }, h('p', { class: 'hint' }, t('clickHint')));
  fill('board',
    h('div', { class: 'summary' },
      h('h2', {}, `${report.unit.name} · ${report.year} ${named(report.kind)}`),
      h('p', { class: 'path' }, report.unit.region.path),
      totals([
        [t('total'), `${groupDigits(report.total) ?? t('noData')} ${moneyUnit()}`, { id: 'total' }],
        [t('basic'), groupDigits(report.basic) ?? t('noData')],
        [t('project'), groupDigits(report.project) ?? t('noData')]])),
    h('div', { class: 'pair' }, chartBox('chart', 'tall'), detail),
    chartBox('split', 'short'));

  const treemap = chart($('chart'), {
    tooltip: {
      renderMode: 'richText', confine: true,
      formatter: item => item.data && item.data.line ? [`${item.data.name}`,
        `${t('amount')}: ${groupDigits(item.data.line.amount)} ${moneyUnit()}`,
        `${t('share')}: ${percent(item.data.share)}`,
        `${t('basic')}: ${groupDigits(item.data.line.basic) ?? t('noData')}`,
        `${t('project')}: ${groupDigits(item.data.line.project) ?? t('noData')}`].join('\n') : '',
    },
    series: [{
      type: 'treemap', id: 'lines', data: tree, nodeClick: false, roam: false, top: 4, left: 4, right: 4, bottom: 4,
      breadcrumb: { show: false },
      label: { formatter: item => nodeLabel(item, '\n') },
      upperLabel: { show: true, height: 20, color: '#fff', formatter: item => nodeLabel(item, '  ') },
      levels: [
        { itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3 } },
        { colorSaturation: [0.35, 0.55], itemStyle: { borderColorSaturation: 0.7, borderWidth: 2, gapWidth: 2 } },
        { colorSaturation: [0.3, 0.6], itemStyle: { borderColorSaturation: 0.6, borderWidth: 1, gapWidth: 1 } },
      ],
    }],
  });
  treemap.on('click', item => {
    if (!item.data || !item.data.line) return;
    remember({ node: item.data.code });
    showLine(detail, item.data, report).catch(showError);
  });
  const selected = state.node && findNode(tree, state.node);
  if (selected) showLine(detail, selected, report).catch(showError);

  // 基本支出 / 项目支出 of each 类: the split the treemap cannot show
  const classes = report.lines.filter(line => line.subject.level === 'CLASS' && line.amount !== null);
  chart($('split'), {
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    tooltip: { renderMode: 'richText', trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: valueAxis({ nameTextStyle: {} }),
    yAxis: { type: 'category', inverse: true, data: classes.map(line => `${line.subject.code} ${line.subject.name}`) },
    series: ['basic', 'project'].map(measure => ({
      type: 'bar', stack: 'split', name: t(measure),
      data: classes.map(line => (line[measure] === null ? '-' : Number(line[measure]))),
    })),
  });

  fill('tables',
    h('h3', {}, t('checks')), checksTable(report.checks),
    h('h3', {}, `${t('source')}`), sourceBlock(report.source),
    h('h3', {}, `${named('CLASS')} / ${named('SECTION')} / ${named('ITEM')} · ${moneyUnit()}`),
    table([t('code'), t('name'), t('level'), t('total'), t('share'), t('basic'), t('project'), t('fund'), t('table')],
      report.lines.map(line => h('tr', { class: `level-${line.subject.level}`, 'data-code': line.subject.code },
        h('td', {}, line.subject.code), h('td', {}, line.subject.name), h('td', {}, named(line.level)),
        amountCell(line.amount),
        h('td', { class: 'num' }, report.total && line.amount ? percent(Number(line.amount) / Number(report.total)) : '—'),
        amountCell(line.basic), amountCell(line.project), h('td', {}, named(line.fund)),
        h('td', {}, line.source.table || ''))), { id: 'lines' }),
    report.glossary.length ? h('details', { class: 'glossary' }, h('summary', {}, t('reportGlossary')),
      h('dl', {}, report.glossary.map(entry => [h('dt', {}, entry.statedTerm), h('dd', {}, entry.text)]))) : null);

  const filename = `${report.unit.name}-${report.year}-${report.kind}`;
  actions([
    { label: t('spending'), name: 'ExploreSpending', variables, rows: 'report.lines', filename: `${filename}.csv` },
    { label: t('checks'), name: 'ExploreSpending', variables, rows: 'report.checks', filename: `${filename}-checks.csv` },
  ]);
}

/** Name, amount and share of a treemap node; ECharts' own root node has no line. */
function nodeLabel(item, separator) {
  const node = item.data;
  if (!node || !node.line) return item.name || '';
  return [node.name, groupDigits(node.line.amount), percent(node.share)].join(separator);
}

function findNode(nodes, code) {
  for (const node of nodes) {
    if (node.code === code) return node;
    const below = node.children && findNode(node.children, code);
    if (below) return below;
  }
  return null;
}

/** The panel beside the treemap: the clicked line's figures, its source and what reports say the subject means. */
async function showLine(panel, node, report) {
  const line = node.line;
  const glossary = h('div', { class: 'subject-glossary' }, t('loading'));
  put(panel,
    h('h3', {}, node.name),
    h('dl', {},
      h('dt', {}, t('amount')), h('dd', {}, `${groupDigits(line.amount)} ${moneyUnit()}`),
      h('dt', {}, t('share')), h('dd', {}, percent(node.share)),
      h('dt', {}, t('basic')), h('dd', {}, groupDigits(line.basic) ?? t('noData')),
      h('dt', {}, t('project')), h('dd', {}, groupDigits(line.project) ?? t('noData')),
      h('dt', {}, t('fund')), h('dd', {}, named(line.fund)),
      line.statedName ? [h('dt', {}, t('statedName')), h('dd', {}, line.statedName)] : null),
    h('h4', {}, t('source')), sourceBlock({ ...report.source, ...withoutNulls(line.source) }),
    h('h4', {}, t('glossaryOfSubject')), glossary);
  const { data } = await run('ExploreGlossary', { code: node.code });
  const entries = data.subject ? data.subject.glossary : [];
  put(glossary, entries.length
    ? h('dl', {}, entries.map(entry => [
      h('dt', {}, entry.statedTerm),
      h('dd', {}, entry.text, h('span', { class: 'cite' },
        ` — ${entry.report.unit.name} ${entry.report.year} ${named(entry.report.kind)}`))]))
    : h('p', { class: 'hint' }, t('noGlossary')));
}

function withoutNulls(object) {
  return Object.fromEntries(Object.entries(object || {}).filter(([, value]) => value !== null));
}

/** Where a figure comes from, as the API gives it: document title, table, the unit it was stated in, notes. */
function sourceBlock(source) {
  return h('dl', { class: 'source' },
    source.title ? [h('dt', {}, t('document')), h('dd', {}, source.url
      ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title) : source.title)] : null,
    source.document ? [h('dt', {}, t('file')), h('dd', { class: 'file' }, source.document)] : null,
    source.table ? [h('dt', {}, t('table')), h('dd', {}, source.table)] : null,
    source.unit ? [h('dt', {}, t('unitOfDocument')), h('dd', {}, named(source.unit))] : null,
    source.note ? [h('dt', {}, t('note')), h('dd', {}, h('details', {}, h('summary', {}, source.note.slice(0, 60) + (source.note.length > 60 ? '…' : '')), source.note))] : null);
}

function checksTable(checks) {
  if (!checks.length) return h('p', { class: 'ok', id: 'checks' }, t('checksOk'));
  return table([t('severity'), t('rule'), t('code'), t('expected'), t('actual'), t('difference'), t('note')],
    checks.map(check => h('tr', { class: `severity-${check.severity}` },
      h('td', {}, t('severityNames')[check.severity] || check.severity), h('td', {}, check.rule),
      h('td', {}, check.subject ? check.subject.code : ''), amountCell(check.expected), amountCell(check.actual),
      amountCell(check.difference), h('td', {}, check.message))), { id: 'checks' });
}

// ---- view: compare -------------------------------------------------------------------------------------------

/** A side is written "u:<unit id>" or "r:<region code>" in the address, with its year beside it. */
function sideFilter(side, year, kind) {
  const [type, key] = side.split(':');
  return type === 'r'
    ? { regionCodes: [key], years: [Number(year)], kind }
    : { unitIds: [key], years: [Number(year)], kind };
}

/** A side's name, and for a unit the year of its latest report (the year a side starts with). */
async function sideName(side) {
  const [type, key] = side.split(':');
  if (type === 'r') {
    const { data } = await run('ExploreRegion', { code: key });
    return { name: data.region ? data.region.path : key, latest: '' };
  }
  const unit = await unitNamed(key);
  return { name: unit ? unit.name : key, latest: unit && unit.reports.length ? String(yearsOf(unit)[0]) : '' };
}

function sideEditor(which, side, year, name, onChange) {
  const results = h('ul', { class: 'results' });
  let token = 0;
  const search = h('input', {
    id: `${which}-search`, type: 'search', autocomplete: 'off', placeholder: t('findSide'),
    oninput: debounce(async () => {
      const mine = ++token;
      const text = search.value.trim();
      if (!text) { put(results); return; }
      try {
        const { data } = await run('ExploreFind', { search: text });
        if (mine !== token) return;
        put(results,
          data.units.edges.map(({ node }) => h('li', {}, h('button', {
            type: 'button', class: 'unit', onclick: () => onChange({ side: `u:${node.id}`,
              year: String(node.reports.length ? Math.max(...node.reports.map(report => report.year)) : year || '') }),
          }, h('strong', {}, node.name), h('span', { class: 'path' }, `${t('sideUnit')} · ${node.region.path}`)))),
          data.regions.slice(0, 10).map(region => h('li', {}, h('button', {
            type: 'button', class: 'region', onclick: () => onChange({ side: `r:${region.code}`, year }),
          }, h('strong', {}, region.name), h('span', { class: 'path' }, `${t('sideRegion')} · ${region.path}`)))));
      } catch (error) {
        showError(error);
      }
    }, 300),
  });
  return h('fieldset', { class: `side side-${which}` },
    h('legend', {}, `${t(which)}: ${name || '—'}`),
    labelled(t('findSide'), search), results,
    labelled(t('year'), h('input', {
      id: `${which}-year`, type: 'number', min: 2000, max: 2100, value: year || '',
      onchange: event => onChange({ side, year: event.target.value }),
    })));
}

async function compareView(token) {
  // coming from a unit's view, the left side starts as that unit and year
  const left = state.l || (state.unit ? `u:${state.unit}` : '');
  const right = state.r || '';
  const level = ['CLASS', 'SECTION', 'ITEM'].includes(state.level) ? state.level : 'CLASS';
  const kind = KINDS.includes(state.kind) ? state.kind : 'FINAL_ACCOUNT';
  const none = { name: '', latest: '' };
  const [leftSide, rightSide] = await Promise.all([left ? sideName(left) : none, right ? sideName(right) : none]);
  if (token !== renderToken) return;
  const leftName = leftSide.name;
  const rightName = rightSide.name;
  const leftYear = state.ly || state.year || leftSide.latest;
  const rightYear = state.ry || rightSide.latest || leftYear;
  remember({ l: left, ly: leftYear, r: right, ry: rightYear });
  fill('controls',
    sideEditor('left', left, leftYear, leftName, ({ side, year }) => go({ l: side, ly: year, r: right, ry: rightYear })),
    sideEditor('right', right, rightYear, rightName, ({ side, year }) => go({ l: left, ly: leftYear, r: side, ry: year })),
    labelled(t('level'), select('level', ['CLASS', 'SECTION', 'ITEM'].map(l => [l, named(l)]), level,
      value => go({ level: value }))),
    labelled(t('kind'), select('kind', KINDS.map(k => [k, named(k)]), kind, value => go({ kind: value }))));
  if (!left || !right || !leftYear || !rightYear) {
    setStatus(t('chooseBoth'));
    return;
  }
  const variables = {
    left: sideFilter(left, leftYear, kind), right: sideFilter(right, rightYear, kind), level, unit: money(),
  };
  const { data, truncated } = await run('ExploreCompare', variables);
  if (token !== renderToken) return;
  setStatus(null);
  noteTruncated(truncated);
  const rows = data.compare;
  const leftLabel = `${leftName} ${leftYear}`;
  const rightLabel = `${rightName} ${rightYear}`;
  const categories = rows.map(row => `${row.subject.code} ${row.subject.name}`);
  fill('board',
    h('div', { class: 'summary' }, h('h2', {}, `${leftLabel}  ⇄  ${rightLabel}`),
      h('p', { class: 'hint' }, t('nullRule'))),
    chartBox('chart', 'tall'), chartBox('delta', 'short'));
  chart($('chart'), {
    legend: { top: 0 },
    grid: { left: 8, right: 110, top: 30, bottom: 8, containLabel: true },
    tooltip: {
      renderMode: 'richText', trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: items => {
        const row = rows[items[0].dataIndex];
        return [categories[items[0].dataIndex],
          `${leftLabel}: ${groupDigits(row.left) ?? t('noData')}`,
          `${rightLabel}: ${groupDigits(row.right) ?? t('noData')}`,
          `${t('delta')}: ${groupDigits(row.delta) ?? '—'} (${percent(row.pctChange)})`].join('\n');
      },
    },
    xAxis: valueAxis({ nameTextStyle: {} }),
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [['left', leftLabel], ['right', rightLabel]].map(([key, name]) => ({
      type: 'bar', name,
      // '-' is ECharts' "no value": a missing side draws no bar and is labelled, rather than drawn as 0
      data: rows.map(row => (row[key] === null ? { value: '-', noData: true } : Number(row[key]))),
      label: { show: true, position: 'right', formatter: item => (item.data && item.data.noData ? t('noData') : groupDigits(rows[item.dataIndex][key])) },
    })),
  });
  chart($('delta'), {
    grid: { left: 8, right: 150, top: 24, bottom: 8, containLabel: true },
    title: { text: t('delta'), textStyle: { fontSize: 13 } },
    xAxis: valueAxis({ name: '' }),
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map(row => (row.delta === null ? '-' : {
        value: Number(row.delta), itemStyle: { color: row.delta.startsWith('-') ? '#c2464f' : '#3a9d5d' },
      })),
      label: { show: true, position: 'right', formatter: item => (rows[item.dataIndex].delta === null ? t('noData')
        : `${groupDigits(rows[item.dataIndex].delta)} (${percent(rows[item.dataIndex].pctChange)})`) },
    }],
  });
  fill('tables', h('h3', {}, `${named(level)} · ${moneyUnit()}`),
    table([t('code'), t('name'), leftLabel, rightLabel, t('delta'), t('pct')],
      rows.map(row => h('tr', { 'data-code': row.subject.code }, h('td', {}, row.subject.code), h('td', {}, row.subject.name),
        amountCell(row.left), amountCell(row.right),
        row.delta === null ? h('td', { class: 'num' }, '—') : amountCell(row.delta),
        h('td', { class: 'num' }, percent(row.pctChange)))), { id: 'compare' }));
  actions([{ label: t('compare'), name: 'ExploreCompare', variables, rows: 'compare', filename: 'kemu-compare.csv' }]);
}

// ---- view: region roll-up ------------------------------------------------------------------------------------

/** The code of the child of `code` (or of the country, for null) that a unit's region code lies in. */
function childCode(regionCode, code) {
  const length = code ? code.length + 2 : 2;
  return regionCode.length >= length ? regionCode.slice(0, length) : null;
}

async function regionView(token) {
  const code = state.region || null;
  const year = Number(state.year) || new Date().getFullYear() - 1;
  const level = state.level === 'SECTION' ? 'SECTION' : 'CLASS';
  const kind = KINDS.includes(state.kind) ? state.kind : 'FINAL_ACCOUNT';
  const place = code ? (await run('ExploreRegion', { code })).data.region : null;
  const children = code ? (place ? place.children : []) : (await run('ExploreRegions', { parentCode: null })).data.regions;
  if (token !== renderToken) return;
  const trail = [h('a', { href: hashOf({ ...state, region: '' }) }, t('country'))];
  if (place) {
    if (place.parent) trail.push(' / ', h('a', { href: hashOf({ ...state, region: place.parent.code }) }, place.parent.name));
    trail.push(' / ', h('strong', {}, place.name));
  }
  fill('controls',
    h('nav', { class: 'trail', 'aria-label': t('region') }, trail),
    children.length ? labelled(t('byRegion'), select('child', [['', '—'], ...children.map(c => [c.code, c.name])], '',
      value => go({ region: value }))) : null,
    labelled(t('year'), h('input', { id: 'year', type: 'number', min: 2000, max: 2100, value: year,
      onchange: event => go({ year: event.target.value }) })),
    labelled(t('level'), select('level', ['CLASS', 'SECTION'].map(l => [l, named(l)]), level, value => go({ level: value }))),
    labelled(t('kind'), select('kind', KINDS.map(k => [k, named(k)]), kind, value => go({ kind: value }))));

  const filter = { years: [year], kind, ...(code ? { regionCodes: [code] } : {}) };
  const variables = { filter, level, unit: money() };
  const { data, truncated } = await run('ExploreRegionRollup', variables);
  if (token !== renderToken) return;
  setStatus(data.bySubject.length ? null : `${t('noData')} (${year})`, data.bySubject.length ? 'info' : 'warning');
  noteTruncated(truncated);

  // the roll-up groups by each unit's own region; summing up to the next level is exact on BigInt millionths
  const names = new Map(children.map(child => [child.code, child.name]));
  const sums = new Map();
  for (const row of data.byRegion) {
    const key = childCode(row.region.code, code) || 'own';
    const sum = sums.get(key) || { micros: 0n, reports: 0 };
    sum.micros += toMicros(row.amount);
    sum.reports += row.reportCount;
    sums.set(key, sum);
  }
  const regions = [...sums.entries()].map(([key, sum]) => ({
    code: key === 'own' ? code : key, name: key === 'own' ? `${place ? place.name : ''}${t('ownLevel')}` : names.get(key) || key,
    amount: fromMicros(sum.micros), reports: sum.reports, drillable: key !== 'own',
  })).sort((a, b) => (toMicros(b.amount) > toMicros(a.amount) ? 1 : -1));

  const title = place ? place.path : t('country');
  fill('board',
    h('div', { class: 'summary' }, h('h2', {}, `${title} · ${year} ${named(kind)}`),
      h('p', { class: 'hint' }, t('drill'))),
    h('div', { class: 'pair even' }, chartBox('chart', 'tall'), chartBox('regions', 'tall')));
  chart($('chart'), {
    title: { text: t('bySubject'), textStyle: { fontSize: 13 } },
    grid: { left: 8, right: 110, top: 30, bottom: 8, containLabel: true },
    tooltip: { renderMode: 'richText', formatter: item => `${item.name}\n${groupDigits(data.bySubject[item.dataIndex].amount)} ${moneyUnit()}\n${t('share')}: ${percent(data.bySubject[item.dataIndex].share)}` },
    xAxis: valueAxis({ nameTextStyle: {} }),
    yAxis: { type: 'category', inverse: true, data: data.bySubject.map(row => `${row.subject.code} ${row.subject.name}`),
      axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', data: data.bySubject.map(row => Number(row.amount)),
      label: { show: true, position: 'right', formatter: item => percent(data.bySubject[item.dataIndex].share) } }],
  });
  const byRegion = chart($('regions'), {
    title: { text: t('byRegion'), textStyle: { fontSize: 13 } },
    color: ['#e07b39'],
    grid: { left: 8, right: 110, top: 30, bottom: 8, containLabel: true },
    tooltip: { renderMode: 'richText', formatter: item => `${item.name}\n${groupDigits(regions[item.dataIndex].amount)} ${moneyUnit()}\n${t('reportCount')}: ${regions[item.dataIndex].reports}` },
    xAxis: valueAxis({ nameTextStyle: {} }),
    yAxis: { type: 'category', inverse: true, data: regions.map(region => region.name) },
    series: [{ type: 'bar', data: regions.map(region => Number(region.amount)),
      label: { show: true, position: 'right', formatter: item => groupDigits(regions[item.dataIndex].amount) } }],
  });
  byRegion.on('click', item => {
    const region = regions[item.dataIndex];
    if (region && region.drillable) go({ region: region.code });
  });
  fill('tables',
    h('h3', {}, `${t('bySubject')} · ${moneyUnit()}`),
    table([t('code'), t('name'), t('amount'), t('share'), t('lineCount'), t('reportCount')],
      data.bySubject.map(row => h('tr', {}, h('td', {}, row.subject.code), h('td', {}, row.subject.name),
        amountCell(row.amount), h('td', { class: 'num' }, percent(row.share)), h('td', { class: 'num' }, row.lineCount),
        h('td', { class: 'num' }, row.reportCount))), { id: 'by-subject' }),
    h('h3', {}, `${t('byRegion')} · ${moneyUnit()}`),
    table([t('code'), t('name'), t('amount'), t('reportCount')],
      regions.map(region => h('tr', {}, h('td', {}, region.code || ''),
        h('td', {}, region.drillable ? h('a', { href: hashOf({ ...state, region: region.code }) }, region.name) : region.name),
        amountCell(region.amount), h('td', { class: 'num' }, region.reports))), { id: 'by-region' }));
  actions([
    { label: t('bySubject'), name: 'ExploreRegionRollup', variables, rows: 'bySubject', filename: `kemu-${code || 'cn'}-${year}-subjects.csv` },
    { label: t('byRegion'), name: 'ExploreRegionRollup', variables, rows: 'byRegion', filename: `kemu-${code || 'cn'}-${year}-regions.csv` },
  ]);
}

// ---- view: years ---------------------------------------------------------------------------------------------

async function yearsView(token) {
  const unit = state.unit ? await unitNamed(state.unit) : null;
  if (token !== renderToken) return;
  const picker = unitPicker(unit, picked => go({ unit: picked.id }));
  const kind = KINDS.includes(state.kind) ? state.kind : 'FINAL_ACCOUNT';
  fill('controls', picker,
    labelled(t('kind'), select('kind', KINDS.map(k => [k, named(k)]), kind, value => go({ kind: value }))));
  if (!unit) {
    setStatus(t('pickUnit'));
    return;
  }
  const variables = { unitId: unit.id, filter: { unitIds: [unit.id], kind }, unit: money() };
  const { data, truncated } = await run('ExploreYears', variables);
  if (token !== renderToken) return;
  setStatus(null);
  noteTruncated(truncated);
  const reports = data.unit.reports.filter(report => report.kind === kind).sort((a, b) => a.year - b.year);
  const years = [...new Set([...reports.map(r => r.year), ...data.byYear.map(r => r.year)])].sort((a, b) => a - b);
  const classes = [...new Map(data.byYear.map(row => [row.subject.code, row.subject.name])).entries()];
  fill('board',
    h('div', { class: 'summary' }, h('h2', {}, `${data.unit.name} · ${named(kind)}`)),
    h('div', { class: 'pair even' }, chartBox('chart', 'tall'), chartBox('totals', 'tall')));
  chart($('chart'), {
    title: { text: t('byClass'), textStyle: { fontSize: 13 } },
    legend: { top: 22, type: 'scroll' },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    tooltip: { renderMode: 'richText', trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: valueAxis(),
    series: classes.map(([code, name]) => ({
      type: 'bar', stack: 'classes', name: `${code} ${name}`,
      data: years.map(year => {
        const row = data.byYear.find(r => r.year === year && r.subject.code === code);
        return row ? Number(row.amount) : '-';
      }),
    })),
  });
  chart($('totals'), {
    title: { text: t('perYear'), textStyle: { fontSize: 13 } },
    legend: { top: 22 },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    tooltip: { renderMode: 'richText', trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: valueAxis(),
    series: [
      ...['basic', 'project'].map(measure => ({ type: 'bar', stack: 'split', name: t(measure),
        data: years.map(year => { const r = reports.find(x => x.year === year); return r && r[measure] !== null ? Number(r[measure]) : '-'; }) })),
      { type: 'line', name: t('total'), symbolSize: 9, data: years.map(year => { const r = reports.find(x => x.year === year); return r && r.total !== null ? Number(r.total) : '-'; }) },
    ],
  });
  if (!data.byYear.length) $('chart').append(h('p', { class: 'overlay' }, `${t('byClass')}: ${t('noData')}`));
  fill('tables',
    h('h3', {}, `${t('perYear')} · ${moneyUnit()}`),
    table([t('year'), t('kind'), t('total'), t('basic'), t('project')],
      data.unit.reports.map(report => h('tr', {}, h('td', {}, report.year), h('td', {}, named(report.kind)),
        amountCell(report.total), amountCell(report.basic), amountCell(report.project))), { id: 'reports' }),
    h('h3', {}, `${t('byClass')} · ${moneyUnit()}`),
    data.byYear.length ? table([t('year'), t('code'), t('name'), t('amount')],
      data.byYear.map(row => h('tr', {}, h('td', {}, row.year), h('td', {}, row.subject.code), h('td', {}, row.subject.name),
        amountCell(row.amount))), { id: 'by-year' })
      : h('p', { class: 'hint', id: 'by-year' }, t('noLines')));
  actions([
    { label: t('perYear'), name: 'ExploreYears', variables, rows: 'unit.reports', filename: `${data.unit.name}-years.csv` },
    { label: t('byClass'), name: 'ExploreYears', variables, rows: 'byYear', filename: `${data.unit.name}-classes.csv` },
  ]);
}

// ---- view: projects (绩效) ------------------------------------------------------------------------------------

/** Missed only where the report's own figures say so: a score below the weight it was given. */
function missed(score, weight) {
  return score !== null && weight !== null && toMicros(score) < toMicros(weight);
}

async function projectsView(token) {
  const unit = state.unit ? await unitNamed(state.unit) : null;
  if (token !== renderToken) return;
  const picker = unitPicker(unit, picked => go({ unit: picked.id, year: '' }));
  if (!unit) {
    fill('controls', picker);
    setStatus(t('pickUnit'));
    return;
  }
  const years = yearsOf(unit);
  const year = Number(state.year) || years[0];
  remember({ year: String(year) });
  fill('controls', picker, labelled(t('year'), select('year', years.map(y => [String(y), String(y)]), String(year),
    value => go({ year: value }))));
  const variables = { unitId: unit.id, year, unit: money() };
  const { data, truncated } = await run('ExploreProjects', variables);
  if (token !== renderToken) return;
  noteTruncated(truncated);
  const projects = data.unit.reports.flatMap(report => report.projects.map(project => ({ ...project, report })));
  setStatus(projects.length ? null : t('noProjects'), projects.length ? 'info' : 'warning');
  fill('board',
    h('div', { class: 'summary' }, h('h2', {}, `${data.unit.name} · ${year} ${t('projects')}`),
      h('p', { class: 'hint' }, t('missedHint'))),
    projects.length ? chartBox('chart', 'medium') : null);
  if (projects.length) {
    chart($('chart'), {
      legend: { top: 0 },
      grid: { left: 8, right: 60, top: 30, bottom: 8, containLabel: true },
      tooltip: {
        renderMode: 'richText', trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: items => {
          const project = projects[items[0].dataIndex];
          return [project.name, `${t('budget')}: ${groupDigits(project.budget) ?? t('noData')}`,
            `${t('executed')}: ${groupDigits(project.executed) ?? t('noData')}`,
            `${t('score')}: ${project.score ?? '—'} / ${project.maxScore ?? '—'}`].join('\n');
        },
      },
      xAxis: valueAxis({ nameTextStyle: {} }),
      yAxis: { type: 'category', inverse: true, data: projects.map(project => project.name),
        axisLabel: { width: 180, overflow: 'truncate' } },
      series: [['budget', '#9bb7d4'], ['executed', '#2f6fb0']].map(([key, color]) => ({
        type: 'bar', name: t(key), itemStyle: { color },
        data: projects.map(project => (project[key] === null ? '-' : Number(project[key]))),
        label: key === 'executed' ? { show: true, position: 'right',
          formatter: item => (projects[item.dataIndex].score ? `${projects[item.dataIndex].score} ${t('score')}` : '') } : undefined,
      })),
    });
  }
  fill('tables', projects.map(project => h('article', { class: 'project' },
    h('h3', {}, project.name, ' ', h('small', {}, `${named(project.scope)} · ${named(project.report.kind)}${project.code ? ' · ' + project.code : ''}`)),
    totals([
      [t('budgetInitial'), groupDigits(project.budgetInitial) ?? t('noData')],
      [t('budget'), groupDigits(project.budget) ?? t('noData')],
      [t('executed'), groupDigits(project.executed) ?? t('noData')],
      [t('rate'), project.executionRate ?? '—'],
      [t('score'), `${project.score ?? '—'} / ${project.maxScore ?? '—'}`,
        { class: missed(project.score, project.maxScore) ? 'missed' : null }]]),
    project.indicators.length ? table(
      [t('category'), t('subcategory'), t('name'), t('target'), t('actualValue'), t('weight'), t('score'), t('deviation')],
      project.indicators.map(indicator => h('tr', { class: missed(indicator.score, indicator.weight) ? 'missed' : '' },
        h('td', {}, indicator.category || ''), h('td', {}, indicator.subcategory || ''), h('td', {}, indicator.name),
        h('td', {}, indicator.target || ''), h('td', {}, indicator.actual || ''),
        h('td', { class: 'num' }, indicator.weight ?? ''), h('td', { class: 'num' }, indicator.score ?? ''),
        h('td', { class: 'note' }, indicator.note || '')))) : null)));
  actions([
    { label: t('indicators'), name: 'ExploreProjects', variables, rows: 'unit.reports.projects.indicators', filename: `${data.unit.name}-${year}-indicators.csv` },
    { label: t('projects'), name: 'ExploreProjects', variables, rows: 'unit.reports.projects', filename: `${data.unit.name}-${year}-projects.csv` },
  ]);
}

// ---- the frame ------------------------------------------------------------------------------------------------

function showError(error) {
  if (error instanceof ApiError && error.retryAfterSeconds !== null) {
    setStatus(t('rateLimited')(error.retryAfterSeconds), 'warning');
  } else {
    setStatus(t('error') + error.message, 'error');
  }
}

function frame() {
  document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · ${t(view())}`;
  $('title').textContent = t('title');
  $('label-language').textContent = t('language');
  $('label-money').textContent = t('money');
  $('lang').value = lang();
  $('money').value = money();
  $('money').options[0].textContent = t('yuan');
  $('money').options[1].textContent = t('wan');
  drawNav();
}

/** The view tabs carry the current unit and year along, so their links change with the state. */
function drawNav() {
  fill('views', VIEWS.map(name => h('a', {
    href: hashOf({ ...state, view: name }), id: `view-${name}`, class: name === view() ? 'active' : '',
    'aria-current': name === view() ? 'page' : null,
  }, t(name))));
}

const view = () => (VIEWS.includes(state.view) ? state.view : 'spending');

async function render() {
  state = readState();
  const token = ++renderToken;
  // data-ready names the view once it is drawn: what a browser test waits for
  delete document.body.dataset.ready;
  charts.forEach(instance => instance.dispose());
  charts = [];
  frame();
  ['board', 'tables', 'actions'].forEach(id => fill(id));
  setStatus(t('loading'));
  try {
    await loadQueries();
    await { spending: spendingView, compare: compareView, region: regionView, years: yearsView, projects: projectsView }[view()](token);
  } catch (error) {
    if (token === renderToken) showError(error);
  }
  if (token === renderToken) document.body.dataset.ready = view();
}

$('lang').addEventListener('change', event => go({ lang: event.target.value }));
$('money').addEventListener('change', event => go({ money: event.target.value }));
window.addEventListener('hashchange', render);
render();
