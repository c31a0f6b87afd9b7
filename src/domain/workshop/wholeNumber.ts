/**
 * A whole number within bounds, as a zod/mini schema built only from what the first load's zod
 * chunk already holds. `z.int()` with `z.minimum`/`z.maximum` would add about 700 B gzip to that
 * shared chunk (measured with `vite build`): every zod feature any lazy screen uses is bundled
 * into it.
 */
import * as z from 'zod/mini'

export const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .unknown()
    .check(
      z.refine(
        (value) =>
          typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
      ),
    ) as unknown as z.ZodMiniType<number, number>
