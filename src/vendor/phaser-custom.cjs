// The production build's Phaser: the core entry plus the few parts of the full build this game uses.
// A name missing here breaks the production boot, which every end-to-end test exercises.
const Phaser = require('../../node_modules/phaser/src/phaser-core.js');

Phaser.GameObjects.Container = require('../../node_modules/phaser/src/gameobjects/container/Container.js');
require('../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js');
require('../../node_modules/phaser/src/gameobjects/container/ContainerCreator.js');
Phaser.Math.Clamp = require('../../node_modules/phaser/src/math/Clamp.js');

module.exports = Phaser;
