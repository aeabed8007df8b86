// `npm start`: on Windows or macOS with desktop Excel, sideload the add-in the usual office-addin way;
// elsewhere (Linux) serve the task pane over https and say how to sideload it into Excel on the web.
import { spawn, spawnSync } from 'node:child_process';

const PORT = 3000;
const URL = `https://localhost:${PORT}/taskpane.html`;
const win = process.platform === 'win32';

function serve() {
  console.log(`
ITA add-in: serving the task pane at ${URL}

Excel on the web (any OS):
  1. Open ${URL} in your browser once and accept the development certificate.
  2. In Excel on the web: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,
     and choose manifest.xml from this folder.
  3. The "ตรวจตาราง ITA" button appears on the Home tab.
Without Excel, the same page opens .xlsx files directly: ${URL}

Press Ctrl+C to stop.
`);
  const child = spawn('npx', ['webpack', 'serve', '--mode', 'development'], { stdio: 'inherit', shell: win });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  const r = spawnSync(
    'npx',
    [
      'office-addin-debugging',
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      '"npm run dev-server"',
      '--dev-server-port',
      String(PORT),
    ],
    { stdio: 'inherit', shell: true },
  );
  if (r.status === 0) process.exit(0);
  console.log('Desktop Excel could not be started for sideloading; serving for Excel on the web instead.');
}
serve();
