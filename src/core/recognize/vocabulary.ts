/**
 * Word lists the recognizers consult. Shapes decide most cases; these lists settle the look-alikes
 * that shapes cannot (targets, trial names, forms) and add a little knowledge of real code prefixes.
 */

/** Development-code prefixes used by companies; a code with one of these needs less evidence. */
export const KNOWN_CODE_PREFIXES = new Set([
  'ABBV', 'ABT', 'ACE', 'HUMAX', 'ACP', 'AG', 'ALXN', 'ALT', 'AMG', 'ARQ', 'ARRY', 'ARV', 'ASP', 'AZD', 'BAY', 'BGB', 'BI',
  'BIIB', 'BLU', 'BMS', 'BNT', 'CC', 'CPX', 'CTL', 'DCC', 'DS', 'E', 'GDC', 'GS', 'GSK', 'HKT', 'IBI', 'IMGN', 'IMMU',
  'INCB', 'ISIS', 'JNJ', 'JS', 'KRN', 'LOXO', 'LY', 'MEDI', 'MK', 'MRTX', 'MT', 'NKTR', 'NVP', 'ONO', 'OPC', 'PF',
  'PLX', 'REGN', 'RG', 'RMC', 'RO', 'SAR', 'SGN', 'SHR', 'TAK', 'TAS', 'TSR', 'VX', 'DEBIO', 'SAGE', 'SYD', 'LCL',
  'LDK', 'INC', 'ABX', 'CX', 'XL', 'ADCT', 'AMX', 'APG', 'BBI', 'CAB', 'PRO', 'TEV', 'NNC', 'NN', 'CT', 'CTX',
  'KTE', 'JCAR', 'ION', 'IONIS', 'TQ', 'HLX', 'HS', 'SKB', 'RC', 'MRG', 'ZW', 'BL', 'LM', 'SI', 'DB', 'MGC', 'MGD',
  'TAK', 'VIR', 'ARX', 'AL', 'SG', 'SYNT', 'PRX', 'ALKS', 'CRN',
]);

/** Medical meetings ("ASCO 2024", "ASH2023"); some companies' code prefixes are spelt alike ("ASN004", "ACR-368"). */
const MEETINGS = [
  'ASCO', 'ASH', 'ESMO', 'AACR', 'SABCS', 'EHA', 'ASGCT', 'SITC', 'ADA', 'EASL', 'AASLD', 'ACR', 'EULAR', 'WCLC', 'ATS',
  'ERS', 'ESC', 'AHA', 'ACC', 'AAN', 'CTAD', 'AAIC', 'ECCO', 'DDW', 'IAS', 'IDWEEK', 'ASN', 'SGO', 'ESGO', 'EADV', 'AAD',
  'ISTH', 'ACMG',
];

