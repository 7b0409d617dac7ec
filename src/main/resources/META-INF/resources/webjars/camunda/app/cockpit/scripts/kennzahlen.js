/*
 * Fachkraft im Fokus: the Leitung's business figures in Cockpit (issue 19), loaded through
 * config.js (customScripts): a page „Kennzahlen“ (#/kennzahlen) in the header and a summary on
 * Cockpit's start page. The figures come from the platform (GET /api/dashboard and
 * /api/dashboard/cases, with Cockpit's session): cases by region and path month by month, closed
 * ones included, referrals by partner and outcome, overdue tasks by group, double approaches
 * avoided, coordination requests by state, and the cases with case number and company.
 * Parameters in the address: #/kennzahlen?bis=JJJJ-MM&monate=N.
 */
const BASE = document.querySelector('base');
const ROOT = (BASE && BASE.getAttribute('app-root')) || '/camunda';
const CONTEXT = ROOT.replace(/\/camunda\/?$/, '');
const MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
  'Oktober', 'November', 'Dezember'];

function element(tag, attributes, ...children) {
  const el = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      el.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => {
    el.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? '' : String(child)));
  });
  return el;
}

function parameters() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const result = new URLSearchParams();
  if (/^\d{4}-\d{2}$/.test(params.get('bis') || '')) {
    result.set('to', params.get('bis'));
  }
  if (/^\d{1,2}$/.test(params.get('monate') || '')) {
    result.set('months', params.get('monate'));
  }
  return result;
}

async function get(path) {
  const response = await fetch(CONTEXT + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || 'Die Kennzahlen sind gerade nicht abrufbar (' + response.status + ').');
  }
  return body;
}

function monthLabel(month) {
  const [year, number] = month.split('-');
  return MONTHS[Number(number) - 1] + ' ' + year.slice(2);
}

function longMonth(month) {
  const [year, number] = month.split('-');
  return MONTH_NAMES[Number(number) - 1] + ' ' + year;
}

function germanDate(iso) {
  return iso ? new Date(iso).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }) : '';
}

function tile(label, value, key) {
  return element('div', { class: 'fkif-kachel' }, element('strong', { 'data-kennzahl': key }, value), label);
}

function seriesTable(name, months, series, emptyText) {
  if (!series.length || series.every((s) => s.counts.every((c) => c === 0))) {
    return element('p', { class: 'fkif-hinweis', 'data-tabelle': name }, emptyText);
  }
  const head = element('tr', {}, element('th', {}, ''), months.map((m) => element('th', {}, monthLabel(m))),
    element('th', {}, 'Summe'));
  const rows = series.map((s) => element('tr', {}, element('td', {}, s.label),
    s.counts.map((count, i) => element('td', { 'data-kennzahl': name + '|' + s.label + '|' + months[i] }, count)),
    element('td', { 'data-kennzahl': name + '|' + s.label + '|summe' },
      element('strong', {}, s.counts.reduce((a, b) => a + b, 0)))));
  return element('div', { class: 'fkif-tabelle' },
    element('table', { 'data-tabelle': name }, element('thead', {}, head), element('tbody', {}, rows)));
}

function countTable(name, header, counts, emptyText) {
  if (!counts.length) {
    return element('p', { class: 'fkif-hinweis', 'data-tabelle': name }, emptyText);
  }
  const max = Math.max(...counts.map((c) => c.count), 1);
  return element('table', { 'data-tabelle': name },
    element('thead', {}, element('tr', {}, element('th', {}, header), element('th', {}, 'Anzahl'))),
    element('tbody', {}, counts.map((c) => element('tr', {}, element('td', {}, c.label),
      element('td', { 'data-kennzahl': name + '|' + c.label },
        element('span', { class: 'fkif-balken', style: 'width:' + Math.round(80 * c.count / max) + 'px' }), c.count)))));
}

