import type { PatternId, Step, StepKind } from '../breathing/patterns.ts';
import { activeSteps } from '../breathing/timing.ts';
import type { StudyDesign, StudyFacts } from '../citations/study-design.ts';
import { exerciseGuideText } from './nl-exercise-guide.ts';

const stepWords: Record<StepKind, string> = { in: 'in', more: 'nog wat in', hold: 'vasthouden', out: 'uit' };

/** The search page's strings, exported on their own too so its script bundles only these. */
export const searchText = {
  title: 'Zoeken',
  description: 'Zoek in alle artikelen van Ademruimte, bijvoorbeeld op psoas, neus of middenrif.',
  siteSearch: 'Zoeken op de site',
  label: 'Zoek in de artikelen',
  submit: 'Zoeken',
  results: (count: number, query: string) =>
    count === 1 ? `1 resultaat voor ‘${query}’` : `${count} resultaten voor ‘${query}’`,
  noResults: (query: string) => `Geen resultaten voor ‘${query}’`,
  tipsTitle: 'Probeer dit:',
  tipSpelling: 'Kijk of het woord goed gespeld is.',
  tipShorter: 'Zoek op één woord, of op een korter woord: ‘neus’ vindt ook ‘neusademhaling’.',
  tipWords: 'Zoek op een van deze woorden:',
  tipTopics: 'Bekijk alle onderwerpen',
  failed: 'Zoeken lukt nu niet. Laad de pagina opnieuw, of bekijk alle onderwerpen.',
  noScript:
    'Zoeken werkt alleen met JavaScript. Zonder JavaScript vind je alle artikelen bij de onderwerpen.',
  devOnly:
    'Zoeken werkt nog niet in de ontwikkelmodus (npm run dev): de zoekindex wordt pas gemaakt bij een build. Zoek in de gebouwde site met npm run build en daarna npm run preview.',
} as const;

const studyDesignText: Record<StudyDesign, { label: string; counted: [string, string]; about: string }> = {
  guideline: {
    label: 'Richtlijn',
    counted: ['richtlijn', 'richtlijnen'],
    about: 'Advies voor zorgverleners, door een beroepsgroep opgesteld op basis van onderzoek.',
  },
  'meta-analysis': {
    label: 'Meta-analyse',
    counted: ['meta-analyse', 'meta-analyses'],
    about: 'Een overzicht dat de uitkomsten van meerdere studies samen doorrekent.',
  },
  'systematic-review': {
    label: 'Systematisch overzicht',
    counted: ['systematisch overzicht', 'systematische overzichten'],
    about: 'Een overzicht dat volgens een vast plan alle studies over één vraag zoekt en beoordeelt.',
  },
  'randomised-trial': {
    label: 'Gerandomiseerde studie',
    counted: ['gerandomiseerde studie', 'gerandomiseerde studies'],
    about: 'Een proef waarin loting bepaalt wie de oefening of behandeling krijgt en wie niet.',
  },
  'non-randomised-trial': {
    label: 'Studie zonder loting',
    counted: ['studie zonder loting', 'studies zonder loting'],
    about:
      'Een proef zonder loting, vaak zonder groep om mee te vergelijken. Zo’n studie laat zien of iets te doen is, niet of het werkt.',
  },
  'lab-human': {
    label: 'Labonderzoek bij mensen',
    counted: ['labonderzoek bij mensen', 'labonderzoeken bij mensen'],
    about: 'Metingen bij mensen in een laboratorium, vaak kort en bij weinig mensen.',
  },
  'lab-animal': {
    label: 'Dierstudie',
    counted: ['dierstudie', 'dierstudies'],
    about:
      'Onderzoek bij dieren, of bij weefsel in het lab. Wat daar gebeurt, geldt niet vanzelf voor mensen.',
  },
  'case-report': {
    label: 'Beschrijving van één patiënt',
    counted: ['beschrijving van één patiënt', 'beschrijvingen van één patiënt'],
    about: 'Het verhaal van één patiënt. Het laat zien wat kan gebeuren, niet wat meestal gebeurt.',
  },
  'narrative-review': {
    label: 'Overzichtsartikel',
    counted: ['overzichtsartikel', 'overzichtsartikelen'],
    about: 'Een artikel dat onderzoek samenvat, zonder vast plan om alle studies te vinden.',
  },
  theory: {
    label: 'Theorie (model)',
    counted: ['theorie', 'theorieën'],
    about: 'Een idee of model dat onderzoekers voorstellen. Het moet nog getest worden.',
  },
  book: {
    label: 'Boek',
    counted: ['boek', 'boeken'],
    about:
      'Een boek: een naslagwerk, of de visie van de schrijver. Meestal niet vooraf door andere onderzoekers beoordeeld.',
  },
};