/** Prefixes that look like code prefixes but are not: ids, forms, fiscal periods, standards. */
export const NON_CODE_PREFIXES = new Set([
  'NCT', 'ISRCTN', 'ACTRN', 'CTR', 'JRCT', 'EUDRACT', 'CHICTR', 'KCT', 'UMIN', 'FY', 'CY', 'ISO', 'IEC', 'SEC', 'CIK', 'EIN', 'ZIP',
  // Accounting standards: "ASC 606", "ASU 2016-02", "IAS 38".
  'ASC', 'ASU', 'IFRS', 'IAS', 'SFAS', 'FAS',
  'US', 'USD', 'EUR', 'CHF', 'GBP', 'JPY', 'CNY', 'RMB', 'CAD', 'AUD', 'ICD', 'CPT', 'DSM', 'EN', 'DIN', 'PO', 'PIN',
  'ID', 'NO', 'NR', 'REF', 'ABSTRACT', 'POSTER', 'BOOTH', 'HALL', 'ROOM', 'SUITE', 'TEL', 'FAX', 'EXT', 'LBA', 'TPS',
  // Rating scales and questionnaires: "HAM-D17", "QLQ-C30", "ADAS-Cog13".
  'HAM', 'QLQ', 'ADAS', 'PHQ', 'GAD', 'PANSS', 'MADRS', 'UPDRS', 'EDSS', 'SLEDAI', 'PASI', 'EASI', 'DAS',
  'SOC', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'ET', 'PT', 'AM', 'PM', 'PH', 'PHD', 'MD',
  'COVID', 'SARS', 'MERS', 'HIV', 'HPV', 'HBV', 'HCV', 'CMV', 'EBV', 'RSV', 'HSV', 'IND', 'NDA', 'BLA', 'MAA', 'CTA',
  'ANDA', 'SNDA', 'SBLA', 'FORM', 'RULE', 'ITEM', 'PART', 'SECTION', 'ARTICLE', 'STEP', 'GRADE', 'STAGE', 'PHASE',
  'CLASS', 'TYPE', 'LEVEL', 'VERSION', 'V', 'Q', 'H', 'WHO', 'ECOG', 'NYHA', 'TNM', 'ASA', 'IGG', 'IGA', 'IGM',
  'IGE', 'IGD', 'NASDAQ', 'NYSE', 'TSX', 'ASX', 'SIX', 'KOSDAQ', 'HKEX', 'TSE', 'LSE', 'AIM', 'OTC', 'OTCQB',
  'OTCQX', 'SR', 'III', 'II', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', ...MEETINGS, 'GAAP', 'EPS', 'CAGR', 'R&D', 'SGA', 'EBITDA', 'COGS', 'DTC', 'PDUFA', 'ORR', 'PFS', 'OS', 'DOR', 'CR', 'PR',
  'MRD', 'DLT', 'MTD', 'RP2D', 'TEAE', 'AE', 'SAE', 'CRS', 'ICANS', 'ILD', 'PK', 'PD', 'BOARD', 'ROUTE', 'HWY',
  'MARK', 'NOTE', 'BOX', 'UNIT', 'LOT', 'KEY', 'WEEK', 'DAY', 'CYCLE', 'DOSE', 'ARM', 'COHORT', 'STUDY', 'TRIAL',
  'TOP', 'UK', 'EU', 'NCI', 'NIH', 'FDA', 'EMA', 'MHRA', 'PMDA', 'NMPA', 'CDE', 'BARDA', 'CMS',
  'HHS', 'DOD', 'USPTO', 'EPO', 'WO', 'EP', 'ISIN', 'LEI', 'CUSIP', 'PMID', 'DOI', 'SWOG', 'GOG', 'RTOG', 'NRG', 'NSABP', 'EORTC', 'CALGB', 'JCOG', 'PCT', 'GMP', 'GLP', 'GCP', 'COVID19', 'SARSCOV', 'A', 'B', 'C', 'D', 'F',
  'G', 'K', 'L', 'M', 'N', 'O', 'P', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z', 'I', 'J',
]);

/**
 * Non-code prefixes that abbreviate a trial measure, an antibody class or another common word ("PR"
 * partial response, "IgM", "MD" a physician or Maryland, "NR" not reported, "CY" calendar year, a
 * meeting): with three digits or more after them, not a year, they are also companies' code prefixes
 * ("IGM-8444", "CR845", "PD-0325901", "MD1003", "ASN004"), so such a word is a code where the text
 * says it is a drug.
 */
export const MEASURE_PREFIXES = new Set([
  'PR', 'CR', 'PD', 'PK', 'OS', 'AE', 'DOR', 'ORR', 'MRD', 'DLT', 'CRS', 'ILD', 'IGG', 'IGA', 'IGM', 'IGE', 'IGD', 'MD', 'NR', 'CY',
  ...MEETINGS,
]);

