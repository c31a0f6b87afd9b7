/**
 * The flags every headless Chromium of ours starts with, for the end-to-end tests and the bench
 * alike: no sandbox (we run as root), and none of Chromium's own traffic to other hosts, which
 * this machine's closed network would refuse.
 */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
]
