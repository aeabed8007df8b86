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
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel ? excelHost() : browserHost()));
} else {
  render(browserHost());
}
