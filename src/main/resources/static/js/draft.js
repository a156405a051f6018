// What a visitor typed into a form survives the trip to the sign-in page: the form is copied to sessionStorage
// (this tab only, gone when it closes) on every change, and put back when the page opens again.

/** The sign-in page, coming back here afterwards. */
export function signInHref() {
  return `/login?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/** Keeps form's named fields under key; restores them now (returns true when something was restored). */
export function keepDraft(form, key) {
  const save = () => {
    const fields = {};
    for (const el of form.elements) {
      if (!el.name || el.type === 'password' || el.type === 'hidden') continue;
      if (el.type === 'checkbox' || el.type === 'radio') {
        (fields[el.name] ??= []);
        if (el.checked) fields[el.name].push(el.value);
      } else {
        fields[el.name] = el.value;
      }
    }
    try { sessionStorage.setItem(key, JSON.stringify(fields)); } catch { /* storage full or off: nothing kept */ }
  };
  let restored = false;
  const saved = sessionStorage.getItem(key);
  if (saved) {
    const fields = JSON.parse(saved);
    for (const el of form.elements) {
      if (!el.name || !(el.name in fields)) continue;
      if (el.type === 'checkbox' || el.type === 'radio') el.checked = fields[el.name].includes(el.value);
      else el.value = fields[el.name];
      restored ||= Boolean(fields[el.name]?.length);
    }
  }
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  return restored;
}

export function dropDraft(key) {
  sessionStorage.removeItem(key);
}
