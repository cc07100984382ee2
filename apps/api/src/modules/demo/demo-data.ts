import type { ConcomitantInjury, GraftType, InvolvedSide, Role, Sex } from '@proprio/contracts';

/** Shown in the README: the demo clinic's sign-ins. Never used when a real database is configured. */
export const DEMO_PASSWORD = 'proprio-demo-2026';
export const DEMO_CLINIC = 'Proprio Demo Clinic';

export const DEMO_USERS: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@proprio.example', displayName: 'Dana Admin', role: 'admin' },
  { email: 'therapist@proprio.example', displayName: 'Terry Therapist, PT', role: 'therapist' },
  { email: 'assistant@proprio.example', displayName: 'Ash Assistant, PTA', role: 'assistant' },
];

interface DemoPatient {
  recordNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  episode: {
    involvedSide: InvolvedSide;
    /** Days before the seeding day, so the demo always looks current. */
    injuryDaysAgo: number;
    surgeryDaysAgo: number | null;
    graftType: GraftType | null;
    concomitantInjuries: ConcomitantInjury[];
    sport: string;
    preInjuryTegner: number;
  };
}

/** Fictional people; any likeness to real patients is accidental. */
export const DEMO_PATIENTS: DemoPatient[] = [
  {
    recordNumber: 'DEMO-0001',
    givenName: 'Maya',
    familyName: 'Lindqvist',
    dateOfBirth: '2003-05-14',
    sex: 'female',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 200,
      surgeryDaysAgo: 170,
      graftType: 'hamstring_autograft',
      concomitantInjuries: ['medial_meniscus_tear', 'meniscal_repair'],
      sport: 'Football (soccer)',
      preInjuryTegner: 9,
    },
  },
  {
    recordNumber: 'DEMO-0002',
    givenName: 'Jonah',
    familyName: 'Okafor',
    dateOfBirth: '1998-11-02',
    sex: 'male',
    episode: {
      involvedSide: 'right',
      injuryDaysAgo: 95,
      surgeryDaysAgo: 80,
      graftType: 'bone_patellar_tendon_bone_autograft',
      concomitantInjuries: [],
      sport: 'Basketball',
      preInjuryTegner: 9,
    },
  },
  {
    recordNumber: 'DEMO-0003',
    givenName: 'Sofia',
    familyName: 'Marchetti',
    dateOfBirth: '2007-02-21',
    sex: 'female',
    episode: {
      involvedSide: 'right',
      injuryDaysAgo: 300,
      surgeryDaysAgo: 280,
      graftType: 'quadriceps_tendon_autograft',
      concomitantInjuries: ['lateral_meniscus_tear', 'partial_meniscectomy'],
      sport: 'Alpine skiing',
      preInjuryTegner: 8,
    },
  },
  {
    recordNumber: 'DEMO-0004',
    givenName: 'Liam',
    familyName: 'Byrne',
    dateOfBirth: '1990-08-30',
    sex: 'male',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 40,
      surgeryDaysAgo: null,
      graftType: null,
      concomitantInjuries: ['bone_bruise'],
      sport: 'Rugby union',
      preInjuryTegner: 10,
    },
  },
  {
    recordNumber: 'DEMO-0005',
    givenName: 'Aiko',
    familyName: 'Tanaka',
    dateOfBirth: '2001-12-09',
    sex: 'female',
    episode: {
      involvedSide: 'left',
      injuryDaysAgo: 420,
      surgeryDaysAgo: 390,
      graftType: 'hamstring_autograft',
      concomitantInjuries: ['mcl_injury'],
      sport: 'Handball',
      preInjuryTegner: 7,
    },
  },
];
