/** Conditions an episode of care can be opened for. ACL reconstruction is the first, deepest use case. */
export const EPISODE_CONDITIONS = ['acl_reconstruction', 'acl_nonoperative', 'acl_revision'] as const;
export type EpisodeCondition = (typeof EPISODE_CONDITIONS)[number];

export const INVOLVED_SIDES = ['left', 'right'] as const;
export type InvolvedSide = (typeof INVOLVED_SIDES)[number];

export const GRAFT_TYPES = [
  'hamstring_autograft',
  'bone_patellar_tendon_bone_autograft',
  'quadriceps_tendon_autograft',
  'allograft',
  'other',
] as const;
export type GraftType = (typeof GRAFT_TYPES)[number];

export const CONCOMITANT_INJURIES = [
  'medial_meniscus_tear',
  'lateral_meniscus_tear',
  'meniscal_repair',
  'partial_meniscectomy',
  'mcl_injury',
  'lcl_injury',
  'pcl_injury',
  'posterolateral_corner_injury',
  'cartilage_lesion',
  'bone_bruise',
] as const;
export type ConcomitantInjury = (typeof CONCOMITANT_INJURIES)[number];

export const EPISODE_STATUSES = ['active', 'on_hold', 'discharged'] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

/** Human labels, so the dashboard and exports say the same thing. */
export const GRAFT_TYPE_LABELS: Readonly<Record<GraftType, string>> = {
  hamstring_autograft: 'Hamstring tendon autograft',
  bone_patellar_tendon_bone_autograft: 'Bone–patellar tendon–bone autograft',
  quadriceps_tendon_autograft: 'Quadriceps tendon autograft',
  allograft: 'Allograft',
  other: 'Other',
};

export const EPISODE_CONDITION_LABELS: Readonly<Record<EpisodeCondition, string>> = {
  acl_reconstruction: 'ACL reconstruction',
  acl_nonoperative: 'ACL injury, non-operative management',
  acl_revision: 'ACL revision reconstruction',
};

export const CONCOMITANT_INJURY_LABELS: Readonly<Record<ConcomitantInjury, string>> = {
  medial_meniscus_tear: 'Medial meniscus tear',
  lateral_meniscus_tear: 'Lateral meniscus tear',
  meniscal_repair: 'Meniscal repair',
  partial_meniscectomy: 'Partial meniscectomy',
  mcl_injury: 'MCL injury',
  lcl_injury: 'LCL injury',
  pcl_injury: 'PCL injury',
  posterolateral_corner_injury: 'Posterolateral corner injury',
  cartilage_lesion: 'Cartilage lesion',
  bone_bruise: 'Bone bruise',
};

export const EPISODE_STATUS_LABELS: Readonly<Record<EpisodeStatus, string>> = {
  active: 'Active',
  on_hold: 'On hold',
  discharged: 'Discharged',
};

export interface Episode {
  id: string;
  patientId: string;
  condition: EpisodeCondition;
  involvedSide: InvolvedSide;
  /** ISO calendar dates, YYYY-MM-DD. */
  injuryDate: string;
  surgeryDate: string | null;
  graftType: GraftType | null;
  concomitantInjuries: ConcomitantInjury[];
  sport: string | null;
  /** Tegner activity level before the injury, integer 0–10. */
  preInjuryTegner: number | null;
  status: EpisodeStatus;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateEpisodeRequest {
  condition: EpisodeCondition;
  involvedSide: InvolvedSide;
  injuryDate: string;
  surgeryDate?: string | null;
  graftType?: GraftType | null;
  concomitantInjuries?: ConcomitantInjury[];
  sport?: string | null;
  preInjuryTegner?: number | null;
  status?: EpisodeStatus;
}

export type UpdateEpisodeRequest = Partial<CreateEpisodeRequest> & { version: number };
