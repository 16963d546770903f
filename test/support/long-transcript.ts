/** The long-transcript generator lives in bench/ (shared by the benchmark and tests). */
export { longTranscript } from '../../bench/long-transcript.mjs';
