import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../locales";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  file: { display: "none" },
});

/** Standalone mode: which workbook the pane works on, and how to open another one. */
export function SourceBar({
  state,
  actions,
}: {
  readonly state: SegmentaState;
  readonly actions: SegmentaActions;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-label={t("source.bar.label")}>
      <Text className={styles.name} size={200} title={state.fileName ?? undefined}>
        {t("source.file.current", { name: state.fileName ?? "—" })}
      </Text>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={t("source.sample.button")} relationship="label">
            <Button appearance="subtle" icon={<DocumentTableRegular />} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {/* One sample per language, the pane's own first; each named in its language. */}
            {[state.lang, ...LANGUAGES.filter((l) => l !== state.lang)].map((lang) => (
              <MenuItem key={lang} lang={lang} onClick={() => void actions.openSample(lang)}>
                {t(`app.language.${lang}`)}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Tooltip content={t("source.open.button")} relationship="label">
        <Button
          appearance="subtle"
          icon={<DocumentArrowUpRegular />}
          onClick={() => input.current?.click()}
        />
      </Tooltip>
      <input
        ref={input}
        className={styles.file}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("source.open.button")}
        data-testid="workbook-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void actions.openFile(file, file.name);
        }}
      />
    </section>
  );
}
