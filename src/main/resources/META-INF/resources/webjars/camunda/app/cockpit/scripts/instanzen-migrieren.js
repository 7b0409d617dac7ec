/*
 * Fachkraft im Fokus: „Instanzen migrieren“ in Cockpit (issue 17), loaded through config.js
 * (customScripts). Camunda 7 CE has the migration API but not Cockpit's migration screen; this page
 * is the platform's own Cockpit plugin on top of /api/migrations (Cockpit's session; changes carry
 * the session's CSRF token): choose a process and two versions, let the platform propose the plan,
 * edit it, check it against every running instance, run it as a batch and follow its progress.
 * Only process owners and the administration see the entry; the server checks that again.
 */
const BASE = document.querySelector('base');
const ROOT = (BASE && BASE.getAttribute('app-root')) || '/camunda';
const CONTEXT = ROOT.replace(/\/camunda\/?$/, '');
const ENGINE_API = ROOT.replace(/\/?$/, '') + '/api/engine/engine/default';
const PAGE = '#/instanzen-migrieren';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => {
    node.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? '' : String(child)));
  });
  return node;
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  const response = await fetch(path.startsWith('/api/') ? CONTEXT + path : path, {
    method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body)
  });
  const result = await response.json().catch(() => ({}));
  if (!response.ok) {
    const details = (result.fieldErrors || []).map((e) => e.label + ': ' + e.message);
    const error = new Error(result.detail || ('Die Anfrage ist fehlgeschlagen (' + response.status + ').'));
    error.details = details;
    throw error;
  }
  return result;
}

function message(box, text, kind, details) {
  box.replaceChildren(el('div', { class: 'alert alert-' + (kind || 'info'), 'data-meldung': kind || 'info' }, text,
    details && details.length ? el('ul', {}, details.map((d) => el('li', {}, d))) : ''));
}

const state = { processKey: null, versions: [], proposal: null, validation: null, batchId: null, timer: null };

function request() {
  const page = document.querySelector('[data-migration-seite]');
  const rows = page.querySelectorAll('[data-zuordnung]');
  const mappings = [];
  rows.forEach((row) => {
    const use = row.querySelector('input[type=checkbox]');
    const target = row.querySelector('select, input[type=text]');
    if (use.checked && target.value) {
      mappings.push({ sourceActivityId: row.getAttribute('data-zuordnung'), targetActivityId: target.value });
    }
  });
  const variables = {};
  const text = (page.querySelector('[data-variablen]') || { value: '' }).value;
  text.split('\n').map((line) => line.trim()).filter((line) => line).forEach((line) => {
    const at = line.indexOf('=');
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    let value = at < 0 ? '' : line.slice(at + 1).trim();
    if (value === 'true' || value === 'false') {
      value = value === 'true';
    } else if (/^-?\d+(\.\d+)?$/.test(value)) {
      value = Number(value);
    }
    variables[name] = value;
  });
  return {
    processKey: state.processKey,
    sourceVersion: Number(page.querySelector('[data-quelle]').value),
    targetVersion: Number(page.querySelector('[data-ziel]').value),
    mappings,
    variables
  };
}

function versionLabel(v) {
  return 'Version ' + v.version + (v.versionTag ? ' (' + v.versionTag + ')' : '') + ' – ' + v.runningInstances + ' laufend';
}

