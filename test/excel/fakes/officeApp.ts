/**
 * The `OfficeApp` enum office-addin-mock reads from office-addin-manifest (the shared Jest stub of
 * that package leaves it out): `jest.mock("office-addin-manifest", () => jest.requireActual("./fakes/officeApp"))`.
 */
export const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
} as const;
