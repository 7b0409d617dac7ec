/*
 * Fachkraft im Fokus: forms with a dynamic list (Jour fixe: agenda, minutes) could not be completed
 * in Tasklist 7.24. form-js 1.8.7 reports the fields inside a list as `{"Field_20": []}`, after a
 * refused attempt per row as `{"Select_21": [null, null, ...]}` — keys without any error — and
 * Tasklist counts the keys (`Object.keys(errors).length`), so it treats the filled-in form as
 * invalid and keeps "Abschließen" disabled.
 *
 * This script, loaded through config.js (customScripts), finds the form-js instance of each rendered
 * Camunda Form and registers a 'changed' listener with a higher priority than Tasklist's, which
 * removes the empty entries before Tasklist looks at them. Real errors stay. The server checks every
 * input again in any case. It relies on Preact's internal `__k` (children of a vnode) to reach the
 * form instance: pinned to Camunda 7.24 / form-js 1.8.7, checked by JourFixeBrowserTest.
 */
const PATCHED = new WeakSet();

function formOf(container) {
  const seen = new Set();
  let found = null;
  const walk = (vnode, depth) => {
    if (!vnode || found || depth > 400 || seen.has(vnode)) {
      return;
    }
    seen.add(vnode);
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') {
      try {
        found = value.getService('form');
      } catch (e) {
        // not the form context
      }
      return;
    }
    (vnode.__k || []).forEach((child) => walk(child, depth + 1));
  };
  for (let node = container; node && !found; node = node.parentElement) {
    if (node.__k) {
      walk(node.__k, 0);
    }
  }
  return found;
}

/** No error in it: nothing, an empty list, or a list (per row) or object holding only such. */
function isEmpty(errors) {
  if (errors === null || errors === undefined) {
    return true;
  }
  if (Array.isArray(errors)) {
    return errors.every(isEmpty);
  }
  if (typeof errors === 'object') {
    return Object.values(errors).every(isEmpty);
  }
  return false;
}

function dropEmptyErrors(event) {
  const errors = event && event.errors;
  if (errors) {
    Object.keys(errors).forEach((key) => {
      if (isEmpty(errors[key])) {
        delete errors[key];
      }
    });
  }
}

function patch(container) {
  const form = formOf(container);
  if (form && !PATCHED.has(form) && typeof form.on === 'function') {
    PATCHED.add(form);
    form.on('changed', 2000, dropEmptyErrors);
  }
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-container').forEach(patch);
}).observe(document.body, {childList: true, subtree: true});
