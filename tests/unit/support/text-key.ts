import { I18nKey, type TextKey } from '../../../src/content/schema';

/** A content text key written in a test, checked as the content's own keys are: `textKey('ch01:briefing.lead')`. */
export const textKey = (key: string): TextKey => I18nKey.parse(key);
