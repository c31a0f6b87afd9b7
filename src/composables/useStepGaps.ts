import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from '@/i18n'
import type { StepGap, StepStatus } from '@/domain'
import { useDomainTexts } from './useDomainTexts'

/** The steps whose page ends with a "what is still missing" list. */
type GapStep = 'flag' | 'strategize' | 'together'

/** For each gap of a step, the id of the element its link moves focus to. */
export type GapTargets<S extends GapStep> = Record<Extract<StepGap, `${S}-${string}`>, string>

const KEYS = {
  flag: {
    heading: 'flag.gaps.heading',
    doneHeading: 'flag.gaps.doneHeading',
    done: 'flag.gaps.done',
  },
  strategize: {
    heading: 'strategize.gaps.heading',
    doneHeading: 'strategize.gaps.doneHeading',
    done: 'strategize.gaps.done',
  },
  together: {
    heading: 'together.gaps.heading',
    doneHeading: 'together.gaps.doneHeading',
    done: 'together.gaps.done',
  },
} as const

/**
 * What a step still lacks, ready for `WizardStepGaps`: each gap of the step's status in words
 * with the id it links to, and the list's heading and "done" text in the UI language.
 */
export function useStepGaps<S extends GapStep>(
  step: S,
  statuses: MaybeRefOrGetter<readonly StepStatus[]>,
  targets: GapTargets<S>,
) {
  const { t } = useI18n()
  const texts = useDomainTexts()
  const keys = KEYS[step]
  const gaps = computed(() =>
    (toValue(statuses).find((s) => s.step === step)?.gaps ?? []).map((gap) => ({
      key: gap,
      text: texts.value.steps.gap[gap],
      targetId: targets[gap as keyof GapTargets<S>],
    })),
  )
  const heading = computed(() => t(gaps.value.length ? keys.heading : keys.doneHeading))
  const doneText = computed(() => t(keys.done))
  return { gaps, heading, doneText }
}
