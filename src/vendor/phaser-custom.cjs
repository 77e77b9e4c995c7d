// The production build's Phaser: only the parts this game uses, built from Phaser's sources. Phaser's own core entry,
// src/phaser-core.js, also brings the loader's file types, the input plugins, sprites, layers, masks and filters,
// about 21 KB gzip that the stage never runs; and vite.config.ts gives Phaser its random generator alone instead of
// the whole Math namespace (10 KB more). Everything Phaser's systems require of each other still comes in through
// their own requires. A name missing here breaks the production boot, which every end-to-end
// test exercises; tests/unit/stage/phaser-build.test.ts checks it has every name the code uses.
require('../../node_modules/phaser/src/polyfills/requestVideoFrame.js');

const CONST = require('../../node_modules/phaser/src/const.js');
const Extend = require('../../node_modules/phaser/src/utils/object/Extend.js');

const Phaser = {
  BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes.js'),
  Cameras: { Scene2D: require('../../node_modules/phaser/src/cameras/2d/index.js') },
  Core: require('../../node_modules/phaser/src/core/index.js'),
  Class: require('../../node_modules/phaser/src/utils/Class.js'),
  Events: require('../../node_modules/phaser/src/events/index.js'),
  Game: require('../../node_modules/phaser/src/core/Game.js'),
  GameObjects: {
    DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList.js'),
    GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator.js'),
    GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory.js'),
    UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList.js'),
    Components: require('../../node_modules/phaser/src/gameobjects/components/index.js'),
    GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject.js'),
    Container: require('../../node_modules/phaser/src/gameobjects/container/Container.js'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics.js'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/Image.js'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/Text.js'),
  },
  Math: {
    Clamp: require('../../node_modules/phaser/src/math/Clamp.js'),
    Vector2: require('../../node_modules/phaser/src/math/Vector2.js'),
  },
  Plugins: require('../../node_modules/phaser/src/plugins/index.js'),
  Renderer: require('../../node_modules/phaser/src/renderer/index.js'),
  Scale: require('../../node_modules/phaser/src/scale/index.js'),
  ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes.js'),
  Scene: require('../../node_modules/phaser/src/scene/Scene.js'),
  Scenes: require('../../node_modules/phaser/src/scene/index.js'),
  Textures: require('../../node_modules/phaser/src/textures/index.js'),
  Time: require('../../node_modules/phaser/src/time/index.js'),
  Tweens: require('../../node_modules/phaser/src/tweens/index.js'),
};

// The factories (scene.add.*) and creators (scene.make.*) register themselves when required.
require('../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js');
require('../../node_modules/phaser/src/gameobjects/container/ContainerCreator.js');
require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js');
require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator.js');
require('../../node_modules/phaser/src/gameobjects/image/ImageFactory.js');
require('../../node_modules/phaser/src/gameobjects/image/ImageCreator.js');
require('../../node_modules/phaser/src/gameobjects/text/TextFactory.js');
require('../../node_modules/phaser/src/gameobjects/text/TextCreator.js');

module.exports = Extend(false, Phaser, CONST);

global.Phaser = module.exports;
