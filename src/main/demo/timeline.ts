import { localIsoDate } from '../../shared/validators/isoDate'
import type { DemoCalendar } from './plan'

/**
 * The demo's last three months, replayed in order: each step is scheduled on a day (counted back
 * from today) and a part of that day, then all run oldest first, each stamped with a time in
 * office hours that day. So a claim's history reads like a biller's weeks, never out of order,
 * and the scrubber judges each step by the date it happened (timely filing, dates of service).
 */
export const PART = {
  /** Files from the clearinghouse (999, 277CA, 835) are read first thing. */
  remits: 0,
  visits: 1,
  billing: 2,
  followUp: 3,
  queue: 4,
  batch: 5,
  /** Claims put in the outbox after the day's batch went out. */
  outbox: 6,
} as const
export type DayPart = (typeof PART)[keyof typeof PART]

/** When a step happens: `at` stamps its history, `today` is the scrubber's date. */
export interface DemoMoment {
  at: string
  today: string
}

interface Step {
  ago: number
  part: DayPart
  order: number
  run: (moment: DemoMoment) => void
}

const OPENS_AT_HOUR = 9
const MINUTES_PER_PART = 60
const SECONDS_PER_STEP = 5

export class Timeline implements DemoCalendar {
  private readonly steps: Step[] = []

  constructor(private readonly now: Date) {}

  date(ago: number): string {
    return localIsoDate(this.day(ago, 12))
  }

  weekend(ago: number): boolean {
    const weekday = this.day(ago, 12).getDay()
    return weekday === 0 || weekday === 6
  }

  /** Schedules a step; days start at 1 (yesterday), so every stamp is in the past. */
  on(ago: number, part: DayPart, run: (moment: DemoMoment) => void): void {
    if (!Number.isInteger(ago) || ago < 1) throw new Error(`A demo step ${ago} days ago`)
    this.steps.push({ ago, part, order: this.steps.length, run })
  }

  /** Runs every scheduled step, oldest first. */
  run(): void {
    const ordered = [...this.steps].sort(
      (a, b) => b.ago - a.ago || a.part - b.part || a.order - b.order,
    )
    let group = ''
    let nth = 0
    for (const step of ordered) {
      const key = `${step.ago}:${step.part}`
      nth = key === group ? nth + 1 : 0
      group = key
      const at = new Date(
        this.day(step.ago, OPENS_AT_HOUR).getTime() +
          (step.part * MINUTES_PER_PART * 60 + nth * SECONDS_PER_STEP) * 1000,
      )
      step.run({ at: at.toISOString(), today: this.date(step.ago) })
    }
  }

  /** The local wall-clock `hour` of the day `ago` days before today (daylight saving safe). */
  private day(ago: number, hour: number): Date {
    const n = this.now
    return new Date(n.getFullYear(), n.getMonth(), n.getDate() - ago, hour)
  }
}
