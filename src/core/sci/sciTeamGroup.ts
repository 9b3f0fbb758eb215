import type { ClientResult } from "../results";
import type { TeamColumn, TeamColumnGroup } from "../team/teamSheetPlan";
import type { TeamFigures, TeamRow } from "../team/types";
import { sciByManager, type SciBandCount } from "./sciByManager";
import type { SciWords } from "./sciWords";
import { SCI_BANDS, type SciBand } from "./types";

/**
 * The Team sheet's reliability columns (§11): per manager, the clients in each band, then their
 * turnover in R, as every other amount of the sheet (whatever metric ranks ABC); the total row sums
 * every client. `managerOf` and `turnoverInR` are each client's manager as the team figures credit it
 * (the manager of its latest sale) and its turnover in R, indexed like `ClientResult.index`.
 * @example sciTeamGroup(team, clients, managers, turnoverInR, sciWords("en")).columns[0].header // "secure"
 */
export function sciTeamGroup(
  team: TeamFigures,
  clients: readonly ClientResult[],
  managerOf: readonly (string | null)[],
  turnoverInR: ArrayLike<number>,
  words: SciWords,
): TeamColumnGroup {
  const rows = new Map(
    sciByManager(
      clients,
      (c) => managerOf[c.index] ?? null,
      (c) => turnoverInR[c.index],
    ).map((r) => [r.manager, r.bands]),
  );
  const total = (band: SciBand): SciBandCount => {
    const all = [...rows.values()].map((b) => b[band]);
    return {
      clients: all.reduce((n, b) => n + b.clients, 0),
      turnover: all.reduce((n, b) => n + b.turnover, 0),
    };
  };
  const cell = (r: TeamRow, band: SciBand): SciBandCount =>
    r === team.total ? total(band) : (rows.get(r.manager)?.[band] ?? { clients: 0, turnover: 0 });
  const columns: TeamColumn[] = [
    ...SCI_BANDS.map((band): TeamColumn => ({
      header: words.bands[band],
      value: (r) => cell(r, band).clients,
      format: "count",
    })),
    ...SCI_BANDS.map((band): TeamColumn => ({
      header: words.bands[band],
      value: (r) => cell(r, band).turnover,
      format: "money",
    })),
  ];
  return { title: words.team.title, columns };
}
