export * from './time/age.js';
export * from './time/calendar-date.js';
export * from './time/time-since-surgery.js';

export * from './validation/result.js';

export * from './interpretation/evidence.js';
export * from './interpretation/threshold.js';
export * from './interpretation/hop-thresholds.js';
export * from './interpretation/prom-thresholds.js';
export * from './interpretation/function-thresholds.js';
export * from './interpretation/minimal-change.js';

export * from './measures/aggregate.js';
export * from './measures/symmetry.js';
export * from './measures/measurement-error.js';
export * from './measures/hop-tests.js';
export * from './measures/strength.js';
export * from './measures/y-balance.js';
export * from './measures/plausibility.js';
export * from './measures/single-leg-stance.js';
export * from './measures/running-t-test.js';
export * from './measures/reaction-time.js';
export * from './measures/knee-rom.js';
export * from './measures/effusion.js';
export * from './measures/quadriceps-lag.js';

export * from './proms/items.js';
export * from './proms/ikdc.js';
export * from './proms/koos.js';
export * from './proms/koos12.js';
export * from './proms/acl-rsi.js';
export * from './proms/tegner.js';
export * from './proms/lysholm.js';
export * from './proms/lefs.js';
export * from './proms/kos-adls.js';
export * from './proms/global-rating.js';

export * from './registry/measure-types.js';
export * from './registry/compute-measure.js';
export * from './registry/instruments.js';
export * from './registry/score-questionnaire.js';
export * from './registry/plausible-trials.js';

export * from './criteria/criterion-measures.js';
export * from './criteria/evaluate-criteria.js';
export * from './criteria/criterion-values.js';

export * from './programmes/vocabulary.js';
export * from './programmes/protocol-types.js';

export * from './measures/prone-heel-height.js';
export * from './measures/single-leg-squat.js';
export * from './measures/endurance-tests.js';
export * from './measures/vestibular-balance.js';
export * from './measures/leg-press.js';
export * from './measures/mrss.js';
export * from './measures/tsk11.js';
export * from './measures/rehab-milestone.js';
export * from './programmes/dosage.js';
export * from './programmes/exercise-catalogue.js';
export * from './programmes/post-aclr-protocol.js';
export * from './programmes/validate-protocol.js';
export * from './programmes/phase-order.js';
export * from './programmes/generate-programme.js';
export * from './programmes/prescription-diff.js';
export * from './notes/progress-report-due.js';
