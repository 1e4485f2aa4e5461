/**
 * An estimate and its interval drawn as a bar on a shared scale [0, max]: a light band from
 * lower to upper and a dark tick at the estimate. Decorative: the numbers are always written
 * beside it (no information by the picture alone).
 */
export function IntervalBar(props: {
  value: number | null;
  lower: number | null;
  upper: number | null;
  max: number;
  width?: number;
}) {
  const width = props.width ?? 120;
  const height = 14;
  const x = (v: number) => (props.max > 0 ? Math.max(0, Math.min(1, v / props.max)) * (width - 4) + 2 : 2);
  const { value, lower, upper } = props;
  return (
    <svg width={width} height={height} aria-hidden="true" style={{ display: "block" }}>
      <line x1={2} x2={width - 2} y1={height / 2} y2={height / 2} stroke="#dee2e6" strokeWidth={2} />
      {lower !== null && upper !== null && (
        <rect
          x={x(lower)}
          y={3}
          width={Math.max(2, x(upper) - x(lower))}
          height={height - 6}
          fill="#74c0fc"
          rx={2}
        />
      )}
      {value !== null && <rect x={x(value) - 1.5} y={1} width={3} height={height - 2} fill="#1c3d5a" />}
    </svg>
  );
}
