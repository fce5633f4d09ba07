import type Phaser from 'phaser';
import type { Mode } from '@smile-curve/domain';
import { GREY, LIVELY, type Palette } from './palette.js';
import { FACTORY_ANCHOR, containerCount, inRect, type Rect } from './world-layout.js';

/** What the backdrop shows of the firm. */
export interface LandModel {
  readonly mode: Mode;
  readonly digitalPhase: number;
  readonly lockedIn: boolean;
  readonly lockInRisk: number;
  readonly patents: number;
}

export function paletteOf(model: LandModel): Palette {
  return model.lockedIn ? GREY : LIVELY;
}

/**
 * The Pearl River Delta and the firm's site: the assembly hall, then a design
 * studio (ODM), an R&D lab (patents), a brand flagship (OBM), digital
 * antennas and a network (digital phases); containers at the dock for orders.
 */
export function paintLand(g: Phaser.GameObjects.Graphics, r: Rect, model: LandModel): void {
  const p = paletteOf(model);
  const u = Math.min(r.width, r.height * 1.6) / 100;
  g.fillStyle(p.land, 1);
  g.fillRect(r.x, r.y, r.width, r.height);

  // The estuary: a river from the north-west widening into the bay.
  g.fillStyle(p.water, 1);
  g.beginPath();
  g.moveTo(r.x + r.width * 0.5, r.y + r.height);
  g.lineTo(r.x + r.width * 0.62, r.y + r.height * 0.62);
  g.lineTo(r.x + r.width * 0.7, r.y + r.height * 0.6);
  g.lineTo(r.x + r.width, r.y + r.height * 0.7);
  g.lineTo(r.x + r.width, r.y + r.height);
  g.closePath();
  g.fillPath();
  g.lineStyle(Math.max(2, u * 1.2), p.water, 1);
  g.lineBetween(r.x + r.width * 0.64, r.y + r.height * 0.62, r.x + r.width * 0.6, r.y);

  const f = inRect(r, FACTORY_ANCHOR);
  const hallW = u * 22;
  const hallH = u * 11;
  const base = f.y + hallH / 2;

  // Assembly hall with a saw-tooth roof and a chimney.
  g.fillStyle(p.wall, 1);
  g.fillRect(f.x - hallW / 2, base - hallH, hallW, hallH);
  g.fillStyle(p.roof, 1);
  for (let i = 0; i < 4; i++) {
    const x0 = f.x - hallW / 2 + (hallW / 4) * i;
    g.fillTriangle(
      x0,
      base - hallH,
      x0 + hallW / 4,
      base - hallH,
      x0 + hallW / 4,
      base - hallH - u * 4,
    );
  }
  g.fillRect(f.x + hallW / 2 - u * 3, base - hallH - u * 9, u * 2, u * 9);

  // Containers at the dock: orders, drying up when the firm is locked in.
  const n = containerCount(model.lockedIn, model.lockInRisk);
  for (let i = 0; i < n; i++) {
    g.fillStyle(p.containers[i % p.containers.length] ?? p.wall, 1);
    g.fillRect(
      f.x + hallW / 2 + u * 2 + (i % 4) * u * 5,
      base - u * 3 - Math.floor(i / 4) * u * 3.2,
      u * 4.6,
      u * 3,
    );
  }

  if (model.mode !== 'OEM') {
    // Design studio: a glass box beside the hall.
    g.fillStyle(p.glass, 1);
    g.fillRect(f.x - hallW / 2 - u * 12, base - u * 9, u * 10, u * 9);
    g.lineStyle(Math.max(1, u * 0.3), p.wall, 1);
    for (let i = 1; i < 3; i++)
      g.lineBetween(
        f.x - hallW / 2 - u * 12 + i * u * 3.3,
        base - u * 9,
        f.x - hallW / 2 - u * 12 + i * u * 3.3,
        base,
      );
  }
  if (model.patents > 0) {
    // R&D lab: a domed building behind the hall.
    g.fillStyle(p.dome, 1);
    g.fillRect(f.x - u * 4, base - hallH - u * 8, u * 9, u * 6);
    g.fillCircle(f.x + u * 0.5, base - hallH - u * 8, u * 4.5);
  }
  if (model.mode === 'OBM') {
    // Brand flagship tower with its sign.
    const tx = r.x + r.width * 0.78;
    g.fillStyle(p.wall, 1);
    g.fillRect(tx, base - u * 26, u * 7, u * 26);
    g.fillStyle(p.sign, 1);
    g.fillRect(tx - u, base - u * 30, u * 9, u * 4);
  }
  if (model.digitalPhase >= 1) {
    g.lineStyle(Math.max(1, u * 0.5), p.route, 1);
    g.lineBetween(f.x - hallW / 4, base - hallH - u * 4, f.x - hallW / 4, base - hallH - u * 10);
    g.strokeCircle(f.x - hallW / 4, base - hallH - u * 10, u * 1.5);
  }
  if (model.digitalPhase >= 2) {
    // Networked: the buildings talk to each other.
    g.fillStyle(p.route, 1);
    for (let i = 0; i < 5; i++)
      g.fillCircle(f.x - hallW / 2 + (hallW / 4) * i, base + u * 2, u * 0.8);
    g.lineStyle(Math.max(1, u * 0.3), p.route, 0.8);
    g.lineBetween(f.x - hallW / 2, base + u * 2, f.x + hallW / 2, base + u * 2);
  }
  if (model.digitalPhase >= 3) {
    // Intelligent manufacturing: a chip on the roof.
    g.fillStyle(p.sign, 1);
    g.fillRect(f.x + u * 2, base - hallH - u * 3, u * 4, u * 3);
  }
  if (model.lockedIn) {
    g.fillStyle(0x9aa0a6, 0.18);
    g.fillRect(r.x, r.y, r.width, r.height);
  }
}
