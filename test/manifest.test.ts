import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { MIN_API_MINOR } from '../src/workbook/office/capabilities';
import { deployedManifest } from '../scripts/deployed-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const xml = readFileSync(`${root}manifest.xml`, 'utf8');
const m = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).OfficeApp;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function localAsset(url: string): string {
  const u = new URL(url);
  return `${root}${u.pathname.slice(1)}`;
}

describe('manifest.xml (checked offline)', () => {
  it('deployed (ADDIN_BASE_URL), names only the site: every URL and the AppDomain', () => {
    const deployed = deployedManifest(xml, 'https://ita.example.go.th/addin/');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain('<AppDomain>https://ita.example.go.th</AppDomain>');
    expect(deployed).toContain('<SourceLocation DefaultValue="https://ita.example.go.th/addin/taskpane.html"/>');
  });

  it('is an Excel task-pane add-in that reads and writes the document', () => {
    expect(m['@xsi:type']).toBe('TaskPaneApp');
    expect(m.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(m.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(m.Hosts.Host['@Name']).toBe('Workbook');
    expect(m.Permissions).toBe('ReadWriteDocument');
  });

  it('has Thai and English names and descriptions, Thai by default', () => {
    expect(m.DefaultLocale).toBe('th-TH');
    for (const key of ['DisplayName', 'Description']) {
      expect(m[key]['@DefaultValue']).toMatch(/[\u0E00-\u0E7F]/);
      expect(m[key].Override['@Locale']).toBe('en-US');
      expect(m[key].Override['@Value']).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it('declares the minimum ExcelApi set the code is written for', () => {
    expect(m.Requirements.Sets.Set).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': `1.${MIN_API_MINOR}` });
  });

  it('uses only https URLs, and the task pane page is what the build produces', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((x) => x[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);
    expect(m.DefaultSettings.SourceLocation['@DefaultValue']).toBe('https://localhost:3000/taskpane.html');
    expect(existsSync(`${root}dist/pane/taskpane.html`)).toBe(true);
  });

  it('points at icons in assets/ of the sizes Office asks for', () => {
    expect(pngSize(localAsset(m.IconUrl['@DefaultValue']))).toEqual([32, 32]);
    expect(pngSize(localAsset(m.HighResolutionIconUrl['@DefaultValue']))).toEqual([64, 64]);
    const images = m.VersionOverrides.Resources['bt:Images']['bt:Image'];
    const byId = new Map(images.map((i: Record<string, string>) => [i['@id'], i['@DefaultValue']]));
    const icon = m.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Icon['bt:Image'];
    expect(icon.map((i: Record<string, string>) => Number(i['@size']))).toEqual([16, 32, 80]);
    for (const i of icon) {
      const size = Number(i['@size']);
      expect(pngSize(localAsset(byId.get(i['@resid']) as string))).toEqual([size, size]);
    }
  });

  it('is read without complaint by office-addin-manifest', async () => {
    const info = await OfficeAddinManifest.readManifestFile(`${root}manifest.xml`);
    expect(info.id).toBe(m.Id);
    expect(info.permissions).toBe('ReadWriteDocument');
  });
});
