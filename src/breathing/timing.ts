import type { Step, StepKind } from './patterns.ts';

/** "Klaar? 3-2-1" before the first inhale. */
export const LEAD_IN_MS = 3000;

export interface Phase {
  kind: 'lead-in' | StepKind | 'done';
  /** Phases since Start (lead-in is 0, done is -1): it changes exactly when the phase changes. */
  count: number;
  /** Which of the pattern's (non-empty) steps this is, for the step indicator; -1 outside a breath. */
  step: number;
  startMs: number;
  endMs: number;
  /** How full the lungs are at the start and at the end of the phase, 0–1: the shape's size. */
  from: number;
  to: number;
}

const ms = (seconds: number) => Math.round(seconds * 1000);

/** Holds switched off become zero-length steps, which every function here skips. */
export function withHolds(steps: readonly Step[], holds: boolean): readonly Step[] {
  return holds ? steps : steps.map((step) => (step.kind === 'hold' ? { ...step, seconds: 0 } : step));
}

export const activeSteps = (steps: readonly Step[]) => steps.filter(({ seconds }) => seconds > 0);

const cycleMs = (steps: readonly Step[]) => steps.reduce((sum, { seconds }) => sum + ms(seconds), 0);

/**
 * When the session ends: after the exhale of the breath that reaches the chosen length, so it never
 * stops halfway a breath (a hold after the last exhale is left out).
 */
export function sessionEndMs(steps: readonly Step[], minutes: number): number {
  const cycle = cycleMs(steps);
  let time = 0;
  let lastExhaleEnd = 0;
  for (const { kind, seconds } of steps) {
    time += ms(seconds);
    if (kind === 'out') lastExhaleEnd = time;
  }
  return LEAD_IN_MS + (Math.max(1, Math.ceil((minutes * 60_000) / cycle)) - 1) * cycle + lastExhaleEnd;
}

/** The phase at a moment of the session: a pure function of the steps and the elapsed time. */
export function phaseAt(steps: readonly Step[], endMs: number, elapsed: number): Phase {
  if (elapsed < LEAD_IN_MS)
    return { kind: 'lead-in', count: 0, step: -1, startMs: 0, endMs: LEAD_IN_MS, from: 0, to: 0 };
  if (elapsed >= endMs)
    return { kind: 'done', count: -1, step: -1, startMs: endMs, endMs: Infinity, from: 0, to: 0 };
  const active = activeSteps(steps);
  const cycle = cycleMs(active);
  const inhaled = active.reduce(
    (sum, { kind, seconds }) => sum + (kind === 'in' || kind === 'more' ? seconds : 0),
    0,
  );
  const exhaled = active.reduce((sum, { kind, seconds }) => sum + (kind === 'out' ? seconds : 0), 0);
  const breath = Math.floor((elapsed - LEAD_IN_MS) / cycle);
  let startMs = LEAD_IN_MS + breath * cycle;
  let from = 0;
  // `elapsed` lies within this breath, so one of its steps is the phase.
  for (let step = 0; ; step++) {
    const { kind, seconds } = active[step]!;
    const to = kind === 'out' ? from - seconds / exhaled : kind === 'hold' ? from : from + seconds / inhaled;
    const phaseEnd = startMs + ms(seconds);
    if (elapsed < phaseEnd)
      return { kind, count: 1 + breath * active.length + step, step, startMs, endMs: phaseEnd, from, to };
    startMs = phaseEnd;
    from = to;
  }
}

/** How full the lungs are at `elapsed`, for freezing the shape where it is when the reader pauses. */
export function fillAt(phase: Phase, elapsed: number): number {
  const progress = Math.min(1, Math.max(0, (elapsed - phase.startMs) / (phase.endMs - phase.startMs)));
  return phase.from + (phase.to - phase.from) * progress;
}

/** Time as a clock shows it, in whole seconds rounded up: 272_400 ms is "4:33". */
export function clockTime(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Why a pattern is not gentle or not possible; empty when it is fine. Keeps the library honest. */
export function timingErrors(steps: readonly Step[]): string[] {
  const errors: string[] = [];
  const total = (kinds: StepKind[]) =>
    steps.reduce((sum, { kind, seconds }) => sum + (kinds.includes(kind) ? seconds : 0), 0);
  if (steps[0]?.kind !== 'in') errors.push('a pattern starts with an inhale');
  if (!steps.some(({ kind }) => kind === 'out')) errors.push('a pattern needs an exhale');
  for (const [index, { kind, seconds }] of steps.entries()) {
    if (!Number.isFinite(seconds) || seconds < 0 || seconds * 2 !== Math.round(seconds * 2))
      errors.push(`step ${index + 1}: ${seconds} s is not a whole number of half seconds`);
    else if (kind === 'hold' ? seconds > 4 : seconds < 0.5 || seconds > 10)
      errors.push(
        `step ${index + 1}: ${seconds} s is too ${kind === 'hold' || seconds > 10 ? 'long' : 'short'}`,
      );
    if (kind === 'more' && !['in', 'more'].includes(steps[index - 1]?.kind ?? ''))
      errors.push(`step ${index + 1}: a second inhale follows an inhale`);
  }
  if (cycleMs(steps) < 6000)
    errors.push('a breath shorter than 6 s is too fast (at most 10 breaths a minute)');
  if (total(['out']) < total(['in', 'more'])) errors.push('the exhale may not be shorter than the inhale');
  return errors;
}
