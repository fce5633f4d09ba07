import Phaser from 'phaser';
import { app, motionAllowed } from '../app/app-state.js';
import { todayUtc } from '../app/ids.js';
import { changeSettings } from '../app/settings-runtime.js';
import { takeNotice } from '../ui/notice.js';
import { t } from '../i18n/i18n.js';
import { settingsDialog } from '../ui/settings-dialog.js';
import { titlePanel } from '../ui/title-panel.js';
import { ScreenScene } from './screen-scene.js';

const CURVE_COLOUR = 0xffd166;

/**
 * The title: the canvas draws Stan Shih's smile curve with a firm climbing
 * it; the DOM title panel holds the menu, the language switch and settings.
 */
export class Title extends ScreenScene {
  private graphics: Phaser.GameObjects.Graphics | null = null;
  private climber: Phaser.GameObjects.Arc | null = null;
  private points: Phaser.Math.Vector2[] = [];

  constructor() {
    super('Title');
  }

  protected build(): void {
    this.graphics = this.add.graphics();
    this.climber = this.add.circle(0, 0, 9, 0x4ecdc4).setStrokeStyle(3, 0x0f1b2d);
    this.drawSmileCurve();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.drawSmileCurve);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.drawSmileCurve);
    });
    this.render();
    this.describeWorld(t('world.title'));
    this.ready();
  }

  private render(focusLanguage = false): void {
    const a = app();
    const session = a.session;
    const { screen, heading } = titlePanel({
      current: session ? { year: session.state.year, over: session.over } : null,
      lang: a.settings.lang,
      notice: takeNotice(a),
      onContinue: () => {
        if (session) this.go(session.over ? 'Debrief' : 'Play');
      },
      onPlay: () => {
        a.choice = { kind: 'solo' };
        this.go('ScenarioChoice');
      },
      onLearn: () => {
        this.go('Learn');
      },
      onDaily: () => {
        a.choice = { kind: 'daily', date: todayUtc(new Date()) };
        this.go('ScenarioChoice');
      },
      onJoinClass: () => {
        this.go('Join', { code: null });
      },
      onLeaderboard: () => {
        this.go('Leaderboard');
      },
      onSettings: () => {
        const dialog = settingsDialog(a.settings, (next) => {
          changeSettings(a, next);
          this.animate();
        });
        screen.append(dialog);
        dialog.showModal();
      },
      onLanguage: (lang) => {
        changeSettings(a, { ...a.settings, lang });
        this.render(true);
        this.describeWorld(t('world.title'));
      },
    });
    this.mount(
      screen,
      focusLanguage ? screen.querySelector<HTMLElement>('[aria-pressed="true"]') : heading,
    );
  }

  private readonly drawSmileCurve = (): void => {
    const { width, height } = this.scale;
    const g = this.graphics;
    if (!g) return;
    g.clear();
    g.lineStyle(Math.max(3, width / 250), CURVE_COLOUR, 0.9);
    const left = width * 0.1;
    const right = width * 0.9;
    const top = height * 0.5;
    const bottom = height * 0.88;
    this.points = [];
    for (let i = 0; i <= 64; i++) {
      const x = i / 64;
      // A U shape: high value at both ends (R&D, brand), low in the middle (assembly).
      const y = top + (bottom - top) * (1 - (2 * x - 1) ** 2);
      this.points.push(new Phaser.Math.Vector2(left + (right - left) * x, y));
    }
    g.strokePoints(this.points);
    this.animate();
  };

  /** The firm climbs from assembly to the brand end, again and again (unless motion is off). */
  private animate(): void {
    const climber = this.climber;
    const path = this.points.slice(32);
    const start = path[0];
    const end = path[path.length - 1];
    if (!climber || !start || !end) return;
    this.tweens.killTweensOf(climber);
    if (!motionAllowed(app())) {
      climber.setPosition(end.x, end.y);
      return;
    }
    climber.setPosition(start.x, start.y);
    const progress = { t: 0 };
    this.tweens.add({
      targets: progress,
      t: 1,
      duration: 4000,
      ease: 'Sine.easeInOut',
      repeat: -1,
      repeatDelay: 800,
      onUpdate: () => {
        const p = path[Math.min(path.length - 1, Math.round(progress.t * (path.length - 1)))];
        if (p) climber.setPosition(p.x, p.y);
      },
    });
  }
}
