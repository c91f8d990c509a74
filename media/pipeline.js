// @ts-check
// The Pipeline chart's webview: shows the SVG the extension lays out, and adds what needs a page:
// keyboard navigation (one tab stop, arrow keys between rows and marks), clicks, the theme's colours,
// the panel's width, and drawing a PNG from the SVG. Plain browser code, no framework.
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  /** @type {{ focusedKey?: string, scrollTop?: number, scrollLeft?: number }} */
  const saved = vscode.getState() || {};
  const scroller = /** @type {HTMLElement} */ (document.getElementById('scroller'));
  const header = /** @type {HTMLElement} */ (document.getElementById('chart-header'));
  const body = /** @type {HTMLElement} */ (document.getElementById('chart-body'));
  const empty = /** @type {HTMLElement} */ (document.getElementById('empty'));
  const help = /** @type {HTMLElement} */ (document.getElementById('help'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  // The element in the tab order, by what it shows (its data-key), so it survives updates that move rows.
  let currentKey = saved.focusedKey || '';
  let firstRender = true;

  const post = (message) => vscode.postMessage(message);
  const remember = () => vscode.setState({ focusedKey: currentKey, scrollTop: scroller.scrollTop, scrollLeft: scroller.scrollLeft });

  // Colours as the page resolves them (the canvas normalises any CSS colour to #rrggbb or rgba()).
  const probe = document.createElement('canvas').getContext('2d');
  /** @param {string} name */
  function cssColor(name) {
    const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    if (!value || !probe) return undefined;
    probe.fillStyle = '#000000';
    probe.fillStyle = value;
    return String(probe.fillStyle);
  }
  function themeKind() {
    const kind = document.body.getAttribute('data-vscode-theme-kind') || '';
    if (kind === 'vscode-high-contrast-light' || document.body.classList.contains('vscode-high-contrast-light')) return 'high-contrast-light';
    if (kind === 'vscode-high-contrast' || document.body.classList.contains('vscode-high-contrast')) return 'high-contrast';
    if (kind === 'vscode-light' || document.body.classList.contains('vscode-light')) return 'light';
    return 'dark';
  }
  function readTheme() {
    const kind = themeKind();
    const highContrast = kind.startsWith('high-contrast');
    const fontSize = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--vscode-font-size')) || 13;
    const fontFamily = getComputedStyle(document.documentElement).getPropertyValue('--vscode-font-family').trim().replace(/[^\w\s,'".-]/g, '');
    const theme = {
      kind,
      background: cssColor('--vscode-editor-background'),
      foreground: cssColor('--vscode-editor-foreground') || cssColor('--vscode-foreground'),
      muted: cssColor('--vscode-descriptionForeground'),
      grid: highContrast ? cssColor('--vscode-contrastBorder') : cssColor('--vscode-editorWidget-border') || cssColor('--vscode-panel-border'),
      border: highContrast ? cssColor('--vscode-contrastBorder') : undefined,
      fontFamily: fontFamily || undefined,
      fontSize: Math.min(32, Math.max(8, fontSize)),
      marks: {
        ind: cssColor('--vscode-charts-purple'),
        'first-patient': cssColor('--vscode-charts-blue'),
        data: cssColor('--vscode-charts-green'),
        regulatory: cssColor('--vscode-charts-red'),
        deal: highContrast ? cssColor('--vscode-charts-yellow') : cssColor('--vscode-charts-orange'),
      },
    };
    return JSON.parse(JSON.stringify(theme)); // drops the undefined entries
  }
  const chartWidth = () => scroller.clientWidth;

  /** Every focusable element of the chart, rows and marks, in document order. */
  const items = () => /** @type {SVGGElement[]} */ ([...body.querySelectorAll('[data-id]')]);
  const rows = () => /** @type {SVGGElement[]} */ ([...body.querySelectorAll('.row')]);
  /** @param {number} row */
  const marksOf = (row) => /** @type {SVGGElement[]} */ ([...body.querySelectorAll(`.mark[data-row="${row}"]`)]);
  /** @param {Element} el */
  const rowOf = (el) => Number(el.getAttribute('data-row'));
  /** @param {Element} el */
  const centreX = (el) => {
    const r = el.getBoundingClientRect();
    return r.left + r.width / 2;
  };

  /** Roving tab index: exactly one chart element is in the tab order. */
  function setCurrent(el, focus) {
    for (const other of items()) other.setAttribute('tabindex', other === el ? '0' : '-1');
    currentKey = el.getAttribute('data-key') || '';
    if (focus) {
      el.focus({ preventScroll: true });
      revealUnderHeader(el);
    }
    remember();
  }

  /** Scrolls an element into view below the sticky header. */
  function revealUnderHeader(el) {
    const box = el.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const top = view.top + header.offsetHeight;
    if (box.top < top) scroller.scrollTop -= top - box.top + 4;
    else if (box.bottom > view.bottom) scroller.scrollTop += box.bottom - view.bottom + 4;
    if (box.left < view.left) scroller.scrollLeft -= view.left - box.left + 4;
    else if (box.right > view.right) scroller.scrollLeft += box.right - view.right + 4;
  }

  /** @param {Element} el */
  function open(el) {
    post({ type: 'open', id: el.getAttribute('data-id') });
  }

  /** The element to move to from `el` for a key, or undefined. */
  function target(el, key, ctrl) {
    const allRows = rows();
    if (allRows.length === 0) return undefined;
    const isMark = el.classList.contains('mark');
    const row = rowOf(el);
    const marks = marksOf(row);
    const index = isMark ? marks.indexOf(/** @type {SVGGElement} */ (el)) : -1;
    const toRow = (r) => {
      const clamped = Math.max(0, Math.min(allRows.length - 1, r));
      if (!isMark) return allRows[clamped];
      // From a mark, stay among marks: the nearest one across in the other row, else that row.
      const across = marksOf(clamped);
      if (across.length === 0) return allRows[clamped];
      const x = centreX(el);
      return across.reduce((best, m) => (Math.abs(centreX(m) - x) < Math.abs(centreX(best) - x) ? m : best));
    };
    switch (key) {
      case 'ArrowDown':
        return toRow(row + 1);
      case 'ArrowUp':
        return toRow(row - 1);
      case 'PageDown':
        return toRow(row + 10);
      case 'PageUp':
        return toRow(row - 10);
      case 'ArrowRight':
        return isMark ? marks[Math.min(marks.length - 1, index + 1)] : marks[0];
      case 'ArrowLeft':
        return isMark ? (index > 0 ? marks[index - 1] : allRows[row]) : undefined;
      case 'Home':
        return ctrl || !isMark ? allRows[0] : marks[0];
      case 'End':
        return ctrl || !isMark ? allRows[allRows.length - 1] : marks[marks.length - 1];
      default:
        return undefined;
    }
  }

  body.addEventListener('keydown', (e) => {
    const el = /** @type {Element} */ (e.target).closest('[data-id]');
    if (!el) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(el);
      return;
    }
    const next = target(el, e.key, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      setCurrent(next, true);
    }
  });
  body.addEventListener('click', (e) => {
    const el = /** @type {Element} */ (e.target).closest('[data-id]');
    if (!el) return;
    setCurrent(el, true);
    open(el);
  });
  body.addEventListener('focusin', (e) => {
    const el = /** @type {Element} */ (e.target).closest('[data-id]');
    if (el && el.getAttribute('data-key') !== currentKey) setCurrent(el, false);
  });

  for (const button of document.querySelectorAll('[data-color-by]')) {
    button.addEventListener('click', () => post({ type: 'colorBy', value: button.getAttribute('data-color-by') }));
  }
  document.getElementById('save-svg')?.addEventListener('click', () => post({ type: 'save', format: 'svg' }));
  document.getElementById('save-png')?.addEventListener('click', () => post({ type: 'save', format: 'png' }));
  document.getElementById('rescan')?.addEventListener('click', () => post({ type: 'rescan' }));

  /** Shows a new chart, keeping the scroll position and the element with focus. */
  function render(message) {
    const hadFocus = body.contains(document.activeElement);
    const top = firstRender ? saved.scrollTop || 0 : scroller.scrollTop;
    const left = firstRender ? saved.scrollLeft || 0 : scroller.scrollLeft;
    // The markup is built by the extension from the index, every text escaped (core/pipelineChart.ts).
    header.innerHTML = message.empty ? '' : message.header;
    body.innerHTML = message.empty ? '' : message.body;
    empty.hidden = !message.empty;
    help.hidden = !!message.empty;
    status.textContent = message.status;
    for (const button of document.querySelectorAll('[data-color-by]')) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-color-by') === message.colorBy));
    }
    scroller.scrollTop = top;
    scroller.scrollLeft = left;
    const all = items();
    if (all.length) {
      const keep = all.find((el) => el.getAttribute('data-key') === currentKey) || all[0];
      setCurrent(keep, hadFocus);
    }
    firstRender = false;
    post({ type: 'rendered', version: message.version, rows: rows().length, marks: body.querySelectorAll('.mark').length });
  }

  /** Draws the SVG on a canvas and posts the PNG bytes back. */
  async function exportPng(message) {
    try {
      const url = URL.createObjectURL(new Blob([message.svg], { type: 'image/svg+xml' }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(image.naturalWidth * message.scale);
        canvas.height = Math.round(image.naturalHeight * message.scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.scale(message.scale, message.scale);
        context.drawImage(image, 0, 0);
        const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
        if (!blob) throw new Error('the canvas gave no image');
        post({ type: 'png', requestId: message.requestId, data: new Uint8Array(await blob.arrayBuffer()) });
      } finally {
        URL.revokeObjectURL(url);
      }
    } catch (e) {
      post({ type: 'png', requestId: message.requestId, error: String(e && e.message ? e.message : e).slice(0, 400) });
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'render') render(message);
    else if (message.type === 'exportPng') void exportPng(message);
  });

  // The width and the theme decide the layout: tell the extension when they change.
  let resizeTimer = 0;
  let lastWidth = chartWidth();
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (chartWidth() !== lastWidth) {
        lastWidth = chartWidth();
        post({ type: 'resize', width: lastWidth });
      }
    }, 120);
  }).observe(scroller);
  // A theme change sets the body's classes and the --vscode-* variables on the root element.
  let themeTimer = 0;
  const themeChanged = new MutationObserver(() => {
    clearTimeout(themeTimer);
    themeTimer = setTimeout(() => post({ type: 'theme', theme: readTheme() }), 60);
  });
  themeChanged.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
  themeChanged.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  scroller.addEventListener('scroll', () => remember(), { passive: true });

  post({ type: 'ready', width: chartWidth(), theme: readTheme() });
})();
