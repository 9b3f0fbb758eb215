import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../locales";

/** The sample workbooks, one per language, the pane's own first; each named in its language. */
export function SampleMenu({ lang, onOpen }: { readonly lang: Language; readonly onOpen: (sample: Language) => void }) {
  const { t } = useTranslation();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={t("source.sample.button")} relationship="label">
          <Button appearance="subtle" icon={<DocumentTableRegular />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {[lang, ...LANGUAGES.filter((l) => l !== lang)].map((sample) => (
            <MenuItem key={sample} lang={sample} onClick={() => onOpen(sample)}>
              {t(`app.language.${sample}`)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