/** Target families: gene-symbol-like prefixes whose numbered forms are targets, not codes. */
export const TARGET_PREFIXES = new Set([
  'CD', 'HER', 'ERBB', 'IL', 'PD', 'CTLA', 'LAG', 'TIM', 'TROP', 'FGFR', 'VEGFR', 'VEGF', 'BRCA', 'JAK', 'CDK',
  'IDH', 'TLR', 'CCR', 'CXCR', 'MUC', 'CLDN', 'CDH', 'ROR', 'NTRK', 'FLT', 'PARP', 'BCL', 'MCL', 'HDAC', 'HLA',
  'KIR', 'TNFR', 'TNFRSF', 'SLC', 'ADAM', 'CEACAM', 'FOLR', 'GPC', 'DLL', 'PTK', 'LIV', 'B7H', 'STAT', 'SMAD', 'PI3K',
  'AKT', 'MEK', 'ERK', 'IGF', 'IGFR', 'PDGFR', 'EPHA', 'EPHB', 'FGF', 'TGF', 'TNF', 'GPR', 'P2X', 'TRPV', 'TRPA', 'ALK', 'ROS', 'RET', 'KIT', 'EZH', 'DNMT', 'KDM', 'BRD', 'MDM', 'ATR', 'ATM', 'WEE',
  'CHK', 'PLK', 'AURK', 'MET', 'AXL', 'MERTK', 'PSMA', 'GD', 'SIRP', 'NKG', 'KLK', 'APOC', 'ANGPTL', 'PCSK', 'APOE',
  'SOD', 'HTT', 'SMN', 'DMD', 'CFTR', 'GBA', 'LRRK', 'MAPT', 'SNCA', 'FXR', 'GLP', 'GIP', 'SGLT', 'DPP', 'MASP',
  'C', 'FCGR', 'FCRN', 'FCRH', 'FCRL', 'GPRC', 'BCMA', 'CCL', 'CXCL', 'IFN', 'IFNAR', 'OX', 'LILRB', 'SIGLEC',
  'NECTIN', 'TACSTD', 'ENPP', 'STEAP', 'LRRC', 'SSTR', 'KRAS', 'NRAS', 'HRAS', 'SHP', 'PRMT', 'USP',
  'HIF', 'CA', 'EGFR', 'BTLA', 'VISTA', 'ICOS', 'GITR', 'CD3', 'TIGIT', 'DR', 'TRAIL', 'ACVR', 'BMP', 'IRAK',
  'RIPK', 'NLRP', 'STING', 'CGAS', 'TYK', 'SYK', 'BTK', 'ITK', 'PIM', 'FGFR1', 'P53', 'MYC',
]);

