/** Words of the class history (METHODOLOGY §14) on its sheet, in the pane and the summary. */
export const history = {
  none: "none",
  notAvailable: "n/a",
  summary: {
    heading: "Class history, {count} period ends: {first} – {last}",
    abc: "ABC: class at a period end (rows) and at the next (columns), clients",
    xyz: "XYZ: class at a period end (rows) and at the next (columns), clients",
    stability: "Stability (clients who kept their class from one period end to the next): ABC {abc}, XYZ {xyz}",
    slipping: "Lower in ABC than one period end before ({before} → {last}): {count}",
    steadyA: "A at every period end: {count}",
  },
};
