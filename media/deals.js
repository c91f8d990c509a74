// The deals table's webview. It draws the rows the extension sends and reports what the user does:
// sort (header buttons), filter (the search box), open (click or Enter on a row), export. Sorting
// and filtering happen in the extension, so the table and an export always agree.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const COLUMNS = ['date', 'kind', 'parties', 'program', 'amount', 'status', 'release'];

  const tbody = /** @type {HTMLTableSectionElement} */ (document.querySelector('#deals tbody'));
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('filter'));
  const count = /** @type {HTMLElement} */ (document.getElementById('count'));
  const empty = /** @type {HTMLElement} */ (document.getElementById('empty'));
  const exportButton = /** @type {HTMLButtonElement} */ (document.getElementById('export'));
  const headers = /** @type {NodeListOf<HTMLTableCellElement>} */ (document.querySelectorAll('#deals th[data-column]'));

  let filterTimer = 0;
  let typing = false;

  for (const button of document.querySelectorAll('#deals th button.sort')) {
    button.addEventListener('click', () => {
      vscode.postMessage({ type: 'sort', column: /** @type {HTMLElement} */ (button).dataset.column });
    });
  }

  filter.addEventListener('input', () => {
    typing = true;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      typing = false;
      vscode.postMessage({ type: 'filter', text: filter.value });
    }, 120);
  });
  filter.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = tbody.querySelector('tr');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape' && filter.value) {
      filter.value = '';
      filter.dispatchEvent(new Event('input'));
    }
  });

  exportButton.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

  tbody.addEventListener('click', (e) => {
    const row = /** @type {HTMLElement} */ (e.target).closest('tr');
    if (row && row.dataset.key) vscode.postMessage({ type: 'open', key: row.dataset.key });
  });
  tbody.addEventListener('keydown', (e) => {
    const row = /** @type {HTMLElement} */ (e.target).closest('tr');
    if (!row) return;
    let next = null;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (row.dataset.key) vscode.postMessage({ type: 'open', key: row.dataset.key });
      return;
    } else if (e.key === 'ArrowDown') next = row.nextElementSibling;
    else if (e.key === 'ArrowUp') next = row.previousElementSibling ?? filter;
    else if (e.key === 'Home') next = tbody.firstElementChild;
    else if (e.key === 'End') next = tbody.lastElementChild;
    if (next) {
      e.preventDefault();
      /** @type {HTMLElement} */ (next).focus();
    }
  });

  /** @param {string} text @param {string} [title] @param {string} [className] */
  function cell(text, title, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (title && title !== text) td.title = title;
    if (className) td.className = className;
    return td;
  }

  /** @param {any} state */
  function render(state) {
    const focusedKey = /** @type {HTMLElement | null} */ (document.activeElement)?.closest?.('tr')?.dataset.key;
    const fragment = document.createDocumentFragment();
    for (const r of state.rows) {
      const tr = document.createElement('tr');
      tr.tabIndex = 0;
      tr.dataset.key = r.key;
      tr.title = `Open ${r.releaseTitle}`;
      tr.append(
        cell(r.date, undefined, 'date'),
        cell(r.kind, undefined, 'kind'),
        cell(r.parties, r.partiesTitle, 'parties'),
        cell(r.program, r.programTitle, 'program'),
        cell(r.amount, r.amountTitle, 'amount'),
      );
      const status = cell('', undefined, 'status');
      if (r.status) {
        const pill = document.createElement('span');
        pill.className = `pill ${r.status}`;
        pill.textContent = r.status;
        status.append(pill);
      }
      tr.append(status, cell(r.release, r.releaseTitle, 'release'));
      fragment.append(tr);
    }
    tbody.replaceChildren(fragment);
    if (focusedKey) {
      for (const tr of tbody.children) if (/** @type {HTMLElement} */ (tr).dataset.key === focusedKey) /** @type {HTMLElement} */ (tr).focus();
    }

    let ariaSort = 'none';
    for (const th of headers) {
      const sorted = th.dataset.column === state.sort.column;
      th.setAttribute('aria-sort', sorted ? state.sort.direction : 'none');
      if (sorted) ariaSort = state.sort.direction;
      const arrow = th.querySelector('.arrow');
      if (arrow) arrow.textContent = sorted ? (state.sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
    }

    if (!typing && filter.value !== state.filter) filter.value = state.filter;
    const n = state.rows.length;
    const releases = new Set(state.rows.map((/** @type {any} */ r) => r.releaseTitle.replace(/:\d+$/, ''))).size;
    const shown = state.filter ? `${n} of ${state.total} deals` : `${state.total} deal${state.total === 1 ? '' : 's'}`;
    count.textContent = `${shown} in ${releases} release${releases === 1 ? '' : 's'}${state.indexing ? ' (indexing…)' : ''}`;
    empty.hidden = n > 0;
    empty.textContent = state.total === 0 ? (state.indexing ? 'Reading releases…' : 'No deals or financings found in the releases of this workspace.') : 'No deal matches the filter.';
    exportButton.disabled = n === 0;

    const keys = state.rows.map((/** @type {any} */ r) => r.key);
    vscode.postMessage({ type: 'rendered', keys, column: state.sort.column, ariaSort });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'state' && Array.isArray(message.rows) && COLUMNS.includes(message.sort?.column)) render(message);
  });

  vscode.postMessage({ type: 'ready' });
})();
