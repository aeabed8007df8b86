// Builds the task pane. `npm run build:pane` writes dist/pane; `npm start` serves it over https.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { DEV_URL, deployedManifest } from './scripts/deployed-manifest.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Trusted localhost certificates where office-addin-dev-certs can install them (Windows, macOS). */
async function httpsOptions() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return { type: 'https' };
  try {
    const devCerts = await import('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.default.getHttpsServerOptions() };
  } catch {
    return { type: 'https' };
  }
}

/** Emits sw.js with the list of every file the pane needs, so it opens offline once loaded. */
class ServiceWorkerPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ServiceWorkerPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ServiceWorkerPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const files = Object.keys(assets)
            .filter((n) => !/\.(LICENSE\.txt|map)$/.test(n) && n !== 'manifest.xml' && n !== 'sw.js')
            .sort();
          const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
          const source = readFileSync(`${root}src/taskpane/sw.template.js`, 'utf8')
            .replace('__VERSION__', version)
            .replace('__FILES__', JSON.stringify(files));
          compilation.emitAsset('sw.js', new webpack.sources.RawSource(source));
        },
      );
    });
  }
}

export default async (_env, argv) => {
  const dev = argv.mode !== 'production';
  // Production builds point the manifest at the deployed site: ADDIN_BASE_URL=https://… npm run build.
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'eval-source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: `${root}dist/pane`,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true } }],
    },
    performance: { hints: false },
    plugins: [
      new ServiceWorkerPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : deployedManifest(content.toString(), baseUrl)),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: await httpsOptions(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: false },
      open: false,
      host: 'localhost',
    },
  };
};
