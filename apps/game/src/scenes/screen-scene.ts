import Phaser from 'phaser';
import { enterScene, markReady } from '../test-seam/seam.js';
import type { Rect } from '../world/world-layout.js';
import type { SceneKey } from './scene-keys.js';
import { h } from '../ui/dom.js';
import { t } from '../i18n/i18n.js';

/**
 * The shape of every scene: it builds one DOM screen in the #ui layer (what a
 * person reads and operates) and draws the world on the canvas behind it.
 * On shutdown the screen and its observers go away.
 */
export abstract class ScreenScene extends Phaser.Scene {
  private screen: HTMLElement | null = null;
  private observer: ResizeObserver | null = null;

  constructor(readonly key: SceneKey) {
    super(key);
  }

  create(data: unknown): void {
    enterScene(this.key);
    this.describeWorld('');
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.teardown();
    });
    this.build(data);
  }

  /** Builds the screen; call `ready()` when it is complete and still. */
  protected abstract build(data: unknown): void;

  /** Puts `screen` in the UI layer (replacing the last one) and focuses `focus`. */
  protected mount(screen: HTMLElement, focus: HTMLElement | null = null): void {
    const ui = document.getElementById('ui');
    if (!ui) throw new Error('index.html has no #ui layer');
    this.screen = screen;
    ui.replaceChildren(screen);
    ui.scrollTop = 0;
    focus?.focus({ preventScroll: true });
  }

  /**
   * A page screen: the heading with a Back-to-title button, then the body.
   * Empty (null) body parts are skipped.
   */
  protected page(heading: HTMLElement, ...body: (Node | null)[]): HTMLElement {
    const back = h('button', {
      class: 'button button--quiet',
      text: t('common.back'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          this.go('Title');
        },
      },
    });
    return h(
      'main',
      { class: 'screen screen--page' },
      h('div', { class: 'page' }, h('header', { class: 'page-header' }, heading, back), ...body),
    );
  }

  /**
   * A game screen: a header (heading, summary lines, actions), the slot the
   * canvas world is drawn behind, then the panels. Null parts are skipped.
   */
  protected gameScreen(parts: {
    wide?: boolean;
    heading: HTMLElement;
    lines: (Node | null)[];
    actions: Node;
    slot: HTMLElement;
    panels: (Node | null)[];
  }): HTMLElement {
    return h(
      'main',
      {
        class:
          parts.wide === true ? 'screen screen--game screen--wide-main' : 'screen screen--game',
      },
      h(
        'header',
        { class: 'game-header' },
        h('div', {}, parts.heading, ...parts.lines),
        parts.actions,
      ),
      parts.slot,
      h('div', { class: 'game-panels' }, ...parts.panels),
    );
  }

  /** Redraws the world whenever the DOM slot it lives in changes size. */
  protected watchSlot(slot: HTMLElement, draw: (rect: Rect) => void): void {
    this.observer?.disconnect();
    const redraw = (): void => {
      const b = slot.getBoundingClientRect();
      draw({ x: b.left, y: b.top, width: b.width, height: b.height });
    };
    this.observer = new ResizeObserver(redraw);
    this.observer.observe(slot);
    redraw();
  }

  /**
   * Names the canvas and puts a text summary of what it shows in the polite
   * live region beside it (index.html's #world-summary), so a screen-reader
   * user hears what the picture says.
   */
  protected describeWorld(summary: string): void {
    const canvas = this.game.canvas as HTMLCanvasElement | null;
    if (canvas) {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t('world.canvas'));
      if (summary) canvas.setAttribute('aria-describedby', 'world-summary');
      else canvas.removeAttribute('aria-describedby');
    }
    const live = document.getElementById('world-summary');
    if (live) live.textContent = summary;
  }

  /** The screen is built and no animation is pending (the test seam's `ready`). */
  protected ready(): void {
    markReady();
  }

  protected go(key: SceneKey, data?: object): void {
    this.scene.start(key, data);
  }

  private teardown(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.screen?.isConnected) this.screen.remove();
    this.screen = null;
  }
}