function referralTable(referrals) {
  if (!referrals.length) {
    return element('p', { class: 'fkif-hinweis', 'data-tabelle': 'weitervermittlungen' },
      'Im Zeitraum keine Weitervermittlungen.');
  }
  const columns = [['accepted', 'angenommen'], ['declined', 'abgelehnt'], ['cancelled', 'entfallen'], ['open', 'offen']];
  return element('table', { 'data-tabelle': 'weitervermittlungen' },
    element('thead', {}, element('tr', {}, element('th', {}, 'Partner'), columns.map(([, label]) => element('th', {}, label)))),
    element('tbody', {}, referrals.map((r) => element('tr', {}, element('td', {}, r.partner),
      columns.map(([key, label]) => element('td', { 'data-kennzahl': 'weitervermittlungen|' + r.partner + '|' + label },
        r[key]))))));
}

function casesTable(cases) {
  if (!cases.length) {
    return element('p', { class: 'fkif-hinweis', 'data-tabelle': 'faelle' }, 'Keine Fälle im Zeitraum.');
  }
  return element('div', { class: 'fkif-tabelle' }, element('table', { 'data-tabelle': 'faelle' },
    element('thead', {}, element('tr', {}, ['Geschäftszeichen', 'Unternehmen', 'Region', 'Weg', 'Stand', 'eröffnet',
      'beendet'].map((h) => element('th', {}, h)))),
    element('tbody', {}, cases.map((c) => element('tr', { 'data-fall': c.caseNumber },
      element('td', {}, c.state === 'offen'
        ? element('a', { href: '#/process-instance/' + c.processInstanceId + '/runtime' }, c.caseNumber)
        : c.caseNumber),
      element('td', {}, c.company || '–'), element('td', {}, c.region), element('td', {}, c.path || '–'),
      element('td', {}, c.state), element('td', {}, germanDate(c.startedAt)), element('td', {}, germanDate(c.endedAt)))))));
}

function periodForm(figures) {
  const to = element('input', { type: 'month', value: figures.to, 'aria-label': 'bis Monat', class: 'form-control' });
  const months = element('select', { 'aria-label': 'Monate', class: 'form-control' },
    [3, 6, 12, 24, 36].map((n) => {
      const option = element('option', { value: n }, n + ' Monate');
      option.selected = n === figures.months.length;
      return option;
    }));
  const show = element('button', { type: 'button', class: 'btn btn-default' }, 'Anzeigen');
  show.addEventListener('click', () => {
    window.location.hash = '#/kennzahlen?bis=' + (to.value || figures.to) + '&monate=' + months.value;
  });
  return element('div', { class: 'form-inline', style: 'margin: 8px 0' }, 'Zeitraum: ', months, ' bis einschließlich ',
    to, ' ', show);
}