/** A paragraph of a pattern's explanation; a factual one names its sources (ids in sources.json). */
export type Paragraph = string | { text: string; cite: readonly string[] };

/** Each pattern in words: its summary (also the page's meta description) and its own page's text. */
const patternTexts: Record<PatternId, { summary: string; explanation: readonly Paragraph[] }> = {
  'rustig-ademen': {
    summary: 'Je ademt even lang in als uit, in een rustig tempo: ongeveer vijf à zes keer per minuut.',
    explanation: [
      'Bij rustig ademen maak je je inademing en je uitademing even lang. Het tempo is laag: ongeveer vijf à zes ademhalingen per minuut. Dat is langzamer dan je gewend bent, maar het hoeft niet dieper.',
      'Adem zacht, het liefst door je neus. Je hoeft niet vol te ademen. Voelt het tempo te langzaam? Adem dan tussendoor gewoon een keer extra. Dat mag altijd.',
      'Je kunt zitten, staan of liggen. Leg als je wilt een hand op je buik of je borst, zodat je de adem voelt gaan.',
    ],
  },
  'verlengde-uitademing': {
    summary: 'Je uitademing duurt iets langer dan je inademing: vier tellen in, zes tellen uit.',
    explanation: [
      'Bij deze oefening adem je rustig in en adem je iets langer uit. Je uitademing duurt zes tellen, je inademing vier.',
      'Laat de uitademing vanzelf gaan, zonder te duwen. Je kunt uitademen door je neus of door licht getuite lippen, alsof je zacht tegen een kaarsvlam blaast zonder dat hij uitgaat.',
      'Lukt zes tellen niet? Dan is een kortere uitademing ook goed. Het gaat om rustig, niet om precies.',
    ],
  },
  'box-ademhaling': {
    summary:
      'Vier gelijke stukken, zoals de zijden van een vierkant: in, even vasthouden, uit, even vasthouden. Het vasthouden mag je overslaan.',
    explanation: [
      'Bij box-ademhaling bestaat elke ademhaling uit vier gelijke stukken van vier tellen: inademen, je adem even vasthouden, uitademen en weer even wachten.',
      'Het vasthouden staat eerst uit: dan adem je vier tellen in en vier tellen uit. Wil je het proberen? Zet het dan aan bij de instellingen. Houd je adem zacht vast, zonder te knijpen in je keel, en zet het weer uit als het niet prettig is.',
      'Houd je adem nooit vast in of bij het water, of tijdens het autorijden.',
    ],
  },
  'cyclisch-zuchten': {
    summary:
      'Twee keer inademen door je neus, een gewone inademing en dan nog een klein beetje extra. Daarna adem je lang en zacht uit, als een zucht.',
    explanation: [
      'Cyclisch zuchten lijkt op een zucht die je vanzelf ook weleens slaakt. Je ademt in door je neus. Dan adem je nog een klein beetje extra in, ook door je neus. Daarna adem je lang en rustig uit, het liefst door je mond.',
      'De tweede inademing is klein. Je hoeft je longen niet helemaal te vullen. Adem zacht, niet dieper.',
      {
        text: 'In een studie van een maand deden volwassenen elke dag vijf minuten een ademoefening. Bij deze oefening ging hun stemming het meest vooruit. Het ging om een proef via internet, met loting.',
        cite: ['balban2023'],
      },
      'Daarom duurt deze oefening hier hoogstens vijf minuten. Langer is niet onderzocht.',
      {
        text: 'Een overzichtsartikel noemt vaak diep zuchten een vorm van ademen die klachten kan geven, net als hyperventilatie. Heb je last van hyperventilatie? Doe deze oefening dan niet.',
        cite: ['boulding2016'],
      },
      'Word je duizelig? Stop dan en adem weer zoals je gewend bent.',
    ],
  },
  buikademhaling: {
    summary:
      'Je ademt rustig naar je buik: je buik komt zacht omhoog als je inademt en zakt weer als je uitademt.',
    explanation: [
      'Bij buikademhaling laat je de adem naar je buik zakken. Dat doet je middenrif: de grote ademspier onder je longen. Als het middenrif aanspant, komt je buik een beetje naar voren.',
      'Lig op je rug of zit rechtop. Leg als je wilt een hand op je buik. Adem zacht in en voel je buik omhoogkomen. Adem rustig uit en voel hem weer zakken.',
      'Je hoeft niet dieper te ademen dan normaal. Een kleine beweging van je buik is genoeg.',
    ],
  },
  'zachte-neusademhaling': {
    summary: 'Je ademt zacht in en uit door je neus, zonder je adem vast te houden.',
    explanation: [
      'Bij deze oefening adem je in en uit door je neus. Zacht, zodat je de lucht bijna niet hoort.',
      'Als je wilt, neurie je zacht bij het uitademen. Zit je neus dicht? Dan mag je ook door je mond ademen.',
      'Je ogen mogen open blijven. Kijk bijvoorbeeld naar een vast punt in de kamer.',
    ],
  },
};

