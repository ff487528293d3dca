// A tiny stand-in for a framework such as React, so the demo behaves like real web apps:
// state changes only through input events, every render writes state back into the fields,
// and a field's value tracker ignores changes made without an input event (as React's does).

/** Make `el` a controlled field whose value lives in `get()`/`set()`. */
export function controlled(el, get, set) {
  const proto = Object.getPrototypeOf(el);
  const desc = Object.getOwnPropertyDescriptor(proto, 'value');
  let tracked = desc.get.call(el);
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return desc.get.call(this);
    },
    set(v) {
      tracked = String(v);
      desc.set.call(this, v);
    },
  });
  el.addEventListener('input', () => {
    const v = desc.get.call(el);
    if (v === tracked) return; // a value set directly, with no real edit: the framework never sees it
    tracked = v;
    set(v);
  });
  return () => {
    if (el.value !== get()) el.value = get();
  };
}

/** Replace the children of `parent` with elements built from [tag, attrs, ...children] arrays. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v !== false && v != null) el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}
