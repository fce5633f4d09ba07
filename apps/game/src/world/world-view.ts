import type Phaser from 'phaser';
import type { PartnerId, TrailPoint } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { addCjkFontFaces, cjkFontFacesAdded } from '../app/cjk-font.js';
import { canvasFontReady, canvasFontStack, hasCjk, loadCanvasFont } from './canvas-font.js';
import { paintLand, paletteOf, type LandModel } from './land-painter.js';
import { AXIS, CURVE, GHOST, INK, MODE_COLOUR, MUTED } from './palette.js';
import {
  FACTORY_ANCHOR,
  PARTNER_ANCHORS,
  arc,
  chartPoint,
  inRect,
  shareCeiling,
  smileGuide,
  splitWorld,
  type Point,
  type Rect,
} from './world-layout.js';

/** Everything the world draws: the firm's trail on the curve and its site. */
export interface WorldModel extends LandModel {
  /** The labels' language (it picks the font stack). */
  readonly language: Lang;
  readonly trail: readonly TrailPoint[];
  /** A counterfactual's trail, drawn beside the real one. */
  readonly ghost?: readonly TrailPoint[];
  /** Tie strength per partner, as [id, strength]. */
  readonly ties: readonly (readonly [PartnerId, number])[];
  readonly labels: {
    readonly rnd: string;
    readonly assembly: string;
    readonly brand: string;
    readonly share: string;
    readonly partners: Readonly<Record<PartnerId, string>>;
  };
}

/** Everything the world may write on the canvas (digits and % for the axes and years). */
function canvasText(model: WorldModel): string {
  const { partners, ...stages } = model.labels;
  return [...Object.values(stages), ...Object.values(partners), '0123456789%'].join('');
}

function polyline(g: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.strokePath();
}

/**
 * Draws the world into a rectangle of the canvas. It redraws only when asked
 * (state change, resize), so a frame costs Phaser's own rendering and nothing more.
 */
export class WorldView {
  private readonly land: Phaser.GameObjects.Graphics;
  private readonly chart: Phaser.GameObjects.Graphics;
  private readonly marker: Phaser.GameObjects.Arc;
  private texts: Phaser.GameObjects.Text[] = [];
  private tween: Phaser.Tweens.Tween | null = null;
  private lastPoints: Point[] = [];
  /** Chinese labels wait (once, with a timeout) for the shipped CJK face; the latest call is drawn then. */
  private waitingForFont: Parameters<WorldView['render']> | null = null;
  private fontSettled = false;
  private language: Lang = 'en';

  constructor(private readonly scene: Phaser.Scene) {
    this.land = scene.add.graphics();
    this.chart = scene.add.graphics();
    this.marker = scene.add.circle(0, 0, 8, 0xffffff, 1).setStrokeStyle(3, 0x0f1b2d, 1);
    this.marker.setVisible(false);
  }

  /** Draws everything. With `animate`, the marker travels the trail's last step. */
  render(rect: Rect, model: WorldModel, animate = false, onDone?: () => void): void {
    if (!this.fontSettled && this.mustWaitForFont(model)) {
      const alreadyWaiting = this.waitingForFont !== null;
      this.waitingForFont = [rect, model, animate, onDone];
      if (!alreadyWaiting) {
        const text = canvasText(model);
        void addCjkFontFaces()
          .then(() => loadCanvasFont(document.fonts, text))
          .then(() => {
            this.fontSettled = true;
            const latest = this.waitingForFont;
            this.waitingForFont = null;
            // The scene may have gone while the font loaded.
            if (latest && this.land.active) this.render(...latest);
          });
      }
      return;
    }
    this.language = model.language;
    this.tween?.stop();
    this.tween = null;
    for (const t of this.texts) t.destroy();
    this.texts = [];
    this.land.clear();
    this.chart.clear();
    if (rect.width < 40 || rect.height < 40) {
      this.marker.setVisible(false);
      onDone?.();
      return;
    }
    const { chart, land } = splitWorld(rect);
    paintLand(this.land, land, model);
    this.drawRoutes(land, model);
    this.drawChart(chart, model);
    this.placeMarker(model, animate, onDone);
  }

  destroy(): void {
    this.tween?.stop();
    for (const t of this.texts) t.destroy();
    this.land.destroy();
    this.chart.destroy();
    this.marker.destroy();
  }

  private mustWaitForFont(model: WorldModel): boolean {
    const text = canvasText(model);
    if (!hasCjk(text) || (cjkFontFacesAdded() && canvasFontReady(document.fonts, text))) {
      this.fontSettled = true;
      return false;
    }
    return true;
  }

  private label(
    x: number,
    y: number,
    text: string,
    size: number,
    colour = MUTED,
  ): Phaser.GameObjects.Text {
    const t = this.scene.add.text(x, y, text, {
      fontFamily: canvasFontStack(this.language),
      fontSize: `${Math.round(size)}px`,
      color: colour,
    });
    this.texts.push(t);
    return t;
  }