async function chooseProcess(page, key) {
  state.processKey = key;
  state.proposal = null;
  state.validation = null;
  const box = page.querySelector('[data-versionen]');
  const result = page.querySelector('[data-ergebnis]');
  result.replaceChildren();
  page.querySelector('[data-plan]').replaceChildren();
  page.querySelector('[data-pruefung]').replaceChildren();
  if (!key) {
    box.replaceChildren();
    return;
  }
  try {
    state.versions = await call('GET', '/api/migrations/versions?processKey=' + encodeURIComponent(key));
  } catch (e) {
    message(box, e.message, 'danger', e.details);
    return;
  }
  const source = el('select', { class: 'form-control', 'data-quelle': true },
    state.versions.map((v) => el('option', { value: v.version }, versionLabel(v))));
  const target = el('select', { class: 'form-control', 'data-ziel': true },
    state.versions.map((v) => el('option', { value: v.version }, versionLabel(v))));
  const running = state.versions.filter((v) => v.runningInstances > 0 && v !== state.versions[state.versions.length - 1]);
  source.value = String((running[0] || state.versions[0]).version);
  target.value = String(state.versions[state.versions.length - 1].version);
  const propose = el('button', { class: 'btn btn-default', type: 'button', 'data-aktion': 'vorschlagen' }, 'Plan vorschlagen');
  propose.addEventListener('click', () => proposePlan(page));
  box.replaceChildren(el('div', { class: 'fkif-migration-zeile' },
    el('label', {}, 'Von ', source), el('label', {}, ' nach ', target), ' ', propose));
  renderRecent(page);
}

async function proposePlan(page) {
  const plan = page.querySelector('[data-plan]');
  page.querySelector('[data-pruefung]').replaceChildren();
  page.querySelector('[data-ergebnis]').replaceChildren();
  let proposal;
  try {
    const r = request();
    proposal = await call('POST', '/api/migrations/proposal', { processKey: r.processKey, sourceVersion: r.sourceVersion,
      targetVersion: r.targetVersion });
  } catch (e) {
    message(plan, e.message, 'danger', e.details);
    return;
  }
  state.proposal = proposal;
  const targets = proposal.mappings.map((m) => m.targetActivityId)
    .concat(proposal.newInTarget.map((e) => e.activityId));
  const rows = proposal.mappings.map((m) => el('tr', { 'data-zuordnung': m.sourceActivityId },
    el('td', {}, el('input', { type: 'checkbox', checked: true, title: 'Zuordnung verwenden' })),
    el('td', {}, m.sourceName || '', el('br'), el('code', {}, m.sourceActivityId)),
    el('td', {}, el('select', { class: 'form-control' },
      [...new Set(targets)].map((t) => el('option', { value: t, selected: t === m.targetActivityId }, t)))),
    el('td', {}, m.targetName || ''),
    el('td', {}, m.reason)));
  proposal.notMapped.forEach((n) => rows.push(el('tr', { 'data-zuordnung': n.activityId, class: 'warning' },
    el('td', {}, el('input', { type: 'checkbox' })),
    el('td', {}, n.name || '', el('br'), el('code', {}, n.activityId)),
    el('td', {}, el('select', { class: 'form-control' }, el('option', { value: '' }, '– kein Gegenstück –'),
      proposal.newInTarget.map((t) => el('option', { value: t.activityId }, t.activityId + (t.name ? ' (' + t.name + ')' : ''))))),
    el('td', {}, ''),
    el('td', {}, 'in der neuen Version nicht vorhanden: Instanzen hier bleiben auf der alten Version'))));
  const check = el('button', { class: 'btn btn-primary', type: 'button', 'data-aktion': 'pruefen' }, 'Plan prüfen');
  check.addEventListener('click', () => validatePlan(page));
  plan.replaceChildren(
    el('h3', {}, 'Migrationsplan'),
    el('p', {}, 'Vorgeschlagen: gleiche IDs und umbenannte Aktivitäten (gleicher Typ und Name). Ziele lassen sich ändern, '
      + 'Zuordnungen abwählen.'),
    el('table', { class: 'table table-condensed cam-table', 'data-zuordnungen': true },
      el('thead', {}, el('tr', {}, el('th', {}, 'Nutzen'), el('th', {}, 'Aktivität (alt)'), el('th', {}, 'Ziel (neu)'),
        el('th', {}, 'Name (neu)'), el('th', {}, 'Begründung'))),
      el('tbody', {}, rows)),
    proposal.newInTarget.length ? el('p', {}, 'Neu in der Zielversion: ',
      proposal.newInTarget.map((e) => (e.name || e.activityId)).join(', ')) : '',
    el('label', {}, 'Vorgaben für Variablen, die die neue Version braucht (eine je Zeile, Name=Wert):'),
    el('textarea', { class: 'form-control', rows: 3, 'data-variablen': true,
      placeholder: 'z. B. urgency=NORMAL' }),
    el('p', { class: 'text-muted' }, 'Bekannte Variablen: ' + proposal.knownVariables.join(', ')),
    check);
}

