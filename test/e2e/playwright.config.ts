import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 3199);
const dataDir = process.env['E2E_DATA_DIR'] ?? '/tmp/proprio-e2e';

/**
 * The real app (built dashboard + API) on its own embedded PostgreSQL in a throw-away folder, with the
 * demo clinic seeded, driven by Debian's Chromium. Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && mkdir -p ${dataDir} && chmod 755 ${dataDir} && node ../../apps/api/dist/apps/api/src/main.js`,
    url: `http://localhost:${port}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      PROPRIO_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port + 1000),
      PROPRIO_DEMO: 'true',
      NODE_ENV: 'production',
    },
  },
});
