import type { Status } from "../results";

/**
 * The status of §5 from a client's amounts per period, oldest first, whose last element is
 * period T, with an activity window of `w` periods. R is the last w periods, R′ the w before.
 * `start` and `end` (exclusive) pick one client's periods out of a longer array without copying.
 * @example statusOf([100, 0, 0, 0, 0, 0, 0, 50], 3) // "restored": bought in R, not in R′, first purchase before R′
 */
export function statusOf(series: ArrayLike<number>, w: number, start = 0, end = series.length): Status {
  const t = end - 1;
  let first = -1;
  for (let i = start; i <= t; i++) {
    if (series[i] > 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return "potential";
  const rStart = t - w + 1;
  const pStart = t - 2 * w + 1;
  if (first >= rStart) return "new";
  const inR = anyPositive(series, Math.max(rStart, start), t);
  if (!inR) return "lost";
  const inPrev = anyPositive(series, Math.max(pStart, start), rStart - 1);
  if (inPrev) return "permanent";
  return "restored";
}

function anyPositive(series: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (series[i] > 0) return true;
  return false;
}
