import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { format, type Classification, type Language } from "../../../core";
import { CATALOGS } from "../../../locales";
import { useFormat } from "../../i18n/useFormat";
import { paretoCurve } from "../../state/paretoCurve";

const W = 320;
const H = 180;
const PAD = { left: 34, right: 8, top: 8, bottom: 26 };
const x = (fraction: number) => PAD.left + fraction * (W - PAD.left - PAD.right);
const y = (fraction: number) => H - PAD.bottom - fraction * (H - PAD.top - PAD.bottom);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0 },
  svg: { width: "100%", height: "auto", display: "block" },
  area: { fill: tokens.colorBrandBackground2, stroke: "none" },
  curve: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  limit: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: "1px", strokeDasharray: "4 3" },
  text: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontFamily: tokens.fontFamilyBase },
  caption: { color: tokens.colorNeutralForeground2 },
});

/**
 * The Pareto picture drawn as inline SVG: clients (largest first) against their cumulative share of
 * turnover, with the A and B limits (50/80 % by default) and how many clients reach each.
 */
export function ParetoChart({ classification, lang }: { readonly classification: Classification; readonly lang: Language }) {
  const styles = useStyles();
  const f = useFormat();
  const words = CATALOGS[lang].results.chart;
  const { a, b } = classification.settings.abc;
  const curve = paretoCurve(classification.clients, [a, b]);
  if (curve.points.length === 0) return null;
  const line = curve.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(" ");
  const [reachA, reachB] = curve.reach;
  const summary = format(words.summary, {
    clientsA: reachA === null ? "—" : f.percent(reachA),
    a: f.percent(a),
    clientsB: reachB === null ? "—" : f.percent(reachB),
    b: f.percent(b),
  });
  return (
    <figure className={styles.root}>
      <Text as="h3" weight="semibold" size={300}>
        {words.title}
      </Text>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${words.title}. ${summary}`}>
        <polygon className={styles.area} points={`${x(0)},${y(0)} ${line} ${x(1)},${y(0)}`} />
        <line className={styles.axis} x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} />
        <line className={styles.axis} x1={x(0)} y1={y(0)} x2={x(0)} y2={y(1)} />
        {[0, 1].map((v) => (
          <text key={v} className={styles.text} x={x(0) - 4} y={y(v) + 3} textAnchor="end">
            {f.percent(v)}
          </text>
        ))}
        {[a, b].map((limit, i) => {
          const reach = curve.reach[i];
          return (
            <g key={limit}>
              <line className={styles.limit} x1={x(0)} y1={y(limit)} x2={x(1)} y2={y(limit)} />
              <text className={styles.text} x={x(0) - 4} y={y(limit) + 3} textAnchor="end">
                {f.percent(limit)}
              </text>
              {reach !== null ? (
                <>
                  <line className={styles.limit} x1={x(reach)} y1={y(0)} x2={x(reach)} y2={y(limit)} />
                  <text className={styles.text} x={x(reach)} y={y(0) + 12} textAnchor="middle">
                    {f.percent(reach)}
                  </text>
                </>
              ) : null}
            </g>
          );
        })}
        <polyline className={styles.curve} points={line} />
        <text className={styles.text} x={x(1)} y={H - 2} textAnchor="end">
          {words.clients}
        </text>
      </svg>
      <Text as="p" size={200} className={styles.caption}>
        {summary}
      </Text>
    </figure>
  );
}
