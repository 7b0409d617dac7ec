/*
 * Fachkraft im Fokus: Cockpit for the Leitung (issue 19), loaded through config.js (customScripts).
 * - Read-only users see no button that would change something: the page carries the class
 *   fkif-nur-lesen (styles/user-styles.css hides the buttons) unless the engine says that the user
 *   may update process instances (authorization check, the same rule the engine enforces). Without
 *   an answer the page stays read-only.
 * - Case lists show the company next to the case number (Geschäftszeichen), and a case's page
 *   names its company: from the platform's /api/dashboard/cases (Leitung reads no variables).
 * - Leftover English and ISO timestamps become German.
 */
const BASE = document.querySelector('base');
const ROOT = (BASE && BASE.getAttribute('app-root')) || '/camunda';
const CONTEXT = ROOT.replace(/\/camunda\/?$/, '');
const READ_ONLY = 'fkif-nur-lesen';
const CASE_NUMBER = 'Geschäftszeichen';
const ISO = /\b(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/g;
const WORDS = { Actions: 'Aktionen', Action: 'Aktion', Deployed: 'Bereitgestellt', Key: 'Schlüssel', Tasks: 'Aufgaben' };

document.body.classList.add(READ_ONLY);

async function checkPermissions() {
  let mayChange = false;
  try {
    const response = await fetch(ROOT + '/api/engine/engine/default/authorization/check?permissionName=UPDATE'
      + '&resourceName=ProcessInstance&resourceType=8&resourceId=*',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    mayChange = response.ok && (await response.json()).authorized === true;
  } catch (e) {
    mayChange = false;
  }
  document.body.classList.toggle(READ_ONLY, !mayChange);
  document.body.setAttribute('data-fkif-rechte', mayChange ? 'aendern' : 'lesen');
}

let companies = null;
let companiesLoaded = 0;
async function loadCompanies() {
  if (companies && Date.now() - companiesLoaded < 60000) {
    return companies;
  }
  companiesLoaded = Date.now();
  try {
    const response = await fetch(CONTEXT + '/api/dashboard/cases',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const rows = response.ok ? await response.json() : [];
    companies = {};
    rows.forEach((row) => {
      if (row.caseNumber) {
        companies[row.caseNumber] = row.company || '–';
      }
    });
  } catch (e) {
    companies = {};
  }
  return companies;
}

function germanDate(match) {
  const date = new Date(match.length === 16 ? match + ':00' : match.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (isNaN(date.getTime())) {
    return match;
  }
  return date.toLocaleString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit',
    minute: '2-digit' }) + ' Uhr';
}

function fixTexts(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const changes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('input, textarea, script, style, .djs-container, [contenteditable]')) {
      continue;
    }
    const text = node.nodeValue;
    const trimmed = text.trim();
    if (trimmed === 'null' && parent.classList.contains('null-value')) {
      changes.push([node, text.replace('null', 'keine')]);
    } else if (WORDS[trimmed]) {
      changes.push([node, text.replace(trimmed, WORDS[trimmed])]);
    } else if (ISO.test(text)) {
      ISO.lastIndex = 0;
      changes.push([node, text.replace(ISO, germanDate)]);
    }
    ISO.lastIndex = 0;
  }
  changes.forEach(([node, value]) => { node.nodeValue = value; });
}

function addCompanyColumns(known) {
  document.querySelectorAll('table').forEach((table) => {
    if (table.closest('.fkif-kennzahlen')) {
      return;
    }
    const headers = Array.from(table.querySelectorAll('thead th, thead td'));
    const index = headers.findIndex((th) => th.textContent.trim() === CASE_NUMBER);
    if (index < 0) {
      return;
    }
    if (!table.querySelector('thead [data-fkif-unternehmen]')) {
      const th = document.createElement('th');
      th.textContent = 'Unternehmen';
      th.setAttribute('data-fkif-unternehmen', '');
      headers[index].after(th);
    }
    table.querySelectorAll('tbody tr').forEach((row) => {
      const cells = row.children;
      if (cells.length <= index) {
        return;
      }
      const key = cells[index].textContent.trim();
      let cell = row.querySelector('[data-fkif-unternehmen]');
      if (!cell) {
        cell = document.createElement('td');
        cell.setAttribute('data-fkif-unternehmen', '');
        cells[index].after(cell);
      }
      const company = key ? (known[key] || '–') : '';
      if (cell.textContent !== company) {
        cell.textContent = company;
      }
    });
  });
  // a case's page: the company below its case number
  document.querySelectorAll('dt').forEach((dt) => {
    if (dt.textContent.trim() !== CASE_NUMBER + ':') {
      return;
    }
    const dd = dt.nextElementSibling;
    if (!dd || (dd.nextElementSibling && dd.nextElementSibling.hasAttribute('data-fkif-unternehmen'))) {
      return;
    }
    const company = known[dd.textContent.trim()];
    if (!company) {
      return;
    }
    const label = document.createElement('dt');
    label.textContent = 'Unternehmen:';
    label.setAttribute('data-fkif-unternehmen', '');
    const value = document.createElement('dd');
    value.textContent = company;
    dd.after(label, value);
  });
}

let pending = false;
function update() {
  if (pending) {
    return;
  }
  pending = true;
  setTimeout(async () => {
    const hasCaseNumbers = Array.from(document.querySelectorAll('thead th, dt'))
      .some((el) => el.textContent.trim().startsWith(CASE_NUMBER));
    const known = hasCaseNumbers ? await loadCompanies() : null;
    pending = false;
    // our own changes must not wake the observer again
    observer.disconnect();
    try {
      fixTexts(document.body);
      if (known) {
        addCompanyColumns(known);
      }
    } finally {
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  }, 150);
}

const observer = new MutationObserver(update);
observer.observe(document.body, { childList: true, subtree: true, characterData: true });
window.addEventListener('hashchange', () => { checkPermissions(); update(); });
checkPermissions();
update();
