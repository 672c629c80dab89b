import { formatNumber, localDate, localTime, officialDate, personWithTitles } from '@tdkt/vietnamese';
import type { AgendaSheet } from '../../conferences/domain/agenda-sheet';
import { isTimed, type Segment } from '../../conferences/domain/segment';

const FORMAT_VI = { 'in-person': 'Trực tiếp', online: 'Trực tuyến', hybrid: 'Trực tiếp kết hợp trực tuyến' } as const;

/** "8h00" */
const hour = (d: Date, tz: string) => localTime(d, tz).replace(/^0?(\d+):(\d+)$/, '$1h$2');

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The printable programme (chương trình hội nghị) in Vietnamese: the national motto heading,
 * time and place, the segments with hours and who carries each out, the award presentation
 * highest rank first, the connection points. A4, print-ready; browsers print it to PDF.
 */
export function agendaDocument(sheet: AgendaSheet): string {
  const c = sheet.conference;
  const tz = c.timeZone;
  const e = escapeHtml;
  const sameDay = localDate(c.startsAt, tz) === localDate(c.endsAt, tz);
  const time = sameDay
    ? `Từ ${hour(c.startsAt, tz)} đến ${hour(c.endsAt, tz)}, ${officialDate(c.startsAt, tz)}`
    : `Từ ${hour(c.startsAt, tz)} ${officialDate(c.startsAt, tz)} đến ${hour(c.endsAt, tz)} ${officialDate(c.endsAt, tz)}`;
  const place = c.venue ? [c.venue.name, c.venue.address].filter(Boolean).join(', ') : '';
  const rows = c.segments.map((s) => row(sheet, s)).join('\n');
  const points = c.connectionPoints.length
    ? `<h3>Các điểm cầu trực tuyến</h3>
<table class="grid"><thead><tr><th>TT</th><th>Đơn vị chủ trì</th><th>Địa điểm</th><th>Cán bộ kỹ thuật</th><th>Số đại biểu dự kiến</th></tr></thead><tbody>
${c.connectionPoints.map((p, i) => `<tr><td class="n">${i + 1}</td><td>${e(p.hostUnit)}</td><td>${e(p.location)}</td><td>${e([p.technicalContact?.name, p.technicalContact?.phone].filter(Boolean).join(', '))}</td><td class="n">${p.expectedAttendees !== undefined ? formatNumber(p.expectedAttendees) : ''}</td></tr>`).join('\n')}
</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chương trình — ${e(c.title)}</title>
<style>
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.4; color: #000; max-width: 180mm; margin: 0 auto; }
.head { width: 100%; text-align: center; border-collapse: collapse; } .head td { vertical-align: top; width: 50%; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; } h2 { font-size: 13pt; text-align: center; margin: 4pt 0 12pt; font-weight: bold; }
.meta p { margin: 2pt 0; } .cancelled { border: 2px solid #000; padding: 6pt; text-align: center; font-weight: bold; }
table.grid { width: 100%; border-collapse: collapse; margin-top: 8pt; } .grid th, .grid td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: top; }
.grid th { text-align: center; } .n { text-align: center; white-space: nowrap; } ul { margin: 2pt 0; padding-left: 14pt; }
.foot { margin-top: 12pt; font-style: italic; font-size: 11pt; }
@media print { .grid tr { page-break-inside: avoid; } }
</style>
</head>
<body>
<table class="head"><tr>
<td><b>${e(c.organizer.name.toLocaleUpperCase('vi'))}</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></td>
</tr></table>
<h1>CHƯƠNG TRÌNH</h1>
<h2>${e(c.title)}</h2>
${c.cancellation ? `<p class="cancelled">HỘI NGHỊ ĐÃ HỦY — Lý do: ${e(c.cancellation.reason)}</p>` : ''}
<div class="meta">
<p><b>Thời gian:</b> ${e(time)}</p>
${place ? `<p><b>Địa điểm:</b> ${e(place)}</p>` : ''}
<p><b>Hình thức:</b> ${FORMAT_VI[c.format]}${c.connectionPoints.length ? ` (${formatNumber(c.connectionPoints.length)} điểm cầu)` : ''}</p>
</div>
<table class="grid"><thead><tr><th>TT</th><th>Thời gian</th><th>Nội dung</th><th>Thực hiện</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${points}
<p class="foot">${c.agendaVersion ? `Chương trình công bố lần thứ ${c.agendaVersion}.` : 'Dự thảo chương trình (chưa công bố).'}</p>
</body>
</html>
`;
}

function row(sheet: AgendaSheet, s: Segment): string {
  const c = sheet.conference;
  const e = escapeHtml;
  const when = isTimed(s) ? `${hour(s.startsAt, c.timeZone)} – ${hour(s.endsAt, c.timeZone)}` : 'Chưa xếp giờ';
  const extra: string[] = [];
  if (s.kind === 'award-presentation' && sheet.awards.length) {
    extra.push(
      `<ul>${sheet.awards.map((g) => `<li><b>${e(g.awardType.name)}</b>: ${e(g.summary.slice(g.awardType.name.length + 2))}. ${e(g.presentation)}.</li>`).join('')}</ul>`,
    );
  }
  if (s.kind === 'movement-launch' && c.movement) extra.push(`<p>Chủ đề: “${e(c.movement.theme)}”</p>`);
  if (s.kind === 'covenant-signing' && sheet.covenants.length) {
    extra.push(
      `<ul>${sheet.covenants.map((k) => `<li>${e(k.title)} — ${e(k.clusterName)}${k.status === 'fully_signed' ? ' (đã ký đủ)' : ''}</li>`).join('')}</ul>`,
    );
  }
  const people = s.presenters.length
    ? s.presenters.map((p) => e(personWithTitles(p.name, p.titles))).join('<br>')
    : s.kind === 'movement-launch' && c.movement
      ? e(personWithTitles(c.movement.launchedBy.name, c.movement.launchedBy.titles))
      : '';
  return `<tr><td class="n">${s.order}</td><td class="n">${when}</td><td>${e(s.title)}${s.status === 'done' ? ' <i>(đã thực hiện)</i>' : ''}${extra.join('')}</td><td>${people}</td></tr>`;
}
