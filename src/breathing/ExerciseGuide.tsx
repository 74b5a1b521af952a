import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { exerciseGuideText as text } from '../i18n/nl-exercise-guide.ts';
import { createClock } from './clock.ts';
import { exerciseLink, linkedPattern } from './links.ts';
import { hasHolds, maxMinutes, PATTERN_IDS, patterns, type PatternId, type Step } from './patterns.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';
import { tone } from './sound.ts';
import { activeSteps, fillAt, phaseAt, sessionEndMs, withHolds, type Phase } from './timing.ts';

/** Plain JSON: the server renders the guide with these and the browser hydrates it with the same. */
export interface Props {
  pattern: PatternId;
  minutes: number;
  /** Set in an article: the share link then opens the article, and the guide reads its query. */
  articleUrl?: string;
}

/** The exercise that is running on this page: starting another one pauses it. */
let running: { pause(): void } | undefined;

const scale = (fill: number) => `scale(${0.4 + 0.6 * fill})`;
const isInhale = (kind?: string) => kind === 'in' || kind === 'more';

/**
 * Stores `settings` when given, and returns what is stored. localStorage may be off or full: then
 * this returns null and the settings last for this page only.
 */
function storage(settings?: Settings): string | null {
  try {
    if (settings) localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null;
  }
}

