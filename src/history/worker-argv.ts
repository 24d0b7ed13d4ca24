/** The argument a history blob worker starts with (the bundle runs as the CLI or as a worker; see blob-scanner.ts). */
export const WORKER_ARGV = '--leakwarden-history-worker';
