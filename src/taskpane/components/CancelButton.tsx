import { Button, Tooltip } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { CATALOGS } from "../../locales";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import type { Stage } from "../state/segmentaReducer";

export interface CancelButtonProps {
  readonly stage: Stage;
  /** The standalone page: its write makes a new file, kept only when whole, so it can be cancelled too. */
  readonly standalone: boolean;
  readonly onCancel: () => void;
}

/**
 * Cancel while a step runs. Reading and working out the results stop at once (the engine's worker is
 * stopped); once Excel writes, the write finishes by itself, so that no sheet is left half-written,
 * and the button says why it is off.
 */
export function CancelButton({ stage, standalone, onCancel }: CancelButtonProps) {
  const { t } = useTranslation();
  const lang = usePaneLanguage();
  if (standalone || stage !== "write") return <Button onClick={onCancel}>{t("run.cancel.button")}</Button>;
  return (
    <Tooltip content={CATALOGS[lang].engine.writing} relationship="description">
      <Button disabledFocusable>{t("run.cancel.button")}</Button>
    </Tooltip>
  );
}
