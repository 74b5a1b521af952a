// E2E_PORT lets several checkouts run their tests and benchmarks side by side.
export const PORT = Number(process.env.E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Serves the production build in dist/, from the project root. */
export const PREVIEW_COMMAND = `npx astro preview --host 127.0.0.1 --port ${PORT}`;
