import Phaser from 'phaser';
import { BootScene, type StartScreen } from '../scenes/BootScene';
import type { ScreenScene } from '../scenes/ScreenScene';
import { BriefingScene } from '../scenes/BriefingScene';
import { ConsequencesScene } from '../scenes/ConsequencesScene';
import { DebriefScene } from '../scenes/DebriefScene';
import { DecisionScene } from '../scenes/DecisionScene';
import { CheckScene } from '../scenes/CheckScene';
import { EndingScene } from '../scenes/EndingScene';
import { EpilogueScene } from '../scenes/EpilogueScene';
import { ReportScene } from '../scenes/ReportScene';
import { RunSheetScene } from '../scenes/RunSheetScene';
import { LiveLobbyScene } from '../scenes/LiveLobbyScene';
import { ClassSummaryScene } from '../scenes/ClassSummaryScene';
import { TitleScene } from '../scenes/TitleScene';
import { OnDemandGame } from '../stage/on-demand-game';
import { RenderGate } from '../stage/render-gate';
import type { LandLayer } from '../stage/land-layer';
import { StageScene } from '../stage/StageScene';
import type { App } from './app';
import { holdInputForRebuild } from '../ui/screen-card';

const SCREEN_KEYS = [
  'Title',
  'RunSheet',
  'LiveLobby',
  'ClassSummary',
  'Check',
  'Briefing',
  'Decision',
  'Consequences',
  'Debrief',
  'Epilogue',
  'Ending',
  'Report',
];

export interface RunningGame {
  phaser: OnDemandGame;
  goToTitle: () => void;
}

/** The Phaser game: AUTO picks WebGL and falls back to Canvas; ?renderer=canvas forces Canvas. */
export function createGame(
  app: App,
  parent: HTMLElement,
  fontsReady: Promise<void>,
  open: (startScreen: StartScreen) => void,
  land: LandLayer,
): RunningGame {
  const renderGate = new RenderGate();
  const stageBox = app.layout().stage;
  const phaser = new OnDemandGame(
    {
      type: app.options.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
      parent,
      // Clear, over the land's image (land-layer.ts) and the stage's own night background (styles.css).
      transparent: true,
      banner: false,
      audio: { noAudio: true },
      input: { keyboard: false },
      // The canvas takes its parent's size: the stage box of the layout, which leaves out what the card covers.
      scale: { mode: Phaser.Scale.RESIZE, width: stageBox.width, height: stageBox.height },
      render: { antialias: true },
      scene: [
        new BootScene(open, fontsReady),
        new StageScene(app, renderGate, land),
        new TitleScene(app),
        new BriefingScene(app),
        new DecisionScene(app),
        new ConsequencesScene(app),
        new DebriefScene(app),
        new RunSheetScene(app),
        new LiveLobbyScene(app),
        new ClassSummaryScene(app),
        new CheckScene(app),
        new EpilogueScene(app),
        new EndingScene(app),
        new ReportScene(app),
      ],
    },
    renderGate,
  );
  app.events.on('language', () => {
    holdInputForRebuild(app);
    for (const key of SCREEN_KEYS) {
      if (!phaser.scene.isActive(key)) continue;
      const screen = phaser.scene.getScene(key) as ScreenScene;
      screen.scene.restart(screen.lastData);
    }
  });
  return {
    phaser,
    goToTitle: () => {
      for (const key of SCREEN_KEYS) if (phaser.scene.isActive(key)) phaser.scene.stop(key);
      phaser.scene.start('Title');
    },
  };
}