async function renderPage(container) {
  container.innerHTML = '';
  const page = element('div', { class: 'fkif-kennzahlen', 'data-fkif-kennzahlen': 'laedt' },
    element('h1', {}, 'Kennzahlen der Leitung'), element('p', { class: 'fkif-hinweis' }, 'Die Kennzahlen werden geladen …'));
  container.append(page);
  const params = parameters();
  let figures;
  let cases;
  try {
    [figures, cases] = await Promise.all([get('/api/dashboard?' + params), get('/api/dashboard/cases?' + params)]);
  } catch (e) {
    page.replaceChildren(element('h1', {}, 'Kennzahlen der Leitung'), element('p', { class: 'alert alert-danger' }, e.message));
    page.setAttribute('data-fkif-kennzahlen', 'fehler');
    return;
  }
  const overdue = figures.overdueTasksByGroup.reduce((sum, c) => sum + c.count, 0);
  page.replaceChildren(
    element('h1', {}, 'Kennzahlen der Leitung'),
    element('p', { class: 'fkif-hinweis' }, 'Zeitraum ' + longMonth(figures.from) + ' bis ' + longMonth(figures.to)
      + ' · Stand ' + new Date(figures.computedAt).toLocaleString('de-DE') + ' Uhr · nur Zahlen, keine Ansprechpersonen'),
    periodForm(figures),
    element('div', { class: 'fkif-kacheln' },
      tile('Fälle eröffnet', figures.casesStarted, 'faelle-eroeffnet'),
      tile('Fälle beendet', figures.casesClosed, 'faelle-beendet'),
      tile('Doppelansprachen vermieden', figures.doubleApproachesAvoided, 'doppelansprachen-vermieden'),
      tile('Offene Vorabstimmungen', figures.openCoordinationRequests, 'vorabstimmungen-offen'),
      tile('Überfällige Aufgaben (jetzt)', overdue, 'aufgaben-ueberfaellig')),
    element('h2', {}, 'Eröffnete Fälle nach Region und Monat'),
    seriesTable('eroeffnet', figures.months, figures.startedByRegion, 'Im Zeitraum keine Fälle eröffnet.'),
    element('h2', {}, 'Beendete Fälle nach Weg und Monat'),
    seriesTable('beendet', figures.months, figures.closedByPath, 'Im Zeitraum keine Fälle beendet.'),
    element('h2', {}, 'Noch laufende Fälle des Zeitraums nach Weg'),
    countTable('laufend', 'Weg', figures.openByPath, 'Alle Fälle des Zeitraums sind beendet.'),
    element('h2', {}, 'Weitervermittlungen nach Partner und Ausgang'),
    referralTable(figures.referralsByPartner),
    element('h2', {}, 'Überfällige Aufgaben nach Gruppe (jetzt)'),
    countTable('ueberfaellig', 'Gruppe', figures.overdueTasksByGroup, 'Keine überfälligen Aufgaben.'),
    element('h2', {}, 'Doppelansprachen'),
    element('p', {}, 'Erkannt: ', element('strong', { 'data-kennzahl': 'doppelansprachen-erkannt' },
      figures.doubleApproachesDetected), ' · abgestimmt und damit vermieden: ',
    element('strong', {}, figures.doubleApproachesAvoided)),
    countTable('doppelansprachen', 'Ergebnis der Abstimmung', figures.doubleApproachesByOutcome,
      'Im Zeitraum keine Doppelansprachen.'),
    element('h2', {}, 'Vorabstimmungen nach Stand'),
    countTable('vorabstimmungen', 'Stand', figures.coordinationRequestsByState, 'Im Zeitraum keine Vorabstimmungen.'),
    element('h2', {}, 'Fälle mit Geschäftszeichen und Unternehmen'),
    element('p', { class: 'fkif-hinweis' }, 'Alle laufenden Fälle und die im Zeitraum eröffneten, auch abgeschlossene.'),
    casesTable(cases));
  page.setAttribute('data-fkif-kennzahlen', 'fertig');
}

async function renderSummary(container) {
  const box = element('div', { class: 'fkif-kennzahlen', style: 'padding: 0' },
    element('p', { class: 'fkif-hinweis' }, 'Die Kennzahlen werden geladen …'));
  container.append(box);
  try {
    const figures = await get('/api/dashboard');
    box.replaceChildren(element('div', { class: 'fkif-kacheln' },
      tile('Fälle eröffnet (12 Monate)', figures.casesStarted, 'start-faelle-eroeffnet'),
      tile('Fälle beendet (12 Monate)', figures.casesClosed, 'start-faelle-beendet'),
      tile('Doppelansprachen vermieden', figures.doubleApproachesAvoided, 'start-doppelansprachen-vermieden'),
      tile('Offene Vorabstimmungen', figures.openCoordinationRequests, 'start-vorabstimmungen-offen')),
    element('a', { href: '#/kennzahlen' }, 'Alle Kennzahlen ansehen'));
  } catch (e) {
    box.replaceChildren(element('p', { class: 'fkif-hinweis' }, e.message));
  }
}

let rendered = null;
export default [
  {
    id: 'fkif-kennzahlen-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    render: (container) => {
      container.append(element('a', { href: '#/kennzahlen' }, 'Kennzahlen'));
    },
    properties: {
      pagePath: '#/kennzahlen',
      checkActive: (path) => (path || '').indexOf('#/kennzahlen') > -1
    }
  },
  {
    id: 'fkif-kennzahlen-seite',
    pluginPoint: 'cockpit.route',
    properties: { path: '/kennzahlen', label: 'Kennzahlen' },
    render: (container) => {
      rendered = container;
      renderPage(container);
    }
  },
  {
    id: 'fkif-kennzahlen-start',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    properties: { label: 'Kennzahlen der Leitung' },
    render: (container) => {
      renderSummary(container);
    }
  }
];

// the same page with other parameters (Anzeigen): Angular keeps the route, so render again
window.addEventListener('hashchange', () => {
  if (rendered && rendered.isConnected && (window.location.hash || '').startsWith('#/kennzahlen')) {
    renderPage(rendered);
  }
});
