import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '../../..');

/**
 * What the game asks of Phaser at run time: a `namespace` path read from `Phaser` (`GameObjects.Container`), a
 * game-object `factory` (`this.add.container`, `scene.make.text`), or a scene `system` (`this.tweens`, `scene.time`).
 */
export interface PhaserUse {
  kind: 'namespace' | 'factory' | 'system';
  name: string;
  file: string;
}

/** The game's source files that import Phaser (the stage, the scenes and whatever else builds the game). */
export function phaserSourceFiles(): string[] {
  const src = join(root, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file))
    .filter((file) => /from 'phaser'/.test(readFileSync(file, 'utf8')));
}

/** The text of a property chain's receiver if it is a scene (`this`, `scene`, `this.scene`), else null. */
function sceneReceiver(node: ts.Expression, source: ts.SourceFile): string | null {
  const text = node.getText(source);
  return text === 'this' || /(?:^|\.)scene$/.test(text) ? text : null;
}

function namespacePath(node: ts.PropertyAccessExpression): string | null {
  const names: string[] = [node.name.text];
  let receiver = node.expression;
  while (ts.isPropertyAccessExpression(receiver)) {
    names.unshift(receiver.name.text);
    receiver = receiver.expression;
  }
  return ts.isIdentifier(receiver) && receiver.text === 'Phaser' ? names.join('.') : null;
}

/** `implements Phaser.X` names a type only: it is erased from the build. */
function isTypeOnly(node: ts.Node): boolean {
  const clause = node.parent?.parent;
  return !!clause && ts.isHeritageClause(clause) && clause.token === ts.SyntaxKind.ImplementsKeyword;
}

/**
 * Every run-time use of Phaser in `files`, found in the syntax tree: type annotations (`Phaser.Types.*`,
 * `Phaser.GameObjects.Graphics` as a type) are erased by the build and are not uses. `systems` are the scene
 * properties Phaser injects (its InjectionMap), so a class's own fields named otherwise are not mistaken for them.
 */
export function phaserUses(files: readonly string[], systems: ReadonlySet<string>): PhaserUse[] {
  const uses: PhaserUse[] = [];
  for (const path of files) {
    const file = relative(root, path);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const outermost = !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node);
        const path = outermost ? namespacePath(node) : null;
        if (path && !isTypeOnly(node)) uses.push({ kind: 'namespace', name: path, file });
        const name = node.name.text;
        const inner = node.expression;
        if (
          ts.isPropertyAccessExpression(inner) &&
          (inner.name.text === 'add' || inner.name.text === 'make') &&
          sceneReceiver(inner.expression, source)
        )
          uses.push({ kind: 'factory', name: `${inner.name.text}.${name}`, file });
        if (systems.has(name) && sceneReceiver(inner, source)) uses.push({ kind: 'system', name, file });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
