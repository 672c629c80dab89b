// Loads the demo: the 2023 review conference of the northern border provinces' emulation cluster
// (agenda, scheduled and published), and its 2024 covenant signed there by every member, so the
// agenda marks the signing segment done and the press service shows its news draft to the
// provincial newspaper, which the platform admin lets cover the cluster.
// Idempotent: each part is skipped when conferences (or covenants) already exist.
// It acts as the realm's demo users, signed in at the identity provider by the authorization code
// flow (the tests' client, built into dist/), and goes through the gateway with their bearer tokens.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { codeFlowLogin } = require('../../dist/libs/testing/src/auth/code-flow.js');
const { testKeycloak } = require('../../dist/libs/testing/src/auth/keycloak-endpoint.js');

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3100';
const covenants = `${gateway}/api/covenants`;
const agenda = `${gateway}/api/agenda`;
const press = `${gateway}/api/press`;

const password = testKeycloak().credentials.KEYCLOAK_DEMO_PASSWORD;
const tokens = {};
async function tokenOf(user) {
  if (!tokens[user] || tokens[user].expiresAt - Date.now() < 60_000) tokens[user] = await codeFlowLogin(user, password);
  return tokens[user].access_token;
}
// the cluster's lead organizes its conference and its covenant; the press office reads the draft
let actingAs = 'cum.truong';

async function call(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${await tokenOf(actingAs)}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
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

async function loadConference() {
  const existing = await call('GET', `${agenda}/conferences?pageSize=1`);
  if (existing.total > 0) {
    console.log(`demo: ${existing.total} conference(s) already there; no conference loaded`);
    return existing.items[0].id;
  }
  const venue = await call('POST', `${agenda}/venues`, {
    name: 'Hội trường UBND tỉnh Hà Giang',
    address: 'Số 415 đường Nguyễn Trãi, thành phố Hà Giang',
  });
  const c = await call('POST', `${agenda}/conferences`, {
    organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
    kind: 'cluster-review',
    yearReviewed: 2023,
    yearLaunched: 2024,
    startsAt: '2024-03-05T08:00:00+07:00',
    endsAt: '2024-03-05T11:30:00+07:00',
    format: 'hybrid',
    venueId: venue.id,
  });
  for (const [unit] of leaders.slice(1)) {
    await call('POST', `${agenda}/conferences/${c.id}/connection-points`, {
      hostUnit: `UBND ${unit.toLowerCase()}`,
      location: `Hội trường UBND ${unit.toLowerCase()}`,
      expectedAttendees: 40,
    });
  }
  const guests = {};
  for (const [unit, name, titles] of leaders)
    guests[unit] = await call('POST', `${agenda}/conferences/${c.id}/guests`, { name, titles });
  const host = guests['Tỉnh Hà Giang'].id;
  const programme = [
    ['opening', '08:00', '08:15'],
    ['review-report', '08:15', '08:45', [host]],
    ['discussion', '08:45', '09:30'],
    ['award-decisions', '09:30', '09:40'],
    ['award-presentation', '09:40', '10:00'],
    ['movement-launch', '10:00', '10:10', [host]],
    ['covenant-signing', '10:10', '10:30'],
    ['cluster-head-handover', '10:30', '10:50'],
    ['directing-speech', '10:50', '11:15'],
    ['closing', '11:15', '11:30', [host]],
  ];
  for (const [kind, startTime, endTime, presenterGuestIds] of programme) {
    await call('POST', `${agenda}/conferences/${c.id}/segments`, { kind, startTime, endTime, presenterGuestIds });
  }
  await call('POST', `${agenda}/conferences/${c.id}/schedule`, {});
  await call('POST', `${agenda}/conferences/${c.id}/movement`, {
    theme: 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp',
    launchedByGuestId: host,
  });
  await call('POST', `${agenda}/conferences/${c.id}/agenda/versions`, {});
  console.log(`demo: conference ${c.id} scheduled with a published agenda`);
  return c.id;
}

async function loadCovenant(conferenceId) {
  const existing = await call('GET', `${covenants}/covenants?pageSize=1`);
  if (existing.total > 0) {
    console.log(`demo: ${existing.total} covenant(s) already there; nothing more loaded`);
    return;
  }
  // the cluster, its members since 2008 and its head for 2024 (reused if an earlier run created it)
  const clusterName = 'Cụm thi đua các tỉnh biên giới phía Bắc';
  const clusters = await call('GET', `${covenants}/clusters?pageSize=100`);
  const cluster =
    clusters.items.find((c) => c.name === clusterName) ??
    (await call('POST', `${covenants}/clusters`, {
      name: clusterName,
      kind: 'cum',
      organizingBody: 'Hội đồng Thi đua - Khen thưởng Trung ương',
      members: leaders.map(([unitName]) => ({ unitName, joinedOn: '2008-01-01' })),
    }));
  const heads = await call('GET', `${covenants}/clusters/${cluster.id}/leadership?year=2024`);
  if (heads.total === 0) {
    await call('POST', `${covenants}/clusters/${cluster.id}/leadership`, {
      year: 2024,
      role: 'head',
      unitName: 'Tỉnh Hà Giang',
      electedOn: '2024-03-05',
      conferenceId,
    });
  }
  const covenant = await call('POST', `${covenants}/covenants`, {
    title: 'Giao ước thi đua năm 2024',
    clusterId: cluster.id,
    year: 2024,
    membersOn: '2024-03-05',
    conferenceId,
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
      partyId: party.id,
      signatory: { name, titles },
      signedAt: '2024-03-05T03:15:00.000Z',
      place: 'Hội trường UBND tỉnh Hà Giang',
    });
  }
  // the provincial newspaper covers its province and the cluster (set by the platform admin)
  actingAs = 'quantri';
  await call('PUT', `${press}/press-offices/press:bao-ha-giang/coverage`, {
    covers: ['province:ha-giang', 'cluster:bien-gioi-phia-bac'],
  });
  for (let i = 0; i < 100; i++) {
    actingAs = 'bao.phongvien';
    const drafts = await call('GET', `${press}/drafts?subjectId=${covenant.id}`);
    actingAs = 'cum.truong';
    const conference = await call('GET', `${agenda}/conferences/${conferenceId}`);
    const signing = conference.segments.find((s) => s.kind === 'covenant-signing');
    if (drafts.items.length && signing?.status === 'done') {
      console.log(
        `demo: covenant ${covenant.id} signed by ${covenant.parties.length} provinces; the agenda's signing segment is done; draft:\n`,
      );
      console.log(drafts.items[0].text);
      console.log(
        `demo: its signing board in the console (as cum.truong): ${gateway}/covenants/${covenant.id}/signing`,
      );
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('demo: the press draft or the agenda update did not appear within 20 s');
}

const conferenceId = await loadConference();
await loadCovenant(conferenceId);
console.log(`\ndemo: the programme: ${agenda}/conferences/${conferenceId}/agenda/document.html`);
console.log(`demo: the calendar:  ${agenda}/conferences/${conferenceId}/agenda/calendar.ics`);
