/**
 * Sound effects: short synthesised tones (no audio files to load). Only
 * played after a click or key press, and only when sound is on.
 */
let context: AudioContext | null = null;

export type Cue = 'year' | 'milestone' | 'error';

const TONES: Record<Cue, readonly number[]> = {
  year: [523, 659],
  milestone: [523, 659, 784, 1047],
  error: [220],
};

export function playCue(enabled: boolean, cue: Cue): void {
  if (!enabled || typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    const ctx = context;
    TONES[cue].forEach((frequency, i) => {
      const start = ctx.currentTime + i * 0.09;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.08, start);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.2);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.22);
    });
  } catch {
    // No audio is never an error worth showing.
  }
}