async function validatePlan(page) {
  const box = page.querySelector('[data-pruefung]');
  page.querySelector('[data-ergebnis]').replaceChildren();
  let validation;
  try {
    validation = await call('POST', '/api/migrations/validation', request());
  } catch (e) {
    message(box, e.message, 'danger', e.details);
    return;
  }
  state.validation = validation;
  if (!validation.planValid) {
    message(box, 'Der Plan ist so nicht ausführbar:', 'danger', validation.planProblems);
    return;
  }
  const rows = validation.instances.map((i) => el('tr', { 'data-instanz': i.processInstanceId, class: i.migratable ? '' : 'danger' },
    el('td', {}, i.businessKey || i.processInstanceId),
    el('td', {}, i.activities.join(', ')),
    el('td', {}, i.migratable ? 'ja' : 'nein'),
    el('td', {}, i.reasons.length ? el('ul', {}, i.reasons.map((r) => el('li', {}, r))) : '')));
  const start = el('button', { class: 'btn btn-primary', type: 'button', 'data-aktion': 'starten',
    disabled: validation.migratable === 0 }, validation.migratable + ' Instanz(en) migrieren');
  start.addEventListener('click', () => startMigration(page, start));
  box.replaceChildren(
    el('h3', {}, 'Prüfung'),
    el('p', { 'data-pruefergebnis': true }, validation.checkedInstances + ' laufende Instanz(en) geprüft: ' + validation.migratable
      + ' können umziehen, ' + validation.notMigratable + ' nicht (sie bleiben unverändert auf der alten Version).'),
    el('table', { class: 'table table-condensed cam-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Geschäftszeichen'), el('th', {}, 'steht an'), el('th', {}, 'kann umziehen'),
        el('th', {}, 'Gründe'))),
      el('tbody', {}, rows)),
    start);
}

async function startMigration(page, button) {
  const box = page.querySelector('[data-ergebnis]');
  button.disabled = true;
  let started;
  try {
    started = await call('POST', '/api/migrations', request());
  } catch (e) {
    button.disabled = false;
    message(box, e.message, 'danger', e.details);
    return;
  }
  state.batchId = started.batchId;
  message(box, 'Migration gestartet (Batch ' + started.batchId + '): ' + started.instances + ' Instanz(en); '
    + started.leftUntouched.length + ' bleiben unverändert.', 'info');
  follow(page, started.batchId);
}

function progressView(progress) {
  return el('div', { 'data-fortschritt': progress.batchId },
    el('p', {}, el('strong', {}, 'Version ' + progress.sourceVersion + ' → ' + progress.targetVersion + ': '),
      progress.migrated + ' von ' + progress.total + ' umgezogen' + (progress.finished ? ' – abgeschlossen' : ' – läuft …')
      + ' (gestartet von ' + progress.startedBy + ')'),
    progress.failure ? el('div', { class: 'alert alert-danger' }, progress.failure) : '',
    el('table', { class: 'table table-condensed cam-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Geschäftszeichen'), el('th', {}, 'Ergebnis'))),
      el('tbody', {}, progress.instances.map((i) => el('tr', { 'data-ergebnis-instanz': i.processInstanceId },
        el('td', {}, i.businessKey || i.processInstanceId), el('td', {}, i.state))))));
}

