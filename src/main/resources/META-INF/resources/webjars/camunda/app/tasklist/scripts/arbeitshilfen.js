/*
 * Fachkraft im Fokus (issue 19): what staff expect from Tasklist, for every process and form.
 * Loaded through config.js (customScripts). It only reads the engine's answers and the platform's
 * problem details; every rule is still checked on the server.
 *
 * - Refusals: the platform answers a refused start or completion with problem details
 *   (docs/contract.md, "Fehlerformat": detail, fieldErrors with label and message). Tasklist showed
 *   them as „Cannot submit task form <id>: …“ at the top of the page. Here each field error becomes
 *   one German sentence under its field and in a box next to the button, scrolled into view;
 *   Tasklist's own notification for it is removed. A form the browser refuses (required field
 *   empty) names the fields.
 * - Flow: after a start, the case number („Fall BF-2026-00042 eröffnet“) and the first task, opened
 *   when it is the user's; after a completion a short confirmation and, when the platform assigned
 *   the next step of the same case to the user (identity.NextStepAssignment), that step opened.
 * - Search: a field above the filters finds open tasks by any part of the company's name, the title
 *   or the case number (task-local variable `cardSearch`, identity.TaskCardVariables).
 * - Links to the case file open in a new tab; the login page tells Leitung its place is Cockpit.
 */
const API = location.pathname.replace(/\/app\/tasklist\/.*$/, '/api/engine/engine/default');
const ADMIN_API = location.pathname.replace(/\/app\/tasklist\/.*$/, '/api/admin/auth/user/default');
const COCKPIT = location.pathname.replace(/\/app\/tasklist\/.*$/, '/app/cockpit/default/');

const TASK_SUBMIT = /\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/;
const START_SUBMIT = /\/process-definition\/([^?]+)\/(submit-form|start)(\?|$)/;
const TASK_READ = /\/task\/([0-9a-f-]{36})(\?|$)/;
const LOGIN = /\/login\/tasklist(\?|$)/;
/** Texts of Tasklist's own notifications that the platform's sentences replace. */
const TASKLIST_FAILURES = [/Abschließen der Aufgabe/, /Prozess konnte nicht gestartet/, /Cannot (submit|instantiate)/,
  /Formularfehler/, /Anmeldung fehlgeschlagen/, /Falsche Zugangsdaten/];

const tasks = new Map(); // task id -> {name, processInstanceId}
let me = null;
let replacing = 0; // until when Tasklist's failure notifications are removed (ms since epoch)

// --- reading the engine's answers -------------------------------------------------------------

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url) {
  this.fkifMethod = String(method).toUpperCase();
  this.fkifUrl = String(url);
  return open.apply(this, arguments);
};
XMLHttpRequest.prototype.send = function () {
  this.addEventListener('load', () => {
    try {
      answered(this.fkifMethod, this.fkifUrl, this.status, this.responseText);
    } catch (e) {
      console.warn('Fachkraft im Fokus: Antwort nicht ausgewertet', e);
    }
  });
  return send.apply(this, arguments);
};

function answered(method, url, status, text) {
  let match;
  if (method === 'GET' && (match = url.match(TASK_READ)) && status === 200) {
    const task = parse(text);
    if (task && task.id) {
      tasks.set(task.id, {name: task.name, processInstanceId: task.processInstanceId});
    }
  } else if (method === 'POST' && (match = url.match(TASK_SUBMIT))) {
    if (status >= 200 && status < 300) {
      taskCompleted(match[1]);
    } else if (status >= 400) {
      refused(parse(text), 'Die Aufgabe wurde nicht abgeschlossen.');
    }
  } else if (method === 'POST' && (match = url.match(START_SUBMIT))) {
    if (status >= 200 && status < 300) {
      started(parse(text));
    } else if (status >= 400) {
      refused(parse(text), 'Der Vorgang wurde nicht gestartet.');
    }
  } else if (method === 'POST' && LOGIN.test(url) && status >= 400) {
    loginRefused();
  }
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

/**
 * The web apps' session is alive in this page: its CSRF cookie is there. Without it (logged out, or
 * cookies just cleared) no request is sent: an answer would open a new session whose CSRF token no
 * longer matches the page's next login.
 */
function sessionAlive() {
  return /(^|;\s*)XSRF-TOKEN=/.test(document.cookie);
}

function get(path) {
  if (!sessionAlive()) {
    return Promise.resolve(null);
  }
  return fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : null)).catch(() => null);
}

