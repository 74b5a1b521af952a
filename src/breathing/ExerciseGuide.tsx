import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { exerciseGuideText as text } from '../i18n/nl-exercise-guide.ts';
import type { GuideProps } from './guide-props.ts';
import { exerciseLink, linkedPattern } from './links.ts';
import { aboutKey, hasHolds, maxMinutes, PATTERN_IDS, patterns } from './patterns.ts';
import { keepScreenOn } from './screen-awake.ts';
import { createSession, type SessionState } from './session.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, SWITCHES, type Settings } from './settings.ts';
import { showOnly } from './focus-view.ts';
import { activeSteps, fillAt, withHolds } from './timing.ts';

export type Props = GuideProps;

// The shape grows by a third at most: a calm breath, not lungs filled to the brim.
const scale = (fill: number) => `scale(${0.75 + 0.25 * fill})`;

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

/** The view of a breathing session (session.ts): what it shows, and the reader's controls. */
export default function ExerciseGuide({ pattern, minutes, articleUrl }: Props) {
  const patternId = useSignal<string>(pattern);
  const settings = useSignal(DEFAULT_SETTINGS);
  // What this browser can do (vibrate, keep the screen on); unknown until the guide comes to life.
  const can = useSignal<{ vibration: boolean; awake: boolean }>();
  const focused = useSignal(false);
  // Apart, so the clocks' once-a-second change rewrites two text nodes and a style, not the guide.
  const view = useSignal<Pick<SessionState, 'status' | 'phase'>>({ status: 'idle' });
  const countdown = useSignal('');
  const left = useSignal('');
  const root = useRef<HTMLDivElement>(null);
  const ring = useRef<HTMLDivElement>(null);
  const audio = useRef<AudioContext>();
  // The screen stays on while a session runs, if the reader asked for it.
  const keepAwake = (running: boolean) => {
    if (can.value?.awake) keepScreenOn(running && settings.value.awake);
  };
  const session = useRef<ReturnType<typeof createSession>>();
  session.current ??= createSession(
    () => performance.now(),
    ({ countdown: seconds, left: time, progress, ...next }) => {
      countdown.value = seconds;
      left.value = time && text.left(time);
      ring.current?.style.setProperty('--done', String(progress));
      if (next.status !== view.value.status) keepAwake(next.status === 'running');
      if (next.status !== view.value.status || next.phase !== view.value.phase) view.value = next;
    },
    () => ({
      audio: settings.value.sound ? audio.current : undefined,
      vibrate: settings.value.vibration,
    }),
  );
  const guide = session.current;

  const current = patterns.find(({ id }) => id === patternId.value) ?? patterns[0]!;
  const { holds, calm } = settings.value;
  // A pattern studied for short sessions only offers short sessions.
  const longest = maxMinutes(current);
  const chosenMinutes = Math.min(settings.value.minutes ?? minutes, longest);
  const steps = withHolds(current.steps, holds);
  const link = exerciseLink(current.id, articleUrl);

  // Browsers let sound start only from the reader's own action: a click on Start or on the setting.
  const wakeAudio = () => settings.value.sound && (audio.current ??= new AudioContext());

  const start = () => {
    wakeAudio();
    guide.start(steps, chosenMinutes);
  };

  const focus = (on: boolean) => {
    focused.value = on;
    showOnly(root.current!, on);
  };

  const change = (patch: Partial<Settings>) => {
    settings.value = { ...settings.value, ...patch };
    storage(settings.value);
    wakeAudio();
    keepAwake(view.value.status === 'running');
    if ('minutes' in patch || 'holds' in patch) guide.stop();
  };

  // A layout effect: the stored settings apply before the hydrated exercise is first painted.
  useLayoutEffect(() => {
    settings.value = parseSettings(storage());
    can.value = { vibration: 'vibrate' in navigator, awake: 'wakeLock' in navigator };
    if (articleUrl) patternId.value = linkedPattern(location.search, PATTERN_IDS) ?? pattern;
    // A hidden tab pauses; the reader resumes when they are back. The guide lives as long as the page.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') guide.pause();
    });
    // Leaving full screen with the browser's own Escape closes the focus view too.
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement && focused.value) focus(false);
    });
  }, []);

  // The server wrote every pattern's description (PatternAbout.astro); the chosen one shows.
  const about = aboutKey(current, holds);
  useLayoutEffect(() => {
    for (const text of root.current!.closest('.exercise')!.querySelectorAll<HTMLElement>('[data-about]'))
      text.classList.toggle('is-shown', text.dataset.about === about);
  }, [about]);

  const { status, phase: now } = view.value;
  const ended = status === 'idle' && now?.kind === 'done';

  const elapsed = guide.elapsed();
  const shape =
    now && now.kind !== 'done'
      ? status === 'running'
        ? { transform: scale(now.to), transitionDuration: `${now.endMs - elapsed}ms` }
        : { transform: scale(fillAt(now, elapsed)), transitionDuration: '0s' }
      : undefined;

  return (
    <div
      ref={root}
      class={focused.value ? 'guide is-focused' : 'guide'}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        if (focused.value) focus(false);
        else if (status !== 'idle') guide.stop();
      }}
    >
      <div class={calm ? 'guide__visual is-calm' : 'guide__visual'} aria-hidden="true">
        <div class="guide__ring" ref={ring} />
        <div class="guide__shape" style={shape} />
        <ol class="guide__steps">
          {activeSteps(steps).map(({ kind }, index) => (
            <li class={now?.step === index ? 'is-now' : undefined}>{text[kind]}</li>
          ))}
        </ol>
        <p class="guide__label">{status === 'paused' ? text.paused : now ? text[now.kind] : text.idle}</p>
        <p class="guide__count">{ended ? text.afterwards : countdown}</p>
      </div>
      <p class="guide__left">{left}</p>
      <p class="visually-hidden" aria-live="polite">
        {ended ? `${text.done} ${text.afterwards}` : now ? text[now.kind] : ''}
      </p>
      <div class="guide__controls">
        <button type="button" onClick={status === 'running' ? guide.pause : start}>
          {status === 'running'
            ? text.pause
            : status === 'paused'
              ? text.resume
              : ended
                ? text.again
                : text.start}
        </button>
        <button type="button" onClick={guide.stop} aria-disabled={status === 'idle'}>
          {text.stop}
        </button>
        <button type="button" class="guide__focus" onClick={() => focus(!focused.value)}>
          {focused.value ? text.unfocus : text.focus}
        </button>
      </div>
      <details class="guide__settings">
        <summary>{text.settings}</summary>
        {/* Settings need the script: the server leaves them out, and the closed panel hides them. */}
        {can.value && [
          <label>
            {text.pattern}
            <select
              aria-label={text.pattern}
              value={current.id}
              onChange={(event) => {
                guide.stop();
                patternId.value = event.currentTarget.value;
              }}
            >
              {patterns.map(({ id, name }) => (
                <option value={id}>{name}</option>
              ))}
            </select>
          </label>,
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
          </label>,
          // Holds where the pattern has them; vibration and the screen lock where the browser can.
          ...SWITCHES.filter(
            (key) => ({ sound: true, calm: true, holds: hasHolds(current.steps), ...can.value! })[key],
          ).map((key) => (
            <label>
              <input
                type="checkbox"
                checked={settings.value[key]}
                onChange={(event) => change({ [key]: event.currentTarget.checked })}
              />
              {text[key]}
            </label>
          )),
        ]}
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
