import {
  Button,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  tokens,
  ToggleButton,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import {
  ABC_PRESETS,
  DEFAULT_SETTINGS,
  isoDate,
  type AsOf,
  type Granularity,
  type Language,
  type Metric,
  type Settings,
  type SettingsIssue,
  type SigmaKind,
} from "../../core";
import { serialOfIsoDate } from "../i18n/format";
import { useCoreWords } from "../i18n/useCoreWords";
import { issuesByField, type SettingsField } from "../state/settingsFields";
import { ChoiceRadios } from "./ChoiceRadios";
import { NumberField } from "./NumberField";
import { OptionDropdown } from "./OptionDropdown";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
  },
  presets: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  full: { width: "100%", minWidth: "0" },
  actions: { display: "flex", justifyContent: "flex-end" },
});

const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "week"];
const SIGMAS: readonly SigmaKind[] = ["population", "sample"];
const METRICS: readonly Metric[] = ["turnover", "margin", "count"];
const AS_OF_KINDS: readonly AsOf["kind"][] = ["last", "previous", "date"];

/** The as-of choice for a kind; a date keeps the one chosen before, or starts at today. */
function asOfOfKind(kind: AsOf["kind"], before: AsOf): AsOf {
  if (kind !== "date") return { kind };
  if (before.kind === "date") return before;
  return { kind, serial: serialOfIsoDate(new Date().toISOString().slice(0, 10)) ?? 0 };
}

export interface SettingsPanelProps {
  readonly settings: Settings;
  readonly issues: readonly SettingsIssue[];
  readonly lang: Language;
  readonly onChange: (settings: Settings) => void;
}

/** Step 2: the method's options, with its defaults and the usual presets, checked as the user types. */
export function SettingsPanel({ settings, issues, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const words = useCoreWords();
  const byField = issuesByField(issues);
  const message = (field: SettingsField) => {
    const issue = byField[field];
    return issue ? words.settingsIssue(issue) : undefined;
  };
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const percent = t("settings.unit.percent");

  return (
    <section className={styles.root} aria-label={t("app.tabs.settings")}>
      <Subtitle2 as="h2">{t("settings.abc.title")}</Subtitle2>
      <div className={styles.presets} role="group" aria-label={t("settings.abc.presets")}>
        {ABC_PRESETS.map((preset) => (
          <ToggleButton
            key={`${preset.a}/${preset.b}`}
            size="small"
            checked={settings.abc.a === preset.a && settings.abc.b === preset.b}
            onClick={() => set({ abc: preset })}
          >
            {t("settings.abc.preset", { a: Math.round(preset.a * 100), b: Math.round(preset.b * 100) })}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.pair}>
        <NumberField
          label={t("settings.abc.a")}
          value={settings.abc.a}
          scale={100}
          contentAfter={percent}
          validationMessage={message("abc.a")}
          onChange={(a) => set({ abc: { ...settings.abc, a } })}
        />
        <NumberField
          label={t("settings.abc.b")}
          value={settings.abc.b}
          scale={100}
          contentAfter={percent}
          validationMessage={message("abc.b")}
          onChange={(b) => set({ abc: { ...settings.abc, b } })}
        />
      </div>

      <Subtitle2 as="h2">{t("settings.xyz.title")}</Subtitle2>
      <div className={styles.pair}>
        <NumberField
          label={t("settings.xyz.x")}
          value={settings.xyz.x}
          scale={100}
          contentAfter={percent}
          validationMessage={message("xyz.x")}
          onChange={(x) => set({ xyz: { ...settings.xyz, x } })}
        />
        <NumberField
          label={t("settings.xyz.y")}
          value={settings.xyz.y}
          scale={100}
          contentAfter={percent}
          validationMessage={message("xyz.y")}
          onChange={(y) => set({ xyz: { ...settings.xyz, y } })}
        />
      </div>
      <ChoiceRadios
        label={t("settings.sigma.label")}
        value={settings.sigma}
        choices={SIGMAS.map((s) => ({ value: s, text: t(`settings.sigma.${s}`) }))}
        onChange={(sigma) => set({ sigma })}
      />

      <Subtitle2 as="h2">{t("settings.periods.title")}</Subtitle2>
      <ChoiceRadios
        label={t("settings.granularity.label")}
        value={settings.granularity}
        choices={GRANULARITIES.map((g) => ({ value: g, text: t(`settings.granularity.${g}`) }))}
        onChange={(granularity) => set({ granularity })}
      />
      <Field label={t("settings.asOf.label")}>
        <OptionDropdown<AsOf["kind"]>
          value={settings.asOf.kind}
          choices={AS_OF_KINDS.map((kind) => ({ value: kind, text: t(`settings.asOf.${kind}`) }))}
          onChange={(kind) => set({ asOf: asOfOfKind(kind, settings.asOf) })}
        />
      </Field>
      {settings.asOf.kind === "date" ? (
        <Field label={t("settings.asOf.dateField")}>
          <Input
            type="date"
            className={styles.full}
            value={isoDate(settings.asOf.serial)}
            onChange={(_, data) => {
              const serial = serialOfIsoDate(data.value);
              if (serial !== null) set({ asOf: { kind: "date", serial } });
            }}
          />
        </Field>
      ) : null}
      <Field label={t("settings.from.label")} hint={t("settings.from.hint")}>
        <Input
          type="date"
          className={styles.full}
          value={settings.from === null ? "" : isoDate(settings.from)}
          onChange={(_, data) => set({ from: data.value === "" ? null : serialOfIsoDate(data.value) })}
        />
      </Field>
      <NumberField
        label={t("settings.window.label")}
        hint={t("settings.window.hint")}
        value={settings.windowMonths}
        validationMessage={message("windowMonths")}
        onChange={(windowMonths) => set({ windowMonths })}
      />
      <Field label={t("settings.metric.label")}>
        <OptionDropdown<Metric>
          value={settings.metric}
          choices={METRICS.map((m) => ({ value: m, text: t(`settings.metric.${m}`) }))}
          onChange={(metric) => set({ metric })}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => onChange(DEFAULT_SETTINGS)}>{t("settings.reset.button")}</Button>
      </div>
    </section>
  );
}