export default function ExerciseGuide({ pattern, minutes, articleUrl }: Props) {
  const patternId = useSignal<string>(pattern);
  const settings = useSignal(DEFAULT_SETTINGS);
  const status = useSignal<'idle' | 'running' | 'paused'>('idle');
  const canVibrate = useSignal(false);
  const phase = useSignal<Phase | undefined>(undefined);
  const countdown = useSignal('');
  const session = useRef({
    clock: createClock(() => performance.now()),
    timer: 0,
    steps: [] as readonly Step[],
    endMs: 0,
    audio: undefined as AudioContext | undefined,
    nextTone: undefined as OscillatorNode | undefined,
    halt() {
      clearTimeout(session.timer);
      session.clock.pause();
      session.nextTone?.stop();
      if (running === session) running = undefined;
    },
    pause() {
      session.halt();
      status.value = 'paused';
    },
  }).current;

  const current = patterns.find(({ id }) => id === patternId.value) ?? patterns[0]!;
  const { holds, sound, calm } = settings.value;
  // A pattern studied for short sessions only offers short sessions.
  const longest = maxMinutes(current);
  const chosenMinutes = Math.min(settings.value.minutes ?? minutes, longest);
  const steps = withHolds(current.steps, holds);
  const link = exerciseLink(current.id, articleUrl);

  // The next phase's tone is scheduled now, on the audio clock, for the moment that phase begins.
  const scheduleTone = (now: Phase, elapsed: number) => {
    const next = phaseAt(session.steps, session.endMs, now.endMs);
    const { audio } = session;
    if (settings.value.sound && audio && next.kind !== 'hold' && next.kind !== 'done')
      session.nextTone = tone(audio, audio.currentTime + (now.endMs - elapsed) / 1000, isInhale(next.kind));
  };

  // Runs on phase changes and once a second; everything is derived from the clock, nothing counted.
  const tick = (resumed?: boolean) => {
    const elapsed = session.clock.elapsed();
    const now = phaseAt(session.steps, session.endMs, elapsed);
    const changed = now.count !== phase.value?.count;
    if (changed) {
      phase.value = now;
      if (settings.value.vibration && (isInhale(now.kind) || now.kind === 'out'))
        navigator.vibrate?.(isInhale(now.kind) ? 200 : [150, 100, 150]);
    }
    if (changed || resumed) scheduleTone(now, elapsed);
    countdown.value = now.kind === 'done' ? '' : String(Math.ceil((now.endMs - elapsed) / 1000));
    if (now.kind === 'done') {
      session.halt();
      status.value = 'idle';
    } else session.timer = window.setTimeout(tick, (now.endMs - elapsed) % 1000 || 1000);
  };

  const start = () => {
    if (running !== session) running?.pause();
    running = session;
    if (status.value === 'idle') {
      session.clock.reset();
      session.steps = steps;
      session.endMs = sessionEndMs(steps, chosenMinutes);
      phase.value = undefined;
    }
    if (sound) session.audio ??= new AudioContext();
    session.clock.run();
    status.value = 'running';
    tick(true);
  };

  const stop = () => {
    session.halt();
    phase.value = undefined;
    countdown.value = '';
    status.value = 'idle';
  };

  const change = (patch: Partial<Settings>) => {
    settings.value = { ...settings.value, ...patch };
    storage(settings.value);
    if (settings.value.sound) session.audio ??= new AudioContext();
    if ('minutes' in patch || 'holds' in patch) stop();
  };

  // A layout effect: the stored settings apply before the hydrated exercise is first painted.
  useLayoutEffect(() => {
    settings.value = parseSettings(storage());
    canVibrate.value = 'vibrate' in navigator;
    if (articleUrl) patternId.value = linkedPattern(location.search, PATTERN_IDS) ?? pattern;
    // A hidden tab pauses; the reader resumes when they are back. The guide lives as long as the page.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden' && running === session) session.pause();
    });
  }, []);

  const now = phase.value;
  const elapsed = session.clock.elapsed();
  const shape =
    now && now.kind !== 'done'
      ? status.value === 'running'
        ? { transform: scale(now.to), transitionDuration: `${now.endMs - elapsed}ms` }
        : { transform: scale(fillAt(now, elapsed)), transitionDuration: '0s' }
      : undefined;

  return (
    <div class="guide" onKeyDown={(event) => event.key === 'Escape' && status.value !== 'idle' && stop()}>
      <div class="guide__about">
        {patterns.flatMap(({ id, name, steps: own }) =>
          (hasHolds(own) ? [true, false] : [true]).map((withHold) => (
            <div
              key={id + withHold}
              class={id === current.id && withHold === (holds || !hasHolds(own)) ? 'is-shown' : undefined}
            >
              <p class="guide__name">{name}</p>
              <p>{text.timing(withHolds(own, withHold))}</p>
              {text.cautions[id] && <p>{text.cautions[id]}</p>}
            </div>
          )),
        )}
      </div>
      <div class={calm ? 'guide__visual is-calm' : 'guide__visual'} aria-hidden="true">
        <div class="guide__shape" style={shape} />
        <ol class="guide__steps">
          {activeSteps(steps).map(({ kind }, index) => (
            <li class={now?.step === index ? 'is-now' : undefined}>{text[kind]}</li>
          ))}
        </ol>
        <p class="guide__label">
          {status.value === 'paused' ? text.paused : now ? text[now.kind] : text.idle}
        </p>
        <p class="guide__count">{countdown}</p>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {now ? text[now.kind] : ''}
      </p>
      <div class="guide__controls">
        <button type="button" onClick={status.value === 'running' ? session.pause : start}>
          {status.value === 'running' ? text.pause : status.value === 'paused' ? text.resume : text.start}
        </button>
        <button type="button" onClick={stop} aria-disabled={status.value === 'idle'}>
          {text.stop}
        </button>
      </div>
      <details class="guide__settings">
        <summary>{text.settings}</summary>
        <label>
          {text.pattern}
          <select
            aria-label={text.pattern}
            value={current.id}
            onChange={(event) => {
              stop();
              patternId.value = event.currentTarget.value;
            }}
          >
            {patterns.map(({ id, name }) => (
              <option value={id}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          {text.minutes}
          <select
            aria-label={text.minutes}
            value={chosenMinutes}
            onChange={(event) => change({ minutes: Number(event.currentTarget.value) })}
          >
            {Array.from({ length: longest }, (_, i) => i + 1).map((n) => (
              <option value={n}>{n}</option>
            ))}
          </select>
        </label>
        {(['holds', 'sound', 'vibration', 'calm'] as const)
          .filter((key) =>
            key === 'holds' ? hasHolds(current.steps) : key !== 'vibration' || canVibrate.value,
          )
          .map((key) => (
            <label>
              <input
                type="checkbox"
                checked={settings.value[key]}
                onChange={(event) => change({ [key]: event.currentTarget.checked })}
              />
              {text[key]}
            </label>
          ))}
      </details>
      <p class="guide__share">
        <a href={link}>{text.share}</a>
        {/* Copied by the site's copy script (src/sharing/ShareScript.astro), which also announces it. */}
        <button type="button" data-copy-link={link}>
          {text.copy}
        </button>
        <span role="status" />
      </p>
    </div>
  );
}
