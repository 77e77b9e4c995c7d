// What Phaser's game config and its tween settings read of the Math namespace: the random generator, nothing else.
// The production build gives them this instead of the whole namespace (matrices, quaternions, noise…); see
// phaserSourceForBuild in vite.config.ts.
module.exports = {
  RandomDataGenerator: require('../../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator.js'),
  /** Set by Phaser's Config when a game starts. */
  RND: null,
};
