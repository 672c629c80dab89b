// Loads the demo: the 2024 covenant of the northern border provinces' emulation cluster, signed
// by every member, so the press service shows its news draft. Does nothing if covenants exist.
const covenants = `http://127.0.0.1:${process.env.COVENANTS_PORT ?? 3101}`;
const press = `http://127.0.0.1:${process.env.PRESS_PORT ?? 3105}`;

async function call(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

const leaders = [
  ['Tỉnh Hà Giang', 'Nguyễn Văn Sơn', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang']],
  ['Tỉnh Cao Bằng', 'Lê Hải Hòa', ['Phó Chủ tịch UBND tỉnh Cao Bằng']],
  ['Tỉnh Lạng Sơn', 'Hồ Tiến Thiệu', ['Chủ tịch UBND tỉnh Lạng Sơn']],
  ['Tỉnh Lào Cai', 'Trịnh Xuân Trường', ['Chủ tịch UBND tỉnh Lào Cai']],
  ['Tỉnh Lai Châu', 'Lê Văn Lương', ['Chủ tịch UBND tỉnh Lai Châu']],
  ['Tỉnh Điện Biên', 'Lê Thành Đô', ['Chủ tịch UBND tỉnh Điện Biên']],
  ['Tỉnh Quảng Ninh', 'Cao Tường Huy', ['Chủ tịch UBND tỉnh Quảng Ninh']],
];

const existing = await call('GET', `${covenants}/covenants?pageSize=1`);
if (existing.total > 0) {
  console.log(`demo: ${existing.total} covenant(s) already there; nothing loaded`);
  process.exit(0);
}
// the cluster, its members since 2008 and its head for 2024 (reused if an earlier run created it)
const clusterName = 'Cụm thi đua các tỉnh biên giới phía Bắc';
const clusters = await call('GET', `${covenants}/clusters?pageSize=100`);
const cluster = clusters.items.find((c) => c.name === clusterName) ?? await call('POST', `${covenants}/clusters`, {
  name: clusterName,
  kind: 'cum',
  organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
  members: leaders.map(([unitName]) => ({ unitName, joinedOn: '2008-01-01' })),
});
const heads = await call('GET', `${covenants}/clusters/${cluster.id}/leadership?year=2024`);
if (heads.total === 0) {
  await call('POST', `${covenants}/clusters/${cluster.id}/leadership`, { year: 2024, role: 'head', unitName: 'Tỉnh Hà Giang', electedOn: '2024-03-05' });
}
const covenant = await call('POST', `${covenants}/covenants`, {
  title: 'Giao ước thi đua năm 2024',
  clusterId: cluster.id,
  year: 2024,
  membersOn: '2024-03-05',
  parties: leaders.map(([unitName]) => ({ unitName })),
  targets: [
    { name: 'Tăng trưởng GRDP', unit: '%', targetValue: 7.5, weight: 30 },
    { name: 'GRDP bình quân đầu người', unit: 'triệu đồng', targetValue: 40, weight: 20 },
    { name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', targetValue: 2460, weight: 30 },
    { name: 'Giảm tỷ lệ hộ nghèo', unit: '%', targetValue: 4.4, weight: 20 },
  ],
});
for (const party of covenant.parties) {
  const [, name, titles] = leaders.find(([unit]) => unit === party.unitName);
  await call('POST', `${covenants}/covenants/${covenant.id}/signatures`, {
    partyId: party.id, signatory: { name, titles }, signedAt: '2024-03-05T02:30:00.000Z', place: 'Hội trường UBND tỉnh Hà Giang',
  });
}
for (let i = 0; i < 100; i++) {
  const drafts = await call('GET', `${press}/drafts?subjectId=${covenant.id}`);
  if (drafts.items.length) {
    console.log(`demo: covenant ${covenant.id} signed by ${covenant.parties.length} provinces; draft:\n`);
    console.log(drafts.items[0].text);
    process.exit(0);
  }
  await new Promise((r) => setTimeout(r, 200));
}
throw new Error('demo: the press draft did not appear within 20 s');
