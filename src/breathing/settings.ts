import { MAX_MINUTES, MIN_MINUTES } from './patterns.ts';

/**
 * Versioned, so a future shape of the settings never misreads an old one. v2: holds became
 * opt-in, so v1's stored default `holds: true` does not carry over.
 */
export const SETTINGS_KEY = 'ademruimte.oefening.v2';

export interface Settings {
  /** Only set once the reader chose a length; until then the article's own length applies. */
  minutes?: number;
  holds: boolean;
  sound: boolean;
  vibration: boolean;
  /** The calm view: a step indicator instead of the growing shape. */
  calm: boolean;
  /** Keeps the screen on while an exercise runs. */
  awake: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  holds: false,
  sound: false,
  vibration: false,
  calm: false,
  awake: false,
};

/** The settings that are switched on or off. */
export const SWITCHES = ['holds', 'sound', 'vibration', 'calm', 'awake'] as const;

export const isMinutes = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= MIN_MINUTES && (value as number) <= MAX_MINUTES;

/** Stored settings, field by field: anything missing, corrupt or out of range is the default. */
export function parseSettings(raw: string | null): Settings {
  let stored: Record<string, unknown> = {};
  try {
    // Object() keeps an object and turns anything else (null, a number) into one without fields.
    stored = Object(JSON.parse(raw ?? '{}')) as Record<string, unknown>;
  } catch {
    // Corrupt storage is the same as none.
  }
  const settings = { ...DEFAULT_SETTINGS, ...(isMinutes(stored.minutes) && { minutes: stored.minutes }) };
  for (const key of SWITCHES) if (typeof stored[key] === 'boolean') settings[key] = stored[key];
  return settings;
}
