import type { Modality, PloverType } from '../../domain/index.js';
import type { EventRule } from '../../dictionaries/index.js';

/** The type, mode and CAMEO code an event gets, its modality after coding, and why it changed. */
export interface CodedEvent {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string;
  readonly modality: Modality;
  readonly note: string | null;
}

const INTENT_TO_COOPERATE: ReadonlySet<PloverType> = new Set(['CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
/** CAMEO 13x codes for a conflictual act that is announced rather than done. */
const THREAT_CAMEO: Readonly<Partial<Record<PloverType, string>>> = {
  SANCTION: '131', MOBILIZE: '138', COERCE: '137', ASSAULT: '138', PROTEST: '133',
};

/**
 * Codes a matched rule the way PLOVER and CAMEO code the act it describes, given its modality:
 * a promised cooperative act is intent to cooperate ("will provide aid" -> AGREE 03); an announced
 * conflictual act is a threat ("will impose a curfew" -> THREATEN 13, never COERCE); a refusal to
 * agree is a rejection ("will not accept refugees" -> REJECT 12, not a negated AGREE).
 */
export function codeEvent(rule: EventRule, modality: Modality): CodedEvent {
  if (modality === 'intended' && INTENT_TO_COOPERATE.has(rule.type)) {
    return { type: 'AGREE', mode: null, cameo: '030', modality, note: `intended ${rule.type} coded as intent to cooperate (AGREE)` };
  }
  const threat = THREAT_CAMEO[rule.type];
  if ((modality === 'intended' || modality === 'threatened') && threat) {
    return { type: 'THREATEN', mode: null, cameo: threat, modality: 'threatened', note: `announced ${rule.type} coded as a threat (THREATEN)` };
  }
  if (modality === 'negated' && rule.type === 'AGREE') {
    return { type: 'REJECT', mode: null, cameo: '120', modality: 'asserted', note: 'refusal to agree coded as REJECT' };
  }
  return { type: rule.type, mode: rule.mode, cameo: rule.cameo, modality, note: null };
}
