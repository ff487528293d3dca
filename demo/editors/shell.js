// Shared by the editor demo pages: each page holds a real editor (built from its npm package by
// scripts/build-demo.mjs) and a Send button that reads the message from the editor's own API, the
// way the host system would send it. What Send shows is what the editor's model holds.

/** Wire the page's Send button to `read()` (the editor's API) and expose the editor for tests. */
export function ready(name, read, extra = {}) {
  const sent = document.getElementById('sent');
  document.getElementById('send').addEventListener('click', () => {
    sent.textContent = read();
  });
  // Tests and people poking at the demo can read the model too (window.demoEditor.read()).
  window.demoEditor = { name, read, ...extra };
  document.body.dataset.editorReady = name;
}