function currentUser() {
  if (me) {
    return Promise.resolve(me);
  }
  if (!sessionAlive()) {
    return Promise.resolve(null);
  }
  return fetch(ADMIN_API, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : null))
    .then((user) => {
      me = user && user.userId ? user.userId : null;
      return me;
    }).catch(() => null);
}

// --- flow: confirmation, next step, after a start -----------------------------------------------

function taskCompleted(taskId) {
  const task = tasks.get(taskId) || {};
  const done = task.name ? `Erledigt: „${task.name}“.` : 'Die Aufgabe ist erledigt.';
  clearMessages();
  if (!task.processInstanceId) {
    toast(done, 'ok');
    return;
  }
  nextOwnTask(task.processInstanceId, 1).then((next) => {
    if (next) {
      toast(`${done} Nächster Schritt: „${next.name}“ – Ihnen zugewiesen und geöffnet.`, 'ok');
      openTask(next.id);
    } else {
      toast(done, 'ok');
    }
  });
}

function started(instance) {
  clearMessages();
  const key = instance && instance.businessKey;
  const opened = key ? `Vorgang ${key} ist eröffnet.` : 'Der Vorgang ist gestartet.';
  if (!instance || !instance.id) {
    toast(opened, 'ok');
    return;
  }
  nextOwnTask(instance.id, 3).then((next) => {
    if (next) {
      toast(`${opened} Erster Schritt: „${next.name}“ – Ihnen zugewiesen und geöffnet.`, 'ok');
      openTask(next.id);
    } else {
      toast(`${opened} Der erste Schritt liegt bei der zuständigen Gruppe.`, 'ok');
    }
  });
}

/** The user's open task in this process instance; a few tries, as a step may follow a moment later. */
function nextOwnTask(processInstanceId, tries) {
  return currentUser().then((user) => {
    if (!user) {
      return null;
    }
    const attempt = (left) => get(`/task?processInstanceId=${encodeURIComponent(processInstanceId)}`
        + `&assignee=${encodeURIComponent(user)}&sortBy=created&sortOrder=desc&maxResults=1`)
      .then((list) => {
        if (list && list.length) {
          return list[0];
        }
        return left > 1 ? new Promise((resolve) => setTimeout(resolve, 700)).then(() => attempt(left - 1)) : null;
      });
    return attempt(tries);
  });
}

function openTask(taskId) {
  const hash = location.hash || '#/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  params.set('task', taskId);
  params.delete('detailsTab');
  setTimeout(() => {
    location.hash = `${path.startsWith('#') ? path : '#/'}?${params.toString()}`;
  }, 300);
}

// --- refusals -------------------------------------------------------------------------------------

/** One German sentence per field: „Begründung: bitte angeben.“ */
function sentence(error) {
  const label = String(error.label || error.field || '').trim();
  let message = String(error.message || '').trim();
  if (message && !/[.!?]$/.test(message)) {
    message += '.';
  }
  return label ? `${label}: ${message}` : message;
}

function refused(problem, fallback) {
  const errors = problem && Array.isArray(problem.fieldErrors) ? problem.fieldErrors : [];
  let detail = problem && (problem.detail || problem.message) ? String(problem.detail || problem.message) : fallback;
  detail = detail.replace(/^Cannot (submit task form|instantiate process definition) [^:]*:\s*/, '');
  clearMessages();
  replacing = Date.now() + 4000;
  removeTasklistFailures();
  const lines = errors.map(sentence);
  const anchor = formAnchor();
  let first = null;
  for (const error of errors) {
    const field = fieldByLabel(error.label);
    if (field) {
      const note = document.createElement('div');
      note.className = 'fkif-field-error fkif-message';
      note.setAttribute('role', 'alert');
      note.textContent = sentence(error);
      field.appendChild(note);
      first = first || field;
    }
  }
  const box = notice(errors.length ? 'Bitte korrigieren Sie:' : detail, lines, 'error');
  if (anchor) {
    anchor.parentNode.insertBefore(box, anchor);
  } else {
    box.classList.add('fkif-toast');
    document.body.appendChild(box);
  }
  (first || box).scrollIntoView({block: 'center'});
}

