export { applyChoice } from './apply-choice';
export {
  approachProfile,
  APPROACHES,
  historicalChoices,
  historicalRun,
  turningPoints,
  type Approach,
  type ApproachProfile,
  type HistoricalRun,
  type TurningPoint,
} from './analysis';
export { conditionHolds, notesFor } from './conditions';
export { chooseEnding } from './ending';
export {
  classChoice,
  countVotes,
  MAX_VOTES,
  parseVoteCount,
  recordVotes,
  voteKey,
  voteShares,
  type ClassChoice,
  type VoteCountError,
  type VoteResult,
} from './class-vote';
export { recordCheck, scoreCheck, type CheckScore } from './knowledge-check';
export { clampMeter, METER_MAX, METER_MIN } from './effects';
export { newRun } from './new-run';
export { currentPlace, type Place } from './position';
export {
  CODE_ALPHABET,
  CODE_VERSION,
  decodeResumeCode,
  encodeResumeCode,
  formatResumeCode,
  normaliseCode,
  verifyResumeCode,
  SEED_BITS,
  type CheckedCode,
  type ResumeCodeError,
} from './resume-code';
export { replay, replaySteps, runRecordOf, type ReplayError } from './replay';
export { shownConsequences, type ShownConsequences } from './shown-consequences';
export { thresholdCrossings, type ThresholdCrossing, type ThresholdKind } from './thresholds';
export { err, ok, type Result } from '../lib/result';
export {
  decodeSave,
  encodeSave,
  OLDEST_READABLE_SAVE_VERSION,
  SAVE_FORMAT,
  SAVE_VERSION,
  type DecodedSave,
  type SaveError,
} from './save';
export type * from './types';
