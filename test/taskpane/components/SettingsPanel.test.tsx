/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
import { DEFAULT_SETTINGS, validateSettings, type Settings } from "../../../src/core";
import { SettingsPanel } from "../../../src/taskpane/components/SettingsPanel";
import { createI18n } from "../../../src/taskpane/i18n/createI18n";

function renderPanel(settings: Settings = DEFAULT_SETTINGS) {
  const changes: Settings[] = [];
  render(
    <I18nextProvider i18n={createI18n("en")}>
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel
          settings={settings}
          issues={validateSettings(settings)}
          lang="en"
          onChange={(s) => changes.push(s)}
        />
      </FluentProvider>
    </I18nextProvider>,
  );
  return changes;
}

describe("SettingsPanel", () => {
  it("offers the method's presets and marks the one in use", async () => {
    const changes = renderPanel();
    expect(screen.getByRole("button", { name: "50 / 80" }).getAttribute("aria-pressed")).toBe("true");
    await userEvent.setup().click(screen.getByRole("button", { name: "70 / 90" }));
    expect(changes.at(-1)?.abc).toEqual({ a: 0.7, b: 0.9 });
  });

  it("reads thresholds typed as percents", async () => {
    const changes = renderPanel();
    const y = screen.getByRole("textbox", { name: "Y up to CV" });
    await userEvent.setup().type(y, "{Backspace}{Backspace}30");
    expect(changes.at(-1)?.xyz).toEqual({ x: 0.1, y: 0.3 });
  });

  it("switches to sample standard deviation and quarters", async () => {
    const user = userEvent.setup();
    const changes = renderPanel();
    await user.click(screen.getByRole("radio", { name: "Sample (n − 1)" }));
    expect(changes.at(-1)?.sigma).toBe("sample");
    await user.click(screen.getByRole("radio", { name: "Quarter" }));
    expect(changes.at(-1)?.granularity).toBe("quarter");
  });

  it("starts the window at a chosen date, or at the first period when the date is cleared", () => {
    const changes = renderPanel({ ...DEFAULT_SETTINGS, from: 45292 });
    const from = screen.getByLabelText("Analyse from") as HTMLInputElement;
    expect(from.value).toBe("2024-01-01");
    fireEvent.change(from, { target: { value: "2024-07-01" } });
    expect(changes.at(-1)?.from).toBe(45474);
    fireEvent.change(from, { target: { value: "" } });
    expect(changes.at(-1)?.from).toBeNull();
  });

  it("shows why a window length is refused under its field", () => {
    renderPanel({ ...DEFAULT_SETTINGS, windowMonths: 0 });
    const field = screen.getByRole("textbox", { name: "Activity window (months)" });
    expect(field.getAttribute("aria-invalid")).toBe("true");
  });
});
