// A bar chart of verify cost at 1 KiB, as ratios to the floor, drawn from results.json
// (the Request rows, the adapters' text-body baseline and the REST API event row are in the table only).
const WIDTH = 760;
const BAR = 16;
const LABEL = 330;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function drawChart({ results, node }) {
  const rows = results.filter((row) => row.size === '1 KiB' && row.valid && row.library !== 'floor' && !row.library.includes('Request') && !row.library.includes('text body') && !row.library.includes('REST API'));
  const max = Math.max(...rows.map((row) => row.ratioToFloor));
  const scale = (WIDTH - LABEL - 60) / Math.log2(max + 1);
  const height = 40 + rows.length * (BAR + 6);
  const bars = rows.map((row, i) => {
    const y = 30 + i * (BAR + 6);
    const width = Math.max(2, Math.log2(row.ratioToFloor + 1) * scale);
    const color = row.library.startsWith('hookguard') ? '#2f7d32' : '#9e9e9e';
    return `<text x="${LABEL - 8}" y="${y + 12}" text-anchor="end">${escape(`${row.scheme} · ${row.library}`)}</text>
<rect x="${LABEL}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${color}"/>
<text x="${(LABEL + width + 6).toFixed(1)}" y="${y + 12}">${row.ratioToFloor}×</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" font-family="sans-serif" font-size="11">
<text x="10" y="16" font-weight="bold">Verify a valid 1 KiB delivery: time ÷ raw node:crypto HMAC of the same body (log scale, lower is better; Node ${escape(node)})</text>
${bars.join('\n')}
</svg>
`;
}
