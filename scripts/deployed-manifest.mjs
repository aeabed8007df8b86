// The manifest as deployed: every address of the development server replaced by the site's.
export const DEV_URL = 'https://localhost:3000/';

/** `xml` with the dev server's URLs pointed at `baseUrl`, and its bare origin (AppDomain) at the site's. */
export function deployedManifest(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return xml.replaceAll(DEV_URL, baseUrl).replaceAll(new URL(DEV_URL).origin, origin);
}
