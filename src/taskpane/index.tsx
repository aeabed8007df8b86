import { createRoot } from 'react-dom/client';
import type { Host } from '../workbook/port';
import { App } from './App';
import { browserHost, excelHost } from './host';

function render(host: Host) {
  const el = document.getElementById('root');
  if (el) createRoot(el).render(<App host={host} />);
}

// Inside Excel, office.js (from Microsoft's CDN) reports the host; in a plain browser it is either
// absent (offline) or reports no host, and the pane works on files instead.
/** Outside Office, keep the pane's own files so it opens again without a network. */
function keepForOffline() {
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol))
    navigator.serviceWorker.register('sw.js').catch(() => {
      /* no offline copy, the pane still works online */
    });
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    if (!inExcel) keepForOffline();
    render(inExcel ? excelHost() : browserHost());
  });
} else {
  keepForOffline();
  render(browserHost());
}
