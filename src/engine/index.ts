export { applyChoice } from './apply-choice';
export { chooseEnding } from './ending';
export { countVotes, recordVotes, voteKey, type VoteResult } from './class-vote';
export { recordCheck, scoreCheck, type CheckScore } from './knowledge-check';
export { clampMeter, METER_MAX, METER_MIN } from './effects';
export { newRun } from './new-run';
export { currentPlace, type Place } from './position';
export {
  CODE_ALPHABET,
  decodeResumeCode,
  encodeResumeCode,
  formatResumeCode,
  normaliseCode,
  verifyResumeCode,
  SEED_BITS,
  type ResumeCodeError,
} from './resume-code';
export { replay, replaySteps, runRecordOf, type ReplayError } from './replay';
export { err, ok, type Result } from './result';
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
