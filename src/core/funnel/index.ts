/** The funnel of the development plan (METHODOLOGY §12). */
export {
  funnelModel,
  FUNNEL_STEPS,
  type FunnelModel,
  type FunnelGroup,
  type FunnelStep,
  type OverdueRow,
} from "./funnelModel";
export { funnelSheetPlan, FUNNEL_SHEET_MARKER } from "./funnelSheetPlan";
export { funnelWords, type FunnelWords } from "./funnelWords";
