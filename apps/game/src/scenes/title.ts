import Phaser from 'phaser';
import { renderTitlePanel } from '../ui/title-panel.js';

const CURVE_COLOUR = 0xffd166;

/**
 * The title: the canvas draws Stan Shih's smile curve behind the DOM title
 * panel, which holds everything a person reads or operates.
 */
export class Title extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    this.drawSmileCurve();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.drawSmileCurve);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.drawSmileCurve);
    });
    const ui = document.getElementById('ui');
    if (ui) renderTitlePanel(ui);
  }

  private readonly drawSmileCurve = (): void => {
    const { width, height } = this.scale;
    this.children.removeAll(true);
    const g = this.add.graphics();
    g.lineStyle(Math.max(3, width / 250), CURVE_COLOUR, 0.9);
    const left = width * 0.1;
    const right = width * 0.9;
    const top = height * 0.45;
    const bottom = height * 0.85;
    const points: Phaser.Math.Vector2[] = [];
    for (let i = 0; i <= 64; i++) {
      const x = i / 64;
      // A U shape: high value at both ends (R&D, brand), low in the middle (assembly).
      const y = top + (bottom - top) * (1 - (2 * x - 1) ** 2);
      points.push(new Phaser.Math.Vector2(left + (right - left) * x, y));
    }
    g.strokePoints(points);
  };
}
