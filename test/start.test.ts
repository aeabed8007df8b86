import { spawn } from 'node:child_process';
import { get } from 'node:https';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function fetchPane(): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get('https://localhost:3000/taskpane.html', { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')(
  'npm start without desktop Excel',
  () => {
    it('serves the pane over https, says how to sideload, and keeps serving', async () => {
      // Port 3000 must be free, or we would be testing some other server.
      expect(await fetchPane().catch(() => null)).toBeNull();
      const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, detached: true });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      try {
        let page: { status: number; body: string } | null = null;
        for (let i = 0; i < 120 && !page; i++) {
          await new Promise((r) => setTimeout(r, 1000));
          page = await fetchPane().catch(() => null);
          if (page && page.status !== 200) page = null;
        }
        expect(page?.body).toContain('<div id="root">');
        expect(out).toContain('https://localhost:3000/taskpane.html');
        expect(out).toContain('Upload My Add-in');
        expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(child.exitCode).toBeNull();
      } finally {
        process.kill(-child.pid!, 'SIGTERM');
      }
    }, 150_000);
  },
);