  private drawRoutes(land: Rect, model: WorldModel): void {
    const from = inRect(land, FACTORY_ANCHOR);
    const colour = paletteOf(model).route;
    const size = Math.max(10, Math.min(14, land.width / 50));
    for (const [partner, strength] of model.ties) {
      if (strength < 0.02) continue;
      const to = inRect(land, PARTNER_ANCHORS[partner]);
      this.land.lineStyle(1 + strength * 5, colour, 0.35 + strength * 0.65);
      polyline(this.land, arc(from, to, 0.18));
      this.land.fillStyle(colour, 1);
      this.land.fillCircle(to.x, to.y, 3 + strength * 4);
      const right = to.x > land.x + land.width * 0.6;
      this.label(
        to.x + (right ? -6 : 6),
        to.y - size - 2,
        model.labels.partners[partner],
        size,
        INK,
      ).setOrigin(right ? 1 : 0, 0);
    }
  }

  private drawChart(chart: Rect, model: WorldModel): void {
    const g = this.chart;
    const ceiling = shareCeiling([model.trail, model.ghost ?? []]);
    const size = Math.max(10, Math.min(14, chart.width / 45));
    g.lineStyle(1, AXIS, 1);
    g.lineBetween(chart.x, chart.y + chart.height, chart.x + chart.width, chart.y + chart.height);
    g.lineBetween(chart.x, chart.y, chart.x, chart.y + chart.height);
    for (let s = 0.2; s <= ceiling + 1e-9; s += 0.2) {
      const y = chartPoint(chart, 0, s, ceiling).y;
      g.lineStyle(1, AXIS, 0.35);
      g.lineBetween(chart.x, y, chart.x + chart.width, y);
      this.label(chart.x - 4, y, `${Math.round(s * 100)}%`, size).setOrigin(1, 0.5);
    }
    this.label(chart.x + 4, chart.y, model.labels.share, size);
    const below = chart.y + chart.height + 3;
    this.label(chart.x, below, model.labels.rnd, size);
    this.label(chart.x + chart.width / 2, below, model.labels.assembly, size).setOrigin(0.5, 0);
    this.label(chart.x + chart.width, below, model.labels.brand, size).setOrigin(1, 0);

    g.lineStyle(Math.max(3, chart.width / 220), CURVE, 0.55);
    polyline(g, smileGuide(chart));

    if (model.ghost && model.ghost.length > 1)
      this.drawTrail(chart, model.ghost, ceiling, GHOST, true);
    this.lastPoints = this.drawTrail(chart, model.trail, ceiling, null, false);
  }

  private drawTrail(
    chart: Rect,
    trail: readonly TrailPoint[],
    ceiling: number,
    colour: number | null,
    ghost: boolean,
  ): Point[] {
    const points = trail.map((p) => chartPoint(chart, p.position, p.valueAddedShare, ceiling));
    const g = this.chart;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const mode = trail[i]?.mode ?? 'OEM';
      if (!a || !b) continue;
      g.lineStyle(ghost ? 2 : 3, colour ?? MODE_COLOUR[mode], ghost ? 0.8 : 0.9);
      g.lineBetween(a.x, a.y, b.x, b.y);
    }
    trail.forEach((p, i) => {
      const pt = points[i];
      if (!pt) return;
      g.fillStyle(colour ?? MODE_COLOUR[p.mode], 1);
      // Squares for the counterfactual, circles for the real game: shape as well as colour.
      if (ghost) g.fillRect(pt.x - 3, pt.y - 3, 6, 6);
      else g.fillCircle(pt.x, pt.y, 3.5);
    });
    return points;
  }

  private placeMarker(model: WorldModel, animate: boolean, onDone?: () => void): void {
    const last = this.lastPoints[this.lastPoints.length - 1];
    const prev = this.lastPoints[this.lastPoints.length - 2];
    const point = model.trail[model.trail.length - 1];
    if (!last || !point) {
      this.marker.setVisible(false);
      onDone?.();
      return;
    }
    this.marker.setVisible(true).setFillStyle(MODE_COLOUR[point.mode], 1);
    const tag = this.label(last.x + 12, last.y - 10, String(point.year), 13, INK).setOrigin(0, 1);
    if (!animate || !prev) {
      this.marker.setPosition(last.x, last.y);
      onDone?.();
      return;
    }
    this.marker.setPosition(prev.x, prev.y);
    tag.setAlpha(0);
    this.tween = this.scene.tweens.add({
      targets: this.marker,
      x: last.x,
      y: last.y,
      duration: 700,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        tag.setAlpha(1);
        onDone?.();
      },
    });
  }
}
