/** The History step's own words (METHODOLOGY §14), read through HISTORY_PANE_CATALOG: only that lazily loaded step carries them. */
export const historyPane = {
  heading: "Class history",
  periods: "{count} period ends, {first} – {last}",
  stability: "Kept their class from one period end to the next",
  abc: "ABC, from a period end (rows) to the next (columns)",
  xyz: "XYZ, from a period end (rows) to the next (columns)",
  slipping: "Slipping ({before} → {last})",
  steadyA: "A at every period end",
  more: "and {count} more on the History sheet",
  noneSlipping: "No client slipped at the last period end.",
  noneSteadyA: "No client was A at every period end.",
  write: "Update the sheets",
  off: "The history is off for this table: it has {clients} clients, more than {limit}. It computes every client's classes at 12 period ends, which takes time and memory on a table this large.",
  turnOn: "Compute the history anyway",
  runFirst: "Run the classification to see how clients moved between classes.",
  working: "Computing the class history…",
};