/** Targets written without digits, or whose digits make them look like codes. Upper-cased. */
export const KNOWN_TARGETS = new Set([
  'EGFR', 'HER1', 'HER2', 'HER3', 'HER4', 'FRΑ', 'FRA', 'FOLR1', 'CD123', 'CD19', 'CD20', 'CD22', 'CD30', 'CD33',
  'CD37', 'CD38', 'CD47', 'CD70', 'CD79B', 'CD3', 'CD27', 'CD40', 'CD137', 'CD276', 'CD56', 'CD138', 'CD25', 'CD73',
  'CD39', 'CD98', 'CD166', 'CD205', 'CD228', 'CDH6', 'CDH3', 'CDH17', 'PD-1', 'PD1', 'PD-L1', 'PDL1', 'PD-L2',
  'CTLA-4', 'CTLA4', 'LAG-3', 'LAG3', 'TIM-3', 'TIM3', 'TIGIT', 'TROP2', 'TROP-2', 'B7-H3', 'B7H3', 'B7-H4', 'BCMA',
  'GPRC5D', 'FCRH5', 'CLDN18.2', 'CLDN6', 'DLL3', 'MSLN', 'NECTIN-4', 'NAPI2B', 'CEACAM5', 'MUC16', 'MUC1', 'PSMA',
  'GD2', 'ROR1', 'PTK7', 'AXL', 'LIV-1', 'HGF', 'MET', 'C-MET', 'CMET', 'VEGF', 'VEGFR', 'VEGFR2', 'FGFR', 'FGFR2',
  'FGFR3', 'KRAS', 'NRAS', 'BRAF', 'MEK', 'ALK', 'ROS1', 'RET', 'NTRK', 'KIT', 'IDH1', 'IDH2', 'FLT3', 'BTK', 'JAK1',
  'JAK2', 'TYK2', 'BCL-2', 'BCL2', 'MCL-1', 'MCL1', 'PARP', 'PI3K', 'MTOR', 'CDK4', 'CDK6', 'CDK4/6', 'EZH2',
  'IL-6', 'IL6', 'IL-17', 'IL-17A', 'IL-23', 'IL-4', 'IL-13', 'IL-2', 'IL-15', 'IL-1', 'IL-5', 'IL-31', 'IL-36',
  'TNF', 'TNF-Α', 'TGF-Β', 'OX40', '4-1BB', 'GITR', 'ICOS', 'STING', 'TLR7', 'TLR8', 'TLR9', 'CCR4', 'CCR8', 'CXCR4',
  'SIRPΑ', 'ADAM9', 'TISSUE FACTOR', 'TF', 'HER2/NEU', 'ERBB2', 'ERBB3', 'GPC3', 'STEAP1', 'SSTR2', 'PCSK9', 'APOC3',
  'ANGPTL3', 'FCRN', 'C5', 'C3', 'KLKB1', 'TTR', 'HTT', 'SOD1', 'SMN2', 'CFTR', 'GLP-1', 'GIP', 'SGLT2',
  'GLP-1R', 'GLP1R', 'GIPR', 'GCGR', 'OX40L', 'INHBE', 'CFB', 'CFD', 'PDE4', 'PDE4B', 'PDE3', 'VEGF-A', 'VEGFA', 'VEGF-C', 'TFPI',
  'DPP-4', 'EGFRVIII', 'CD33/CD3', 'CD20/CD3', 'HLA-G', 'PRAME', 'NY-ESO-1', 'MAGE-A4', 'WT1', 'KRAS G12C', 'G12C',
  'CLDN18', 'LRRC15', 'ENPP3', 'SLC34A2', 'TACSTD2', 'EPCAM', 'CD46', 'CD74', 'CD52', 'ITGB6', 'AMHRII', 'FAP',
  'CA9', 'CAIX', 'GCC', 'ETBR', 'SLITRK6', 'TENB2', 'NOTCH3', 'DLL4', 'ANG2', 'IL-12', 'IL-10', 'IL-7', 'IL-21',
  'IL-18', 'IL-33', 'TSLP', 'IGF-1R', 'IGF1R', 'EPHA2', 'HER-2', 'SIGLEC-15', 'LILRB4', 'CD200', 'CCR2', 'CCR5',
  'CGRP', 'WRN', 'MTAP', 'AΒ', 'TAU', 'CBL-B', 'CBLB', 'TL1A', 'IL-23P19', 'CA-IX', 'C-KIT', 'GPNMB',
  'BAFF', 'APRIL', 'TACI', 'BLYS', 'IGE', 'C1S', 'FXI', 'FXIA', 'DNA-PK', 'POLQ', 'POLΘ', 'ALPP', 'ALPPL2', 'IL-31RA', 'MENIN',
  '5T4', 'CLL-1', 'CLL1', 'UPAR', 'GARP', 'IL-13RΑ2', 'CD352', 'TM4SF1', 'KAAG1', 'LY6E', 'DLK1', 'CD79A', 'CD7', 'CD5', 'CD45', 'CD117',
  // Integrins by their chains ("α4β7"), upper-cased as the lists are.
  'Α4Β7', 'Α4Β1', 'ΑVΒ1', 'ΑVΒ3', 'ΑVΒ6', 'ΑVΒ8', 'Α5Β1', 'ΑIIBΒ3',
]);

/** Payload and linker-payload codes known from ADC releases. */
export const KNOWN_PAYLOAD_CODES = new Set(['DM1', 'DM4', 'DM21', 'SN-38', 'SN38', 'DXD', 'DX-8951', 'SG3199', 'SG3249', 'PNU-159682', 'MMAE', 'MMAF', 'DGN462', 'DGN549', 'DXD-1']);

/** Words near a short code that mark it as a payload or compound ("DM4-loaded", "cell-killing agent, DM1"). */
export const PAYLOAD_CONTEXT = /payload|cell-killing|killing agent|toxin|warhead|maytansin|auristatin|camptothecin|linker|conjugat|loaded|cytotoxi|compound|candidate|inhibitor|molecule|antibod|drug/i;