/** The form-js field whose label starts with this label (labels of required fields end in "*"). */
function fieldByLabel(label) {
  if (!label) {
    return null;
  }
  const wanted = normal(label);
  for (const field of document.querySelectorAll('.fjs-container .fjs-form-field')) {
    const own = field.querySelector(':scope > label, :scope > .fjs-form-field-label, :scope label');
    if (own && normal(own.textContent).startsWith(wanted)) {
      return field;
    }
  }
  return null;
}

function normal(text) {
  return String(text || '').replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Where the box goes: above the form's button row (Abschließen, Start), else the form itself. */
function formAnchor() {
  const buttons = Array.from(document.querySelectorAll('button'))
    .filter((b) => b.offsetParent !== null && /^(Abschließen|Start|Complete)$/.test(b.textContent.trim()));
  if (buttons.length) {
    const button = buttons[buttons.length - 1];
    return button.closest('.form-actions, .modal-footer, .task-actions') || button;
  }
  const form = document.querySelector('.fjs-container');
  return form ? form.lastElementChild : null;
}

function notice(title, lines, kind) {
  const box = document.createElement('div');
  box.className = `fkif-notice fkif-notice-${kind} fkif-message`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const head = document.createElement('div');
  head.textContent = title;
  box.appendChild(head);
  if (lines.length) {
    const list = document.createElement('ul');
    lines.forEach((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  return box;
}

function toast(text, kind) {
  document.querySelectorAll('.fkif-toast').forEach((t) => t.remove());
  const box = notice(text, [], kind);
  box.classList.add('fkif-toast');
  document.body.appendChild(box);
  setTimeout(() => box.remove(), 8000);
}

function clearMessages() {
  document.querySelectorAll('.fkif-message').forEach((node) => node.remove());
}

/** Tasklist's note „Ihnen sind die folgenden Aufgaben desselben Prozesses zugewiesen“: said by our toast. */
const TASKLIST_ASSIGN_NOTE = /Aufgaben desselben Prozesses zugewiesen|tasks in the same process/;

function removeTasklistFailures() {
  document.querySelectorAll('.notifications-panel .alert, .notifications .alert, .page-notifications .alert')
    .forEach((alert) => {
      if (TASKLIST_ASSIGN_NOTE.test(alert.textContent)) {
        alert.remove();
      }
    });
  if (Date.now() > replacing) {
    return;
  }
  document.querySelectorAll('.notifications-panel .alert, .notifications .alert, .page-notifications .alert')
    .forEach((alert) => {
      if (TASKLIST_FAILURES.some((pattern) => pattern.test(alert.textContent))) {
        alert.remove();
      }
    });
}

/**
 * form-js refuses an incomplete form in the browser and Tasklist then says only that completing
 * failed: name the fields that need something.
 */
document.addEventListener('click', (event) => {
  const button = event.target.closest && event.target.closest('button');
  if (!button || !/^(Abschließen|Start)$/.test(button.textContent.trim())) {
    return;
  }
  clearMessages();
  setTimeout(() => {
    if (document.querySelector('.fkif-notice-error')) {
      return;
    }
    const missing = [];
    document.querySelectorAll('.fjs-container .fjs-form-field.fjs-has-errors').forEach((field) => {
      const label = field.querySelector('label, .fjs-form-field-label');
      const error = field.querySelector('.fjs-form-field-error');
      if (label) {
        missing.push({label: label.textContent.replace(/\*/g, '').trim(),
          message: error && error.textContent.trim() ? error.textContent.trim() : 'Pflichtfeld'});
      }
    });
    if (missing.length) {
      refused({detail: 'Bitte korrigieren Sie:', fieldErrors: []}, '');
      const box = document.querySelector('.fkif-notice-error');
      const list = document.createElement('ul');
      missing.forEach((m) => {
        const item = document.createElement('li');
        item.textContent = sentence(m);
        list.appendChild(item);
      });
      box.appendChild(list);
      document.querySelector('.fjs-container .fjs-form-field.fjs-has-errors').scrollIntoView({block: 'center'});
    }
  }, 600);
}, true);

// --- the login page: Leitung works in Cockpit ---------------------------------------------------

function loginRefused() {
  replacing = Date.now() + 4000;
  setTimeout(() => {
    document.querySelectorAll('.fkif-login-hint').forEach((n) => n.remove());
    const form = document.querySelector('input[ng-model="username"]');
    const place = form ? form.closest('form') : null;
    if (!place) {
      return;
    }
    const box = document.createElement('div');
    box.className = 'fkif-notice fkif-notice-error fkif-login-hint';
    box.setAttribute('role', 'alert');
    box.appendChild(document.createTextNode('Anmeldung an der Tasklist nicht möglich: Benutzername oder Passwort '
      + 'stimmen nicht, oder Ihr Konto bearbeitet keine Aufgaben. Leitung und Controlling arbeiten im Cockpit: '));
    const link = document.createElement('a');
    link.href = COCKPIT;
    link.textContent = 'zum Cockpit';
    box.appendChild(link);
    box.appendChild(document.createTextNode('.'));
    place.appendChild(box);
  }, 100);
}

// --- search by company, title or case number ---------------------------------------------------

function searchBox() {
  const column = document.querySelector('.task-filters .three-cols-layout-cell.content');
  if (!column || column.querySelector('.fkif-search')) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'fkif-search';
  box.style.padding = '8px 10px';
  const label = document.createElement('label');
  label.textContent = 'Fall suchen (Unternehmen, Betreff oder Geschäftszeichen)';
  label.style.fontWeight = 'normal';
  label.htmlFor = 'fkif-search-input';
  const input = document.createElement('input');
  input.id = 'fkif-search-input';
  input.type = 'search';
  input.className = 'form-control';
  input.placeholder = 'z. B. Holzbau oder BF-2026';
  const results = document.createElement('ul');
  results.className = 'fkif-search-results list-unstyled';
  results.style.marginTop = '6px';
  box.append(label, input, results);
  column.insertBefore(box, column.firstChild);
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value, results), 300);
  });
}