function follow(page, batchId) {
  clearTimeout(state.timer);
  const box = page.querySelector('[data-ergebnis]');
  const poll = async () => {
    if (!box.isConnected) {
      return;
    }
    try {
      const progress = await call('GET', '/api/migrations/' + encodeURIComponent(batchId));
      const old = box.querySelector('[data-fortschritt]');
      const view = progressView(progress);
      if (old) {
        old.replaceWith(view);
      } else {
        box.append(view);
      }
      if (!progress.finished) {
        state.timer = setTimeout(poll, 2000);
      } else {
        renderRecent(page);
      }
    } catch (e) {
      message(box, e.message, 'danger', e.details);
    }
  };
  poll();
}

async function renderRecent(page) {
  const box = page.querySelector('[data-letzte]');
  if (!state.processKey) {
    box.replaceChildren();
    return;
  }
  try {
    const runs = await call('GET', '/api/migrations?processKey=' + encodeURIComponent(state.processKey));
    box.replaceChildren(el('h3', {}, 'Letzte Migrationen'), runs.length
      ? el('ul', {}, runs.map((r) => el('li', {}, 'Version ' + r.sourceVersion + ' → ' + r.targetVersion + ': ' + r.migrated
        + ' von ' + r.total + ' umgezogen' + (r.finished ? '' : ' (läuft)') + ', ' + r.startedBy)))
      : el('p', { class: 'text-muted' }, 'Noch keine Migration für diesen Prozess.'));
  } catch (e) {
    box.replaceChildren();
  }
}

async function renderPage(container) {
  const keySelect = el('select', { class: 'form-control', 'data-prozess': true }, el('option', { value: '' }, 'Bitte wählen'));
  const page = el('section', { class: 'fkif-migration', 'data-migration-seite': true },
    el('h2', {}, 'Instanzen migrieren'),
    el('p', {}, 'Laufende Instanzen eines Prozesses auf eine andere Version umziehen. Die Plattform schlägt den Plan vor, '
      + 'prüft jede Instanz und zieht nur um, was umziehen kann; Anleitung: docs/modelle-pflegen.md.'),
    el('label', {}, 'Prozess ', keySelect),
    el('div', { 'data-versionen': true }),
    el('div', { 'data-plan': true }),
    el('div', { 'data-pruefung': true }),
    el('div', { 'data-ergebnis': true }),
    el('div', { 'data-letzte': true }));
  container.replaceChildren(page);
  keySelect.addEventListener('change', () => chooseProcess(page, keySelect.value));
  try {
    const definitions = await call('GET', ENGINE_API + '/process-definition?latestVersion=true&sortBy=name&sortOrder=asc');
    definitions.forEach((d) => keySelect.append(el('option', { value: d.key }, (d.name || d.key) + ' (' + d.key + ')')));
  } catch (e) {
    message(page.querySelector('[data-versionen]'), e.message, 'danger');
  }
}

/** Process owners and the administration see the entry (the server decides again). */
async function mayMigrate() {
  try {
    const user = await call('GET', ROOT.replace(/\/?$/, '') + '/api/admin/auth/user/default');
    const groups = await call('GET', ENGINE_API + '/group?member=' + encodeURIComponent(user.userId));
    return groups.some((g) => g.id === 'process-owners' || g.id === 'camunda-admin');
  } catch (e) {
    return false;
  }
}

export default [
  {
    id: 'fkif-migration-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    render: (container) => {
      mayMigrate().then((allowed) => {
        if (allowed) {
          container.append(el('a', { href: PAGE, 'data-fkif-migration': true }, 'Instanzen migrieren'));
        }
      });
    },
    properties: {
      pagePath: PAGE,
      checkActive: (path) => (path || '').indexOf(PAGE) > -1
    }
  },
  {
    id: 'fkif-migration-seite',
    pluginPoint: 'cockpit.route',
    properties: { path: '/instanzen-migrieren', label: 'Instanzen migrieren' },
    render: (container) => {
      renderPage(container);
    }
  }
];
