import { CreateFoundationSchema1795565489180 } from '../../../../migrations/1795565489180-CreateFoundationSchema.js';
import { AddAssessmentsAndQuestionnaires1795568289233 } from '../../../../migrations/1795568289233-AddAssessmentsAndQuestionnaires.js';
import { ProtectClinicalRecordHistory1795568653206 } from '../../../../migrations/1795568653206-ProtectClinicalRecordHistory.js';
import { ProtectAssessmentFacts1795571288440 } from '../../../../migrations/1795571288440-ProtectAssessmentFacts.js';
import { AddProtocolsProgrammesAndSessions1795573210047 } from '../../../../migrations/1795573210047-AddProtocolsProgrammesAndSessions.js';
import { ProtectProtocolsAndProgrammeHistory1795573210048 } from '../../../../migrations/1795573210048-ProtectProtocolsAndProgrammeHistory.js';
import { AllowProtocolMeasureTypes1795573210049 } from '../../../../migrations/1795573210049-AllowProtocolMeasureTypes.js';
import { AddNotesAndClinicSettings1795576210458 } from '../../../../migrations/1795576210458-AddNotesAndClinicSettings.js';
import { ProtectSignedNotes1795576210459 } from '../../../../migrations/1795576210459-ProtectSignedNotes.js';
import { ProtectNoteSigning1795576210460 } from '../../../../migrations/1795576210460-ProtectNoteSigning.js';

/** The migration chain in order. A new migration is appended here; a landed one is never edited. */
export const MIGRATIONS = [
  CreateFoundationSchema1795565489180,
  AddAssessmentsAndQuestionnaires1795568289233,
  ProtectClinicalRecordHistory1795568653206,
  ProtectAssessmentFacts1795571288440,
  AddProtocolsProgrammesAndSessions1795573210047,
  ProtectProtocolsAndProgrammeHistory1795573210048,
  AllowProtocolMeasureTypes1795573210049,
  AddNotesAndClinicSettings1795576210458,
  ProtectSignedNotes1795576210459,
  ProtectNoteSigning1795576210460,
];
