import Phaser from 'phaser';
import { Boot } from './scenes/boot.js';
import { Title } from './scenes/title.js';

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#0f1b2d',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  banner: false,
  scene: [Boot, Title],
});

export default game;
