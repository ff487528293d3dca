// A large host page for `npm run bench`: a patient banner, a message box, a 5,000-row table and a
// script that makes 300 batches of DOM changes (one per task), like a busy single-page clinical
// system. Fictional data only. It also holds messy text of the kind that once froze the name reader
// (issue 13): thousands of line breaks, spaces and digits beside the banner and in the journal
// (kept out of layout's way, so the page itself costs what it did). `window.churn()` runs the batches and resolves when they are done;
// long tasks are collected from page load in `window.__longTasks`.

export const ROWS = 5000;
export const BATCHES = 300;

export function largeHostPage() {
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const messy = i % 500 === 0 ? `<span style="display: none"> Name:${'\n'.repeat(1000)}${'0'.repeat(300)}</span>` : '';
    rows.push(`<tr><td>${i + 1}</td><td>2025-0${(i % 9) + 1}-1${i % 10}</td><td>Entry ${i}: blood pressure 12${i % 10}/8${i % 10}${messy}</td><td>Dr Demo</td></tr>`);
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Journal – large demo</title>
<style>
  table { table-layout: fixed; width: 100%; border-collapse: collapse; }
  td, th { overflow: hidden; white-space: nowrap; }
  /* Like real long journals, rows off screen are not laid out, so each batch costs what it would in a real system. */
  tbody tr { content-visibility: auto; contain-intrinsic-size: auto 20px; }
</style>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
</script>
</head>
<body>
<section id="patient-banner" data-patient aria-label="Patient banner">
  <p>Name: SMITH, Jane (Mrs)</p><p>NHS number: 943 476 5919</p><p>Born 14-Mar-1968</p><p>Mobile: 07700 900123</p>
</section>
<pre class="alerts" style="max-height: 3em; overflow: hidden">${'\n'.repeat(2500)}${' '.repeat(2000)}${'9'.repeat(2000)}${'\n \n'.repeat(500)}</pre>
<main>
  <label for="sms-text">Message</label><textarea id="sms-text"></textarea>
  <table id="journal"><thead><tr><th>#</th><th>Date</th><th>Entry</th><th>By</th></tr></thead><tbody>${rows.join('')}</tbody></table>
</main>
<aside id="toasts"></aside>
<script>
  // 300 batches, one task each: edit 20 cells, add and remove a row, and every 10th batch swap a
  // direct child of <body> (a toast), as single-page systems do.
  window.churn = () => new Promise((done) => {
    const body = document.querySelector('#journal tbody');
    let batch = 0;
    const step = () => {
      for (let k = 0; k < 20; k++) {
        const row = body.rows[(batch * 37 + k * 101) % body.rows.length];
        row.cells[2].textContent = 'Updated ' + batch + '.' + k;
      }
      const tr = document.createElement('tr');
      for (const text of [String(batch), '2025-10-01', 'New entry ' + batch, 'Dr Demo']) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
      body.prepend(tr);
      body.lastElementChild.remove();
      if (batch % 10 === 0) {
        document.getElementById('toast')?.remove();
        const toast = Object.assign(document.createElement('div'), { id: 'toast', textContent: 'Saved ' + batch });
        document.body.append(toast);
      }
      batch++;
      if (batch < ${BATCHES}) setTimeout(step, 0); else setTimeout(done, 300);
    };
    step();
  });
</script>
</body>
</html>`;
}
