/*
 * Fachkraft im Fokus: the Camunda Forms renderer in Tasklist (form-js 1.8.7) has its own texts in
 * English only ("Field is required.", "Select", "Add new", the date picker's month and weekday
 * names, ...). This script, loaded through
 * config.js (customScripts), puts them into German wherever Tasklist itself speaks German. It only
 * changes what the renderer shows; the server checks every input again and answers in German.
 */
const TRANSLATIONS = [
  [/^Field is required\.$/, () => 'Pflichtfeld.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Mindestens ${m[1]} Zeichen.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Höchstens ${m[1]} Zeichen.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Der Wert muss mindestens ${m[1]} sein.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Der Wert darf höchstens ${m[1]} sein.`],
  [/^Field must match pattern .*$/, () => 'Die Eingabe hat nicht das verlangte Format.'],
  [/^Field must be a valid email\.$/, () => 'Bitte eine gültige E-Mail-Adresse angeben.'],
  [/^Field must be a valid\s+international phone number\..*$/, () =>
    'Bitte eine gültige internationale Telefonnummer angeben (z. B. +49391567000).'],
  [/^Select$/, () => 'Bitte wählen'],
  [/^Add new$/, () => 'Hinzufügen'],
  [/^Expand all \((\d+)\)$/, (m) => `Alle anzeigen (${m[1]})`],
  [/^Collapse$/, () => 'Einklappen'],
  [/^Search$/, () => 'Suchen'],
  // the date field's placeholder follows the browser's locale in English letters ("dd.mm.yyyy")
  [/^(dd\.mm\.yyyy|mm\/dd\/yyyy|dd\/mm\/yyyy|yyyy-mm-dd)$/i, () => 'TT.MM.JJJJ'],
  [/^(hh:mm|hh:mm am\/pm)$/i, () => 'SS:MM']
];

// the date picker (flatpickr inside form-js) comes with English month and weekday names
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
  'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WOCHENTAGE = ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'];
MONTHS.forEach((month, i) => TRANSLATIONS.push([new RegExp(`^${month}$`), () => MONATE[i]]));
WEEKDAYS.forEach((day, i) => TRANSLATIONS.push([new RegExp(`^${day}$`), () => WOCHENTAGE[i]]));

/** German unless the browser asks for English first (the same choice as config.js's locales). */
function speaksGerman() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const code = String(language || '').toLowerCase().slice(0, 2);
    if (code === 'de') {
      return true;
    }
    if (code === 'en') {
      return false;
    }
  }
  return true;
}

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, german] of TRANSLATIONS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, german(match));
    }
  }
  return null;
}

function translateTree(root) {
  if (!(root instanceof Element) || !root.closest) {
    return;
  }
  const forms = root.closest('.fjs-container') ? [root] : Array.from(root.querySelectorAll('.fjs-container'));
  for (const form of forms) {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const german = translate(node.nodeValue);
      if (german !== null && german !== node.nodeValue) {
        node.nodeValue = german;
      }
    }
    for (const input of form.querySelectorAll('input[placeholder]')) {
      const german = translate(input.getAttribute('placeholder'));
      if (german !== null) {
        input.setAttribute('placeholder', german);
      }
    }
  }
}

/**
 * The date picker (flatpickr, one per date field, kept on the input as `_flatpickr`) starts its
 * week on Sunday: German calendars start on Monday (DIN 1355 / ISO 8601), with German names.
 */
const GERMAN_CALENDAR = {
  firstDayOfWeek: 1,
  weekdays: {shorthand: WOCHENTAGE, longhand: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag',
    'Freitag', 'Samstag']},
  months: {shorthand: MONATE.map((m) => m.slice(0, 3)), longhand: MONATE},
  rangeSeparator: ' bis ',
  weekAbbreviation: 'KW'
};

function germanCalendars(root) {
  const scope = root && root.querySelectorAll ? root : document;
  scope.querySelectorAll('.fjs-container input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.fkifGerman) {
      picker.fkifGerman = true;
      picker.set('locale', Object.assign({}, picker.l10n, GERMAN_CALENDAR));
      picker.redraw();
    }
  });
}

if (speaksGerman()) {
  new MutationObserver(() => germanCalendars(document)).observe(document.body, {childList: true, subtree: true});
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateTree(mutation.target.parentElement);
      } else {
        mutation.addedNodes.forEach((node) => translateTree(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
      }
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
  translateTree(document.body);
}
