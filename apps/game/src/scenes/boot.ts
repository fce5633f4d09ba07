import Phaser from 'phaser';

/** First scene: nothing to load yet, so it hands straight over to the title. */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Title');
  }
}