/** Capitalised words that precede a number without making a code ("Suite 300", "Study 301"). */
export const NUMBER_LEAD_WORDS = new Set([
  'The', 'In', 'On', 'At', 'By', 'Of', 'For', 'And', 'Or', 'To', 'From', 'With', 'Into', 'Over', 'Under', 'Than',
  'About', 'Some', 'All', 'Only', 'Just', 'Nearly', 'Almost', 'Approximately', 'More', 'Less', 'Fewer', 'Up', 'Top',
  'Day', 'Days', 'Week', 'Weeks', 'Month', 'Months', 'Year', 'Years', 'Arm', 'Arms', 'Part', 'Parts', 'Study',
  'Studies', 'Trial', 'Trials', 'Protocol', 'Cohort', 'Cohorts', 'Booth', 'Hall', 'Room', 'Suite', 'Floor',
  'Building', 'Route', 'Highway', 'Interstate', 'Street', 'Avenue', 'Road', 'Drive', 'Box', 'Table', 'Tables',
  'Figure', 'Fig', 'Page', 'Pages', 'Item', 'Items', 'Form', 'Forms', 'Rule', 'Rules', 'Section', 'Sections',
  'Class', 'Grade', 'Stage', 'Phase', 'Cycle', 'Cycles', 'Dose', 'Doses', 'Level', 'Levels', 'Group', 'Groups',
  'Unit', 'Units', 'Lot', 'Note', 'Notes', 'Ref', 'Tel', 'Fax', 'Ext', 'Gate', 'Row', 'Seat', 'Total', 'Totals',
  'Nasdaq', 'Fortune', 'Russell', 'Index', 'Version', 'Release', 'Model', 'Series', 'Number', 'Numbers', 'No',
  'Nos', 'Abstract', 'Abstracts', 'Poster', 'Posters', 'Board', 'Session', 'Sessions', 'Patent', 'Patents',
  'Claim', 'Claims', 'Case', 'Order', 'Account', 'Center', 'Centre', 'Tower', 'Park', 'Plaza', 'Terminal',
  'Channel', 'Passcode', 'Code', 'Conference', 'Meeting', 'Congress', 'Symposium', 'Summit', 'Annual', 'Quarter',
  'Fiscal', 'Calendar', 'Since', 'Until', 'Through', 'During', 'Before', 'After', 'Between', 'Among', 'Each',
  'Every', 'Per', 'Patients', 'Subjects', 'Sites', 'Centers', 'Locations', 'Countries', 'Employees', 'Approximately',
  'Exhibit', 'Schedule', 'Amendment', 'Chapter', 'Article', 'Paragraph', 'Clause', 'Appendix', 'Annex', 'Volume',
  'Issue', 'Vol', 'Pp', 'Cohort', 'Group', 'Visit', 'Lines', 'Line', 'Block', 'Lane', 'Way', 'Place', 'Square',
  'Court', 'Circle', 'Boulevard', 'Blvd', 'Ave', 'St', 'Rd', 'Dr', 'Mr', 'Ms', 'Mrs', 'Prof', 'Inc', 'Ltd', 'Corp',
  'Gen', 'Generation', 'Vaccines', 'Vaccine', 'Pfizer', 'Merck', 'Amgen', 'Roche', 'Novartis', 'Sanofi', 'Bayer',
  'Lilly', 'Takeda', 'Biogen', 'Gilead', 'Moderna', 'Nearly', 'Around', 'Roughly', 'Over', 'Above', 'Below',
  'Within', 'Approx', 'Est', 'Estimated', 'Expected', 'Net', 'Gross', 'Revenue', 'Revenues', 'Cash', 'Shares',
]);

/** Suffix words of a hyphenated compound that describe the head ("CD123-positive", "DM4-loaded"). */
export const DESCRIPTIVE_SUFFIXES = new Set([
  'positive', 'negative', 'targeting', 'targeted', 'directed', 'expressing', 'mediated', 'based', 'loaded',
  'conjugated', 'containing', 'driven', 'specific', 'selective', 'associated', 'related', 'derived', 'resistant',
  'sensitive', 'high', 'low', 'mutant', 'mutated', 'amplified', 'overexpressing', 'deficient', 'dependent',
  'independent', 'binding', 'blocking', 'inhibiting', 'treated', 'naive', 'naïve', 'refractory', 'like', 'type',
  'linked', 'armed', 'bearing', 'engaging', 'redirecting', 'adc', 'adcs', 'antibody', 'antibodies', 'conjugate',
  'conjugates', 'payload', 'payloads', 'treatment', 'therapy', 'therapies', 'program', 'programs', 'study', 'trial',
  'only', 'alone', 'plus', 'combination', 'monotherapy', 'enabling', 'ready', 'na', 'and', 'or', 'free', 'low',
]);

/** Words that, right before a target, state that a drug acts on it ("targeting CD37"). */
export const TARGET_LEAD_WORDS = new Set([
  'targeting', 'targets', 'target', 'against', 'binds', 'binding', 'blocks', 'blocking', 'inhibit', 'inhibits', 'inhibiting', 'inhibitor',
  'antagonist', 'agonist', 'engages', 'engaging', 'degrade', 'degrades', 'degrading',
]);

