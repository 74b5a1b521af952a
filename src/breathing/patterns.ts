/**
 * The breathing patterns a reader can follow: gentle and slow, never fast or forced (see
 * the evidence notes, EVIDENCE.md: "zacht, niet dieper"). Times are in seconds, in steps of 0.5.
 */

/** `more` is the small second inhale of a sigh; a hold keeps the lungs as they are. */
export type StepKind = 'in' | 'more' | 'hold' | 'out';

export interface Step {
  kind: StepKind;
  seconds: number;
}

export const PATTERN_IDS = [
  'rustig-ademen',
  'verlengde-uitademing',
  'box-ademhaling',
  'cyclisch-zuchten',
  'buikademhaling',
  'zachte-neusademhaling',
] as const;

export type PatternId = (typeof PATTERN_IDS)[number];

export interface Pattern {
  id: PatternId;
  name: string;
  /** One or two sentences shown with the exercise. */
  summary: string;
  /** A few short paragraphs for the pattern's own page. */
  explanation: string[];
  steps: Step[];
}

/** Session length when an article does not choose one. */
export const DEFAULT_MINUTES = 3;
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 10;

export const patterns: Pattern[] = [
  {
    id: 'rustig-ademen',
    name: 'Rustig ademen',
    summary: 'Je ademt even lang in als uit, in een rustig tempo: ongeveer vijf à zes keer per minuut.',
    explanation: [
      'Bij rustig ademen maak je je inademing en je uitademing even lang. Het tempo is laag: ongeveer vijf à zes ademhalingen per minuut. Dat is langzamer dan je gewend bent, maar het hoeft niet dieper.',
      'Adem zacht, het liefst door je neus. Je hoeft niet vol te ademen. Voelt het tempo te langzaam? Adem dan tussendoor gewoon een keer extra. Dat mag altijd.',
      'Je kunt zitten, staan of liggen. Leg als je wilt een hand op je buik of je borst, zodat je de adem voelt gaan.',
    ],
    steps: [
      { kind: 'in', seconds: 5.5 },
      { kind: 'out', seconds: 5.5 },
    ],
  },
  {
    id: 'verlengde-uitademing',
    name: 'Verlengde uitademing',
    summary: 'Je uitademing duurt iets langer dan je inademing: vier tellen in, zes tellen uit.',
    explanation: [
      'Bij deze oefening adem je rustig in en adem je iets langer uit. Je uitademing duurt zes tellen, je inademing vier.',
      'Laat de uitademing vanzelf gaan, zonder te duwen. Je kunt uitademen door je neus of door licht getuite lippen, alsof je zacht tegen een kaarsvlam blaast zonder dat hij uitgaat.',
      'Lukt zes tellen niet? Dan is een kortere uitademing ook goed. Het gaat om rustig, niet om precies.',
    ],
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'out', seconds: 6 },
    ],
  },
  {
    id: 'box-ademhaling',
    name: 'Box-ademhaling',
    summary:
      'Vier gelijke stukken, zoals de zijden van een vierkant: in, even vasthouden, uit, even vasthouden. Het vasthouden mag je overslaan.',
    explanation: [
      'Bij box-ademhaling bestaat elke ademhaling uit vier gelijke stukken van vier tellen: inademen, je adem even vasthouden, uitademen en weer even wachten.',
      'Houd je adem zacht vast, zonder te knijpen in je keel. Is vasthouden niet prettig? Zet het dan uit bij de instellingen. Dan adem je vier tellen in en vier tellen uit.',
      'Houd je adem nooit vast in of bij het water, of tijdens het autorijden.',
    ],
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold', seconds: 4 },
      { kind: 'out', seconds: 4 },
      { kind: 'hold', seconds: 4 },
    ],
  },
  {
    id: 'cyclisch-zuchten',
    name: 'Cyclisch zuchten',
    summary:
      'Twee keer inademen door je neus, een gewone inademing en dan nog een klein beetje extra. Daarna adem je lang en zacht uit, als een zucht.',
    explanation: [
      'Cyclisch zuchten lijkt op een zucht die je vanzelf ook weleens doet. Je ademt in door je neus. Dan adem je nog een klein beetje extra in, ook door je neus. Daarna adem je lang en rustig uit, het liefst door je mond.',
      'De tweede inademing is klein. Je hoeft je longen niet helemaal te vullen. Adem zacht, niet dieper.',
      'Word je duizelig? Stop dan en adem weer zoals je gewend bent.',
    ],
    steps: [
      { kind: 'in', seconds: 3 },
      { kind: 'more', seconds: 1 },
      { kind: 'out', seconds: 6 },
    ],
  },
  {
    id: 'buikademhaling',
    name: 'Buikademhaling',
    summary:
      'Je ademt rustig naar je buik: je buik komt zacht omhoog als je inademt en zakt weer als je uitademt.',
    explanation: [
      'Bij buikademhaling laat je de adem naar je buik zakken. Dat doet je middenrif: de grote ademspier onder je longen. Als hij aanspant, komt je buik een beetje naar voren.',
      'Lig op je rug of zit rechtop. Leg als je wilt een hand op je buik. Adem zacht in en voel je buik omhoog komen. Adem rustig uit en voel hem weer zakken.',
      'Je hoeft niet dieper te ademen dan normaal. Een kleine beweging van je buik is genoeg.',
    ],
    steps: [
      { kind: 'in', seconds: 5 },
      { kind: 'out', seconds: 7 },
    ],
  },
  {
    id: 'zachte-neusademhaling',
    name: 'Zachte neusademhaling',
    summary: 'Je ademt zacht in en uit door je neus, zonder je adem vast te houden.',
    explanation: [
      'Bij deze oefening adem je in en uit door je neus. Zacht, zodat je de lucht bijna niet hoort.',
      'Als je wilt, neurie je zacht bij het uitademen. Zit je neus dicht? Dan mag je ook door je mond ademen.',
      'Je ogen mogen open blijven. Kijk bijvoorbeeld naar een vast punt in de kamer.',
    ],
    steps: [
      { kind: 'in', seconds: 4 },
      { kind: 'out', seconds: 5 },
    ],
  },
];

export function patternById(id: PatternId): Pattern {
  return patterns.find((pattern) => pattern.id === id)!;
}

export const hasHolds = (steps: Step[]) => steps.some(({ kind }) => kind === 'hold');
