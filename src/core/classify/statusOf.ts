import type { Status } from "../results";

/**
 * The status of §5 from a client's amounts per period, oldest first, whose last element is
 * period T, with an activity window of `w` periods. R is the last w periods, R′ the w before.
 * @example statusOf([100, 0, 0, 0, 0, 50], 3) // "restored"
 */
export function statusOf(series: ArrayLike<number>, w: number): Status {
  const t = series.length - 1;
  let first = -1;
  for (let i = 0; i <= t; i++) {
    if (series[i] > 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return "potential";
  const rStart = t - w + 1;
  const pStart = t - 2 * w + 1;
  if (first >= rStart) return "new";
  const inR = anyPositive(series, Math.max(rStart, 0), t);
  if (!inR) return "lost";
  const inPrev = anyPositive(series, Math.max(pStart, 0), rStart - 1);
  if (inPrev) return "permanent";
  return "restored";
}

function anyPositive(series: ArrayLike<number>, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (series[i] > 0) return true;
  return false;
}
