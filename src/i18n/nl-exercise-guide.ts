/**
 * The strings the breathing exercise shows, part of `ui` (nl.ts). A module of their own, so the
 * exercise's script bundles only these and no other page's strings.
 */
export const exerciseGuideText = {
  idle: 'Begin wanneer je wilt.',
  'lead-in': 'Klaar?',
  // Cues, not commands: soft words for a reader who may be tense.
  in: 'Zacht in',
  more: 'Nog een klein beetje in',
  hold: 'Even stil',
  out: 'Rustig uit',
  done: 'De oefening is klaar. Adem weer zoals je gewend bent.',
  /** After the end: what a reader may notice, without a right answer. */
  afterwards: 'Merk even op hoe je je nu voelt. Er is geen goed of fout.',
  again: 'Nog een keer',
  /** The time left in the session, "4:32". */
  left: (time: string) => `Nog ${time}`,
  paused: 'Gepauzeerd',
  start: 'Start',
  pause: 'Pauze',
  resume: 'Verder',
  stop: 'Stop',
  settings: 'Instellingen',
  pattern: 'Oefening',
  minutes: 'Duur in minuten',
  holds: 'Adem even vasthouden',
  sound: 'Zachte tonen bij in- en uitademen',
  vibration: 'Trillen bij in- en uitademen',
  calm: 'Rustige weergave, zonder bewegende vorm',
  awake: 'Scherm aan laten tijdens de oefening',
  focus: 'Volledig scherm',
  unfocus: 'Sluit volledig scherm',
  share: 'Deel deze oefening',
  copy: 'Kopieer link naar oefening',
} as const;
