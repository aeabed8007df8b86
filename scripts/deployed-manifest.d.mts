export declare const DEV_URL: string;
export declare function deployedManifest(xml: string, baseUrl: string): string;