/**
 * Every string a reader sees, in Dutch. A second language gets a sibling module with the same shape.
 */
export const ui = {
  siteTagline: 'Ademwerk en het lichaam, zonder hype',
  skipToContent: 'Naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    home: 'Artikelen',
    categories: 'Onderwerpen',
    about: 'Over ons',
    exercises: 'Oefeningen',
  },
  about: {
    title: 'Over Ademruimte',
    description:
      'Waarom Ademruimte bestaat, hoe we bronnen kiezen en elke bewering onderbouwen, en waarom onze artikelen geen medisch advies zijn.',
  },
  theme: {
    toggle: 'Donker thema',
  },
  home: {
    title: 'Ademruimte — ademwerk en het lichaam',
    description:
      'Heldere Nederlandse artikelen over ademwerk, stress, trauma, de psoas, fascia en neusademhaling. Elke bewering met bron, elke oefening zacht en rustig.',
    heading: 'Ademruimte',
    intro:
      'Ademruimte legt uit wat ademwerk met je lichaam doet. We schrijven in gewone taal. Bij elke bewering staat een bron, zodat je zelf kunt nakijken wat onderzoek laat zien. En bij elk artikel hoort een rustige ademoefening die je meteen kunt proberen.',
    latest: 'Alle artikelen',
  },
  article: {
    published: 'Gepubliceerd',
    updated: 'Bijgewerkt',
    readingTime: (minutes: number) => `${minutes} min leestijd`,
    toc: 'Inhoud',
    tags: 'Trefwoorden',
    related: 'Lees ook',
    headingAnchor: (heading: string) => `Link naar deze sectie: ${heading}`,
  },
  credits: {
    writtenBy: 'Geschreven door',
    reviewedBy: 'Nagekeken door',
    on: 'op',
    notMedicallyReviewed: 'Nog niet medisch nagekeken.',
    notMedicallyReviewedWhy: 'Nog geen arts of therapeut heeft deze tekst gelezen.',
    sourcesChecked: 'Bronnen gecontroleerd op',
    nextReview: 'Volgende controle vóór',
    overdue: 'Deze tekst is aan controle toe.',
    overdueWhy: 'Hij had opnieuw nagekeken moeten worden. Lees hem met dat in je achterhoofd.',
    howWeWork: 'Zo werken we',
  },
  help: {
    title: 'Hulp zoeken',
    seeYourGp: 'Ga naar je huisarts als:',
    emergency: ['Is het een noodgeval? Bel ', '112', '.'],
    gp: 'Geen spoed, maar wil je hulp of advies? Bel je huisarts. Is de praktijk dicht? Bel dan de huisartsenpost.',
    suicide: [
      'Denk je aan zelfdoding? Praat erover met 113 Zelfmoordpreventie: bel ',
      '113',
      ' of ',
      '0800-0113',
      ', of kijk op ',
      '113.nl',
      '.',
    ],
  },
  changes: {
    title: 'Wijzigingen',
    none: 'Geen wijzigingen sinds de publicatie.',
    older: (count: number) =>
      `${count === 1 ? 'Eén oudere wijziging staat' : `${count} oudere wijzigingen staan`} op de pagina`,
    report: 'Meld een fout of geef een reactie',
    reportWhy: 'We lezen elk bericht. Verbeteren we iets, dan staat het hier.',
    reportSubject: (title: string, url: string) => `Fout of reactie: ${title} (${url})`,
    footer: 'Wijzigingen',
    page: {
      title: 'Wijzigingen',
      description: 'Alle verbeteringen in de artikelen van Ademruimte, de nieuwste eerst.',
      intro:
        'Vinden we een fout, of zegt een tekst meer dan de bron? Dan verbeteren we het. Hier staat elke verbetering, de nieuwste eerst. Bij elk artikel staan ook zijn eigen wijzigingen.',
      none: 'Er zijn nog geen wijzigingen.',
    },
  },
  share: {
    title: 'Deel dit artikel',
    native: 'Delen…',
    copy: 'Kopieer link',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link uit de adresbalk.',
    mail: 'E-mail',
    mailSubject: (title: string) => `Artikel op Ademruimte: ${title}`,
    mailBody: (title: string, url: string) =>
      `Misschien vind je dit artikel op Ademruimte interessant:\r\n\r\n${title}\r\n${url}`,
    imageAlt: (title: string, category: string) => `${title} — ${category}, op Ademruimte`,
    siteImageTitle: 'Heldere artikelen over ademwerk en je lichaam. Elke bewering met bron.',
    siteImageAlt: 'Ademruimte: heldere artikelen over ademwerk en je lichaam. Elke bewering met bron.',
  },
  breadcrumb: {
    label: 'Kruimelpad',
    home: 'Home',
  },
  categories: {
    title: 'Onderwerpen',
    description: 'Alle onderwerpen van Ademruimte, met hun artikelen.',
    count: (n: number) => (n === 1 ? '1 artikel' : `${n} artikelen`),
  },
  category: {
    description: (name: string) => `Artikelen over ${name.toLowerCase()} op Ademruimte.`,
  },
  tags: {
    title: 'Trefwoorden',
    description: 'Alle trefwoorden van Ademruimte.',
    heading: (tag: string) => `Trefwoord: ${tag}`,
    pageDescription: (tag: string) => `Artikelen op Ademruimte met het trefwoord ‘${tag}’.`,
  },
  notFound: {
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet (meer) op Ademruimte.',
    text: 'Deze pagina bestaat niet, of niet meer. Misschien is het adres verkeerd getypt of is de pagina verhuisd.',
    home: 'Naar de startpagina',
    categories: 'Bekijk alle onderwerpen',
  },
  footer: {
    disclaimer:
      'Ademruimte geeft informatie, geen medisch advies. Twijfel je over je gezondheid? Vraag het je huisarts.',
    about: 'Over Ademruimte en onze werkwijze',
    rss: 'RSS-feed',
  },
  rss: {
    title: 'Ademruimte',
    description: 'Nieuwe artikelen over ademwerk en het lichaam.',
  },
  citations: {
    heading: 'Bronnen',
    /**
     * The accessible name of a marker, holding its visible text ("2–4", "1, p. 97") so speech input
     * can name it: "Bronnen 2–4: Russo et al., 2017; …".
     */
    marker: (visible: string, names: readonly string[]) =>
      `${/^\d+(, p|$)/.test(visible) ? 'Bron' : 'Bronnen'} ${visible}: ${names.join('; ')}`,
    backlink: (reference: string) => `Terug naar verwijzing ${reference}`,
    pubmed: 'PubMed',
    /** Each kind of study: its label, how it is counted ("2 dierstudies") and what it means. */
    designs: studyDesignText,
    /** "Gerandomiseerde studie · 46 deelnemers": the kind of study and only the numbers it states. */
    studyLine: ({ design, studies, participants }: StudyFacts) =>
      [
        studyDesignText[design].label,
        studies && (studies === 1 ? '1 studie' : `${studies} studies`),
        design !== 'case-report' &&
          participants &&
          (design === 'lab-animal'
            ? `${participants} ${participants === 1 ? 'dier' : 'dieren'}`
            : `${participants} ${participants === 1 ? 'deelnemer' : 'deelnemers'}`),
      ]
        .filter(Boolean)
        .join(' · '),
    /** "Dit artikel steunt op 2 meta-analyses, 3 gerandomiseerde studies en 1 boek." */
    restsOn: (counts: readonly [StudyDesign, number][], text: 'article' | 'explanation' = 'article') =>
      `${text === 'article' ? 'Dit artikel' : 'Deze uitleg'} steunt op ${listFormat.format(
        counts.map(([design, n]) => `${n} ${studyDesignText[design].counted[n === 1 ? 0 : 1]}`),
      )}.`,
    designsTitle: 'Soorten bronnen',
    designsLink: 'Wat betekenen deze soorten?',
    page: {
      title: 'Bronnen',
      description: 'Alle bronnen van Ademruimte, met de artikelen waarin we ze gebruiken.',
      intro:
        'Hier staan alle bronnen die we gebruiken. Bij elke bron zie je in welke artikelen we ernaar verwijzen. Elke bron is nagekeken bij de uitgever of in een databank zoals PubMed.',
      citedBy: 'Gebruikt in:',
    },
    footer: 'Alle bronnen',
  },
  /** Citing an article, and its files for reference managers (programs that keep sources). */
  cite: {
    title: 'Citeer dit artikel',
    copy: 'Kopieer',
    copied: 'Bronvermelding gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
    articleFiles: 'Download dit artikel als',
    sourceFiles: 'Gebruik je een programma voor bronnen, zoals Zotero? Download deze bronnen als',
    /** Each file by what it is for: a reader who never used one can still pick. */
    formats: {
      bib: 'BibTeX (voor LaTeX)',
      ris: 'RIS (voor Zotero, EndNote en Mendeley)',
      json: 'CSL-JSON (voor Pandoc)',
    },
    or: 'of',
  },
  exercise: {
    title: 'Ademoefening',
    /** "4 tellen in, 6 tellen uit": the pattern as text, also without JavaScript. */
    timing: (steps: readonly Step[]) =>
      activeSteps(steps)
        .map(
          ({ kind, seconds }) =>
            `${seconds === 1 ? '1 tel' : `${seconds.toLocaleString('nl-NL')} tellen`} ${stepWords[kind]}`,
        )
        .join(', '),
    /** Shown with a pattern wherever it can be chosen. */
    cautions: {
      'cyclisch-zuchten': 'Hoogstens 5 minuten. Niet bij hyperventilatie.',
    } as Partial<Record<PatternId, string>>,
    safetyTitle: 'Voordat je begint',
    safety: [
      'Adem zacht, niet dieper. Rustig is genoeg. Dat maakt een oefening zacht: een laag tempo, geen kracht, en stoppen wanneer je wilt.',
      'Word je duizelig, voel je tintelingen of word je onrustig? Stop dan en adem weer zoals je gewend bent.',
      'Komen er nare herinneringen op, raak je in paniek of voel je je los van je lijf? Stop dan. Open je ogen, kijk om je heen en noem wat je ziet. Voel je voeten op de grond.',
      'Je ogen mogen open blijven. Je adem vasthouden hoeft nooit: het staat uit, tenzij je het zelf aanzet.',
      'Is letten op je adem niet fijn? Richt je aandacht dan op je voeten op de grond, of op de geluiden om je heen.',
      'Doe ademoefeningen nooit in of bij het water, en nooit tijdens het autorijden. Word je duizelig of val je even weg, dan is dat daar gevaarlijk.',
    ],
    askFirst: 'Vraag eerst je huisarts of therapeut of deze oefeningen bij je passen als je:',
    askFirstGroups: [
      'epilepsie hebt;',
      'een hartziekte hebt;',
      'astma of COPD hebt (een longziekte waarbij je benauwd kunt worden);',
      'een paniekstoornis of een andere angststoornis hebt;',
      'last hebt van hyperventilatie (te snel of te veel ademen);',
      'een psychose hebt gehad, of je vaak heel erg los voelt van jezelf of je omgeving (ernstige dissociatie);',
      'zwanger bent.',
    ],
    onBack:
      'Oefen je liggend op je rug? Ben je verder in je zwangerschap, ga dan liever zitten of lig op je zij. Sta na afloop langzaam op.',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link ‘Deel deze oefening’ zelf.',
  },
  exerciseGuide: exerciseGuideText,
  exercises: {
    title: 'Oefeningen',
    description:
      'Rustige ademoefeningen om meteen te proberen: rustig ademen, verlengde uitademing, box-ademhaling en meer. Zacht en langzaam, met wanneer je stopt.',
    intro:
      'Hier vind je alle ademoefeningen van Ademruimte. Ze zijn allemaal zacht en langzaam. Kies er een die bij je past, of probeer er een paar. Je hoeft niets: elke oefening is een uitnodiging.',
    more: (name: string) => `Meer over ${name.toLowerCase()}`,
    articles: 'Artikelen met deze oefening',
    patterns: patternTexts,
  },
  search: searchText,
} as const;

const listFormat = new Intl.ListFormat('nl', { type: 'conjunction' });

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 augustus 2025": dates are calendar days, so format them in UTC to never shift a day. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** The machine-readable form for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
