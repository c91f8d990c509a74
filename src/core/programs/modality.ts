import type { Modality } from '../types';

/** Words that name a modality, in the order they are tried. */
export const MODALITIES: readonly [RegExp, Modality][] = [
  [/\bantibody[-\s]drug\s+conjugates?\b|\bADCs?\b/y, 'ADC'],
  [/\bbispecific\b|\bT[-\s]cell\s+engager\b/iy, 'bispecific antibody'],
  [/\b(?:CAR[-\s]?T|cell\s+therapy|CAR-NK)\b/iy, 'cell therapy'],
  [/\bgene\s+(?:therapy|editing)\b/iy, 'gene therapy'],
  [/\b(?:siRNA|RNAi|antisense|oligonucleotide|mRNA\s+therapeutic)\b/iy, 'RNA therapeutic'],
  [/\bvaccines?\b/iy, 'vaccine'],
  [/\b(?:small[-\s]molecule|inhibitor|degrader)\b/iy, 'small molecule'],
  [/\b(?:monoclonal\s+)?antibod(?:y|ies)\b/iy, 'antibody'],
  [/\bpeptide\b/iy, 'peptide'],
];

/** How specific a modality is: a more specific statement ("ADC") outranks a general one ("antibody"). */
export const MODALITY_RANK: Record<Modality, number> = {
  payload: 9, ADC: 8, 'bispecific antibody': 7, 'cell therapy': 7, 'gene therapy': 7, 'RNA therapeutic': 7, vaccine: 6,
  'small molecule': 5, peptide: 5, antibody: 4,
};

/**
 * Where a modality word may start (case ignored): every pattern above starts with one of these.
 * One quick search finds the places; the patterns are tried only there.
 */
const MODALITY_START = /\b(?:antibod|adcs?\b|bispecific|t[-\s]cell\s+engager|car[-\s]?t\b|car-nk|cell\s+therapy|gene\s+(?:therapy|editing)|sirna|rnai|antisense|oligonucleotide|mrna\s+therapeutic|vaccine|small[-\s]molecule|inhibitor|degrader|monoclonal\s+antibod|peptide)/gi;

export interface ModalityWord {
  modality: Modality;
  /** Offset in the sentence. */
  index: number;
}

/**
 * The modality words of a sentence: for each modality in turn, its words in text order, as a
 * search for that modality's pattern alone finds them (without overlaps among its own words).
 */
export function modalityWords(sentence: string): ModalityWord[] {
  // Words are found in text order; each modality's words are kept apart from its own earlier ones.
  let found: ModalityWord[] | undefined;
  let ends: Int32Array | undefined;
  MODALITY_START.lastIndex = 0;
  for (let start = MODALITY_START.exec(sentence); start; start = MODALITY_START.exec(sentence)) {
    const at = start.index;
    found ??= [];
    ends ??= new Int32Array(MODALITIES.length);
    for (let i = 0; i < MODALITIES.length; i++) {
      // 0 until a word is found: every word found ends after the start of the sentence.
      if (at < ends[i]!) continue;
      const re = MODALITIES[i]![0];
      re.lastIndex = at;
      if (re.test(sentence)) {
        found.push({ modality: MODALITIES[i]![1], index: at });
        ends[i] = re.lastIndex;
      }
    }
    // Another modality may start inside this word: look again from the next character.
    MODALITY_START.lastIndex = at + 1;
  }
  if (!found) return [];
  // Modality by modality (a stable sort keeps each one's words in text order).
  return found.length < 2 ? found : found.sort((a, b) => MODALITY_ORDER[a.modality] - MODALITY_ORDER[b.modality]);
}

/** Each modality's place in MODALITIES. */
const MODALITY_ORDER = Object.fromEntries(MODALITIES.map(([, modality], i) => [modality, i])) as Record<Modality, number>;
