/** "Did you mean" for rule ids: the shared matcher (src/core/mirip.ts). */
export { didYouMean as didYouMeanId } from '../../core/mirip.js';
