/** The `vite preview` server of the bench's build (killed on exit, also on errors and Ctrl-C) and child processes. */
import { execFile, spawn, type ChildProcess, type ExecFileException } from 'node:child_process'
import type { ExecFileOptions } from 'node:child_process'
import { BASE, DIST, PORT, ROOT } from './config'

let server: ChildProcess | null = null

/** The preview server's process id, once started. */
export const serverPid = () => server?.pid

export function stopServer() {
  if (!server || server.exitCode !== null) return
  try {
    process.kill(-Number(server.pid), 'SIGTERM') // the whole group: npx and the vite node process
  } catch {
    try {
      server.kill('SIGTERM')
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer()
    process.exit(130)
  })
}

export async function startServer() {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIST,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server = child
  // Ready when vite prints the address it listens on; it exits at once when the port is taken.
  let output = ''
  await new Promise<void>((resolveReady, rejectReady) => {
    const timer = setTimeout(
      () => rejectReady(new Error(`vite preview did not start on ${BASE}: ${output.trim()}`)),
      30_000,
    )
    const onData = (d: Buffer) => {
      output += String(d)
      if (output.includes(BASE)) {
        clearTimeout(timer)
        resolveReady()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', () => {
      clearTimeout(timer)
      rejectReady(new Error(`vite preview exited: ${output.trim()}`))
    })
  })
  const response = await fetch(BASE + '/')
  if (!response.ok) throw new Error(`vite preview answered ${response.status} on ${BASE}/`)
}

/** Runs a command to its end; never rejects (the error, if any, is in the answer). */
export function run(
  cmd: string,
  args: string[],
  options: ExecFileOptions,
): Promise<{ error: ExecFileException | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) =>
      resolvePromise({ error, stdout: String(stdout), stderr: String(stderr) }),
    )
  })
}
