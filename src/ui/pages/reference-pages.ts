// The reference pages the menu, the title and the briefing open, in one module that the game fetches the first time
// one of them opens: the title and its stage never need them.
export { glossaryEntryId, glossaryPage } from './glossary-page';
export { guidePage } from './guide-page';
export { handoutPage } from './handout-page';
export { modelPage } from './model-page';
export { PageDialog } from './page-dialog';
export { timelineEntryId, timelinePage } from './timeline-page';
