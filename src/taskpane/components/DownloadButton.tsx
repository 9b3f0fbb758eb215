import { Button } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { saveBlob } from "../host/saveBlob";
import { resultFileName } from "../state/resultFileName";
import type { SegmentaActions } from "../state/useSegmenta";

/** Standalone mode: saves the workbook with Segmenta's results beside the input, never under its name. */
export function DownloadButton({ actions }: { readonly actions: Pick<SegmentaActions, "download"> }) {
  const { t } = useTranslation();
  const download = async () => {
    const file = await actions.download();
    if (file) saveBlob(file.blob, resultFileName(file.fileName));
  };
  return (
    <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void download()}>
      {t("run.download.button")}
    </Button>
  );
}