/**
 * Words for the kind of protein a target is, between it and the mechanism word: "a WRN helicase
 * inhibitor", "an α4β7 integrin antagonist", "a BTK tyrosine kinase inhibitor".
 */
export const TARGET_CLASS_WORDS = ['kinase', 'helicase', 'protease', 'ligase', 'phosphatase', 'polymerase', 'deacetylase', 'demethylase', 'methyltransferase', 'deubiquitinase', 'integrin', 'channel'];
/** An ion channel's ion, before its class word: "a Kv7 potassium channel opener". */
export const ION_WORDS = ['potassium', 'sodium', 'calcium', 'chloride'];
/** Words that say what a drug does to the name before them ("an oral SOS1 inhibitor"). */
export const MECHANISM_WORDS = ['inhibitor', 'antagonist', 'agonist', 'degrader', 'blocker', 'modulator', 'opener', 'potentiator'];
/** Words before a mechanism word that qualify it ("inverse agonist"), and the sign of an allosteric one ("positive allosteric modulator"). */
export const MECHANISM_ADJECTIVES = ['allosteric', 'inverse', 'partial', 'biased', 'costimulatory', 'co-stimulatory'];
export const ALLOSTERIC_SIGNS = ['positive', 'negative'];

/** A mechanism and "of" before what a drug acts on: "an inhibitor of the paracaspase MALT1", "an agonist of the GLP-1 receptor". */
export const MECHANISM_OF_BEFORE = /\b(?:inhibit(?:or|ion)|antagonist|agonist|blocker|degrader|modulator|activator)s?\s+of\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}$/i;
/** …and a target named in full before it, abbreviated in parentheses: "an inhibitor of cyclin-dependent kinase 2 (CDK2)". */
export const MECHANISM_OF_SPELLED_OUT = /\b(?:inhibit(?:or|ion)|antagonist|agonist|blocker|degrader|modulator|activator)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,5}\(\s*$/i;

/**
 * Cell lines and mouse tumour models that are written as codes are ("CT26", "HEK293", "MDA-MB-231"),
 * upper-cased. Releases name them for preclinical data.
 */
export const CELL_LINES = new Set([
  'CT26', 'CT-26', 'MC38', 'MC-38', 'HEK293', 'HEK293T', 'A549', 'A431', 'U87', 'U-87', 'U251', 'HCT116', 'MCF7', 'MCF-7',
  'SK-BR-3', 'BT-474', 'JIMT-1', 'KPL-4', 'HCC1954', 'NCI-H460', 'H460', 'NCI-H1975', 'H1975', 'H1299', 'H358', 'HCC827',
  'PC-9', 'HT-29', 'PC-3', 'LNCAP', '22RV1', 'MDA-MB-231', 'MDA-MB-468', 'MDA-MB-453', 'K562', 'MOLM-13', 'MOLM13',
  'MV4-11', 'OCI-AML3', 'KMS-11', 'RPMI-8226', 'RPMI8226', 'U266', 'NCI-H929', 'OPM-2', 'SU-DHL-4', 'SU-DHL-6',
  'JEKO-1', 'REC-1', 'TMD8', 'OCI-LY3', 'OCI-LY10', 'HBL-1', 'WSU-DLCL2', 'HL-60', 'THP-1', 'CALU-3', 'B16F10',
  'B16-F10', '4T1', 'EMT6', 'HEP3B', 'HEPG2', 'HUH7', 'NCI-N87', 'BXPC-3', 'PANC-1', 'CAPAN-1', 'OVCAR-3', 'OVCAR3',
  'SKOV3', 'SK-OV-3', 'A2780', 'OV90', 'IGROV-1', 'SW480', 'SW620', 'COLO205', 'COLO-205', 'LS174T', 'DLD-1',
  'CHO-K1', 'SF-295', '786-O', 'CAKI-1', 'HT-1080', 'SAOS-2', 'U2OS',
]);

/** Where a release says a program stands, before its phase: "is in", "being evaluated in" (after the verb "to be")… */
export const IN_PHASE = String.raw`(?:in|being\s+(?:evaluated|studied|tested)\s+in)`;
/** …and how it got there: "entered", "advanced into". */
export const INTO_PHASE = String.raw`(?:entered|advanced\s+into|moved\s+into|progressed\s+into)`;
