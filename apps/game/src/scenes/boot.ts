import { ScreenScene } from './screen-scene.js';

/** First scene: the app state is set up in main.ts, so it hands straight over to Preload. */
export class Boot extends ScreenScene {
  constructor() {
    super('Boot');
  }

  protected build(): void {
    this.go('Preload');
  }
}
