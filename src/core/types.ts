/** Plain, serialisable data produced by the core. No `vscode`, no `fs`. */

export type MentionKind =
  | 'drug-code'
  | 'drug-name'
  | 'brand'
  | 'target'
  | 'phase'
  | 'indication'
  | 'money'
  | 'date'
  | 'ticker'
  | 'trial-id'
  | 'percent'
  | 'url'
  | 'email'
  | 'phone';

export interface Mention {
  kind: MentionKind;
  /** The text exactly as it stands in the source. */
  text: string;
  /** 0-based UTF-16 offset into the source text. */
  offset: number;
  length: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  /** Normalized value: a program id, a number, an ISO-like date, a canonical name. */
  value: string | number;
  /** ISO 4217 code, money only. */
  currency?: string;
}

export type SectionKind =
  | 'about'
  | 'financial'
  | 'highlights'
  | 'outlook'
  | 'conference-call'
  | 'forward-looking'
  | 'contacts'
  | 'references'
  | 'table'
  | 'safety'
  | 'other';

export interface Section {
  title: string;
  kind: SectionKind;
  /** 1-based first line (the heading, or the first line of an unheaded block). */
  line: number;
  /** 1-based last non-empty line of the section. */
  endLine: number;
  /** 1 for top-level sections, 2 for sub-sections nested in the previous top-level one. */
  level: 1 | 2;
}

export interface LineSpan {
  text: string;
  line: number;
  endLine: number;
}

export interface Dateline {
  text: string;
  line: number;
  place?: string;
  wire?: string;
  /** The release date written in the dateline, `YYYY-MM-DD`. */
  date?: string;
}

export interface Ticker {
  exchange: string;
  symbol: string;
}

export interface ReleaseStructure {
  banner?: LineSpan;
  headline?: LineSpan;
  subheadlines: LineSpan[];
  dateline?: Dateline;
  /** `YYYY-MM-DD`, from the dateline or a date line at the top. */
  releaseDate?: string;
  issuer?: string;
  ticker?: Ticker;
  sections: Section[];
}

export interface FactSource {
  file: string;
  line: number;
  /** Release date of the file the fact came from, if known. */
  date?: string;
  /** Pinned in the workspace catalog (`file` is the catalog file) rather than read from a release. */
  catalog?: true;
}

export interface Fact<T> {
  value: T;
  source: FactSource;
}

export type Modality =
  | 'ADC'
  | 'antibody'
  | 'bispecific antibody'
  | 'small molecule'
  | 'cell therapy'
  | 'gene therapy'
  | 'RNA therapeutic'
  | 'vaccine'
  | 'peptide'
  | 'payload';

export type CompanyRole = 'owner' | 'partner' | 'acquirer' | 'licensee' | 'licensor';

export interface CompanyFact {
  name: string;
  role: CompanyRole;
}

export type DealKind =
  | 'acquisition'
  | 'license'
  | 'collaboration'
  | 'upfront'
  | 'milestone'
  | 'royalty'
  | 'equity'
  | 'option';

export interface DealFact {
  kind: DealKind;
  amount?: number;
  currency?: string;
  /** The amount as written, e.g. "$25 million". */
  amountText?: string;
  counterparty?: string;
}

export interface LocalMention {
  /** The release the mention is in. */
  file: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  text: string;
}

/** The facts known about a program, each with its source; per release and merged alike. */
export interface ProgramFacts {
  target?: Fact<string>;
  modality?: Fact<Modality>;
  payload?: Fact<string>;
  phase?: Fact<string>;
  indications: Fact<string>[];
  companies: Fact<CompanyFact>[];
  deals: Fact<DealFact>[];
}

/** What one release says about one program, before merging across the workspace. */
export interface LocalProgram extends ProgramFacts {
  /** Surface names given together for this program, first the preferred one. */
  names: string[];
  /** This program's mentions in the release, with their place and the words around them. */
  mentions: LocalMention[];
}

export interface ReleaseAnalysis {
  file: string;
  title?: string;
  date?: string;
  issuer?: string;
  structure: ReleaseStructure;
  mentions: Mention[];
  programs: LocalProgram[];
  /** Number of lines, for consumers that show ranges. */
  lineCount: number;
  /** Dated events of the programs (IND, first patient, data, regulatory, deals), in text order. */
  milestones: Milestone[];
  /** The deals and financings the release states, in text order. */
  transactions: Transaction[];
}

/** How a company raised money. */
export type FinancingKind = 'public offering' | 'private placement' | 'registered direct' | 'PIPE' | 'loan' | 'at-the-market' | 'grant';

export type TransactionKind = DealKind | 'financing';

/** The part a company plays in a transaction; `target` is the company bought, `seller` the one that sold an asset. */
export type TransactionRole = 'acquirer' | 'target' | 'seller' | 'licensee' | 'licensor' | 'investor' | 'lender' | 'funder' | 'underwriter' | 'issuer' | 'partner';

export interface TransactionParty {
  name: string;
  role: TransactionRole;
}

export type TransactionStatus = 'announced' | 'completed' | 'expected';

/** One deal, payment or financing a release states, with the sentence that states it. */
export interface Transaction {
  kind: TransactionKind;
  /** For `financing`: how the money is raised, when the release says. */
  financing?: FinancingKind;
  parties: TransactionParty[];
  /** The program the sentence names (its name in this release). */
  program?: string;
  /** From the money mention: currency units, ISO 4217 code and the amount as written. */
  amount?: number;
  currency?: string;
  amountText?: string;
  /** A date the sentence gives, else the release date (a date mention's value: `2031-06-18`, `2031-Q3` …). */
  date?: string;
  status?: TransactionStatus;
  file: string;
  /** 1-based line of the sentence's start; `offset`/`length` span the sentence (UTF-16 code units). */
  line: number;
  offset: number;
  length: number;
}

/** The broad kind of a milestone; each kind has its own mark in the pipeline chart. */
export type MilestoneKind = 'ind' | 'first-patient' | 'data' | 'regulatory' | 'deal';

/** The event within a kind. */
export type MilestoneEvent =
  | 'ind-filed'
  | 'ind-cleared'
  | 'first-patient'
  | 'topline'
  | 'interim'
  | 'readout'
  | 'presentation'
  | 'filing'
  | 'filing-accepted'
  | 'action-date'
  | 'positive-opinion'
  | 'complete-response'
  | 'clinical-hold'
  | 'hold-lifted'
  | 'approval'
  | 'designation'
  | 'license'
  | 'acquisition'
  | 'collaboration';

/** One dated event of one program, read from one sentence of a release. */
export interface Milestone {
  kind: MilestoneKind;
  event: MilestoneEvent;
  /** What happened, in a few words: "IND cleared", "topline data", "Fast Track designation". */
  label: string;
  /** The program as this release names it (its preferred local name). */
  program: string;
  /**
   * A date value as mentions carry them (`2017-05-24`, `2017-Q3`, `2018-H1`, `2017-mid`), or a year
   * written alone (`2019`); absent when neither the sentence nor the release is dated.
   */
  date?: string;
  /** Whether the date was written in the sentence or is the release date. */
  dateSource: 'sentence' | 'release';
  /** A plan or expectation ("expects to dose the first patient in Q3 2017"), not an event that happened. */
  planned: boolean;
  /** The sentence: 0-based offset and length, 1-based line and column of its start. */
  offset: number;
  length: number;
  line: number;
  column: number;
  /** The sentence on one line, shortened. */
  text: string;
}