function search(text, results) {
  const words = text.toLowerCase().replace(/[_,%\\]/g, ' ').trim();
  results.textContent = '';
  if (words.length < 2) {
    return;
  }
  const like = `%${words.split(/\s+/).join('%')}%`;
  get(`/task?taskVariables=${encodeURIComponent(`cardSearch_like_${like}`)}&sortBy=created&sortOrder=desc&maxResults=25`)
    .then((list) => {
      results.textContent = '';
      if (!list || !list.length) {
        const none = document.createElement('li');
        none.className = 'text-muted';
        none.textContent = 'Keine offene Aufgabe gefunden.';
        results.appendChild(none);
        return;
      }
      list.forEach((task) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = '#/?task=' + task.id;
        link.className = 'fkif-search-hit';
        link.textContent = task.name;
        item.appendChild(link);
        const facts = document.createElement('div');
        facts.className = 'text-muted small';
        item.appendChild(facts);
        results.appendChild(item);
        get(`/task/${task.id}/variables?deserializeValues=false`).then((variables) => {
          if (variables) {
            facts.textContent = ['caseNumber', 'companyName', 'cardSubject']
              .map((name) => variables[name] && variables[name].value).filter(Boolean).join(' · ');
          }
        });
      });
    });
}

// --- watching the page ---------------------------------------------------------------------------

new MutationObserver(() => {
  removeTasklistFailures();
  searchBox();
  document.querySelectorAll('.fjs-container a[href^="/fallakte/"]:not([target])').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}).observe(document.body, {childList: true, subtree: true});
