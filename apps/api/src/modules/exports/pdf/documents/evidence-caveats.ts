/**
 * What the evidence says about reading symmetry and passing criteria (REFERENCE §2.1, §2.2, §4.6 and
 * §6.3), worded once for clinicians and once for patients. Quoted facts with their sources, not
 * computed values. The studies are associations in cohorts after ACL reconstruction: no wording here
 * promises that meeting criteria makes a return safe.
 */
export const CLINICAL_CAVEATS = {
  deconditioning:
    'An LSI of 90% or more can coexist with poor absolute function: both limbs decondition after ACL ' +
    'reconstruction, so the LSI can overestimate function. Read it with the absolute values and, where a ' +
    'pre-operative baseline of the uninvolved limb exists, with EPIC (Wellsandt 2017; Madsen 2020).',
  healthyAsymmetry:
    'Healthy people are not perfectly symmetric: the healthy mean hop LSI is about 98–102% (Munro 2011), ' +
    'and only 24% of non-injured athletes passed a full symmetry battery, against 17% of ACLR athletes ' +
    '(Markström 2023).',
  measurementError:
    'Changes smaller than the minimal detectable change (about 7–13 percentage points for hop LSI; Reid ' +
    '2007) are within measurement error and should not be read as progress or decline.',
  residualRisk:
    'Meeting return-to-sport criteria was associated with fewer re-injuries, but it does not remove the risk ' +
    'and is no guarantee of a safe return: in Grindem 2016, 5.6% of athletes who passed were re-injured against ' +
    '38.2% of those who failed (HR 0.16, p = 0.075, not significant at the 0.05 level); in Kyritsis 2016, not ' +
    'meeting all six discharge criteria carried a 4.1-fold hazard of graft rupture (95% CI 1.9–9.2), and ' +
    'ruptures also occurred in athletes who met them.',
  timing:
    'Returning to pivoting sport at 9 months after surgery or later is supported by evidence: the re-injury ' +
    'rate fell by 51% for each month return was delayed, up to 9 months (Grindem 2016).',
} as const;

export const PATIENT_CAVEATS = {
  residualRisk:
    'In studies, people who met return-to-sport criteria were re-injured less often, but meeting them does ' +
    'not remove the risk (Grindem 2016, Kyritsis 2016). Passing a test is one part of the decision you and ' +
    'your therapist make together.',
  timing:
    'Research suggests waiting until at least 9 months after surgery before going back to sports with ' +
    'jumping, cutting or pivoting: the risk of a new knee injury was lower for each month people waited, ' +
    'up to about 9 months (Grindem 2016).',
  symmetry:
    'Healthy people are not perfectly even between legs either, and small changes from one test to the next ' +
    'can be measurement noise rather than real change.',
} as const;
