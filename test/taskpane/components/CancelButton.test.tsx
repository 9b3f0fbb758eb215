/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { CATALOGS } from "../../../src/locales";
import { CancelButton, type CancelButtonProps } from "../../../src/taskpane/components/CancelButton";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

function renderButton(props: Omit<CancelButtonProps, "onCancel">) {
  const cancels: string[] = [];
  render(
    <I18nextProvider i18n={createI18n("es")}>
      <FluentProvider theme={webLightTheme}>
        <CancelButton {...props} onCancel={() => cancels.push(props.stage)} />
      </FluentProvider>
    </I18nextProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: CATALOGS.es.pane.run.cancel.button }));
  return cancels;
}

describe("CancelButton", () => {
  it("cancels while the workbook is read and the results worked out", () => {
    expect(renderButton({ stage: "classify", standalone: false })).toEqual(["classify"]);
  });

  it("is off while Excel writes, and says the write finishes by itself", () => {
    expect(renderButton({ stage: "write", standalone: false })).toEqual([]);
    expect(screen.getByRole("button").getAttribute("aria-disabled")).toBe("true");
  });

  it("cancels the standalone page's write, which is kept only when whole", () => {
    expect(renderButton({ stage: "write", standalone: true })).toEqual(["write"]);
  });
});
