/**
 * The script `vplan serve` adds to the page it serves (never to built files). Served from its own
 * URL rather than inline, so the page's Content-Security-Policy only needs `script-src 'self'`;
 * it styles the overlay through the CSSOM (element.style), which no style-src rule blocks.
 * Plain ES2017 in a string: it runs in the browser as written, without a bundler.
 */
export const CLIENT_PATH = '/__vplan/client.js'
export const EVENTS_PATH = '/__vplan/events'

export const LIVE_RELOAD_CLIENT = `// vplan serve: reloads the page after a rebuild, shows build errors over the last good page.
(() => {
  'use strict';
  const served = Number(document.currentScript && document.currentScript.dataset.vplanVersion);
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let overlay = null;
  // The same errors again (another save of the still-broken file) do not reopen a closed overlay.
  let shown = '';
  let dismissed = '';

  events.addEventListener('html', (event) => {
    if (JSON.parse(event.data).version !== served) location.reload();
  });
  events.addEventListener('problems', (event) => {
    const { diagnostics } = JSON.parse(event.data);
    if (diagnostics.length === 0) return hide();
    if (event.data !== dismissed) show(diagnostics, event.data);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  function show(diagnostics, key) {
    hide();
    shown = key;
    overlay = element('div', { id: 'vplan-overlay', role: 'alert' }, {
      position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', maxHeight: '60vh',
      overflow: 'auto', margin: '0', padding: '1rem 1.25rem', background: '#ffffff', color: '#1b1f24',
      borderTop: '6px solid #b00020', boxShadow: '0 -4px 16px rgba(0,0,0,0.25)',
      font: '1rem/1.5 system-ui, sans-serif', textAlign: 'left',
    });
    const title = element('p', {}, { margin: '0 0 0.5rem', fontWeight: '700', color: '#8a0018' });
    title.textContent = 'Planen kunde inte byggas. Sidan visar den senaste versionen som gick att bygga.';
    const list = element('ul', {}, { margin: '0 0 0.75rem', padding: '0 0 0 1.25rem' });
    for (const d of diagnostics) {
      const item = element('li', {}, { margin: '0.25rem 0' });
      const where = element('code', {}, { fontWeight: '700', overflowWrap: 'anywhere' });
      where.textContent = d.file + ':' + d.line + ':' + d.column;
      item.append(where, ': ' + d.message + ' [' + d.ruleId + ']');
      list.append(item);
    }
    const close = element('button', { type: 'button' }, {
      font: 'inherit', padding: '0.35rem 0.9rem', color: '#ffffff', background: '#1f4e79',
      border: '2px solid #1f4e79', borderRadius: '4px', cursor: 'pointer',
    });
    close.textContent = 'Stäng';
    close.addEventListener('click', dismiss);
    overlay.append(title, list, close);
    document.body.append(overlay);
  }

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function dismiss() {
    if (overlay) dismissed = shown;
    hide();
  }

  function element(name, attributes, style) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    Object.assign(node.style, style);
    return node;
  }
})();
`
