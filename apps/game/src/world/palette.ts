import type { Mode } from '@smile-curve/domain';

/** Colours of the world; a locked-in firm's world is drawn in greys. */
export interface Palette {
  readonly sky: number;
  readonly land: number;
  readonly water: number;
  readonly wall: number;
  readonly roof: number;
  readonly glass: number;
  readonly dome: number;
  readonly sign: number;
  readonly route: number;
  readonly containers: readonly number[];
}

export const LIVELY: Palette = {
  sky: 0x0f1b2d,
  land: 0x1f3d2c,
  water: 0x1d4f7a,
  wall: 0xc8ccd2,
  roof: 0x9a5b45,
  glass: 0x7fd3e6,
  dome: 0xe8e8f0,
  sign: 0xffd166,
  route: 0x9ad1ff,
  containers: [0xe07a5f, 0x3d85c6, 0xf2cc8f, 0x81b29a],
};

export const GREY: Palette = {
  sky: 0x0f1b2d,
  land: 0x34383d,
  water: 0x3f4a55,
  wall: 0x8d9094,
  roof: 0x66686b,
  glass: 0x8c979b,
  dome: 0xa3a5a8,
  sign: 0x9a9a8a,
  route: 0x8a96a3,
  containers: [0x7c7c7c, 0x6c7178, 0x8a8a80, 0x767d78],
};

export const CURVE = 0xffd166;
export const AXIS = 0x5b6b80;
export const GHOST = 0xff7aa8;
export const INK = '#e8eef5';
export const MUTED = '#a9b6c6';

export const MODE_COLOUR: Readonly<Record<Mode, number>> = {
  OEM: 0x9fb3c8,
  ODM: 0x4ecdc4,
  OBM: 0xffd166,
};
