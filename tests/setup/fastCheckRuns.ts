/**
 * The one setting for how many cases every fast-check property tries: FAST_CHECK_RUNS when
 * given, else 10,000 in CI (CI=true) and 100 locally, where the suite must stay quick.
 */
export function fastCheckRuns(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.FAST_CHECK_RUNS)
  if (Number.isInteger(asked) && asked > 0) return asked
  return env.CI ? 10_000 : 100
}
