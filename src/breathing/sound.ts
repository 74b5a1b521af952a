/** A soft tone at a moment on the Web Audio clock, so it sounds on time even if a timer runs late. */
export function tone(audio: AudioContext, when: number, inhale: boolean): OscillatorNode {
  const oscillator = audio.createOscillator();
  const volume = audio.createGain();
  // In and out a fifth apart: easy to tell apart, low enough to stay soft.
  oscillator.frequency.value = inhale ? 396 : 264;
  volume.gain.setValueAtTime(0, when);
  volume.gain.linearRampToValueAtTime(0.08, when + 0.08);
  volume.gain.linearRampToValueAtTime(0, when + 0.9);
  oscillator.connect(volume).connect(audio.destination);
  oscillator.start(when);
  oscillator.stop(when + 0.9);
  return oscillator;
}
