import type { Answer } from '../invitations/domain/invitation';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const shell = (title: string, body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>body{font-family:Arial,sans-serif;max-width:560px;margin:2em auto;padding:0 1em;line-height:1.5}
button{padding:.6em 1.2em;margin:.3em .3em .3em 0;font-size:1em}label{display:block;margin:.5em 0}input{width:100%;padding:.4em;font-size:1em}
.msg{padding:.8em;border-radius:4px;background:#f3f3f3}</style></head><body>${body}</body></html>`;

/**
 * The page a link in the mail opens. Following a link never answers by itself (mail scanners
 * open links too): the guest confirms with a button, which posts the answer as JSON.
 */
export function rsvpPage(p: {
  token: string;
  guestName: string;
  title: string;
  when: string;
  current: string;
  preselect?: Answer;
}): string {
  const t = esc(p.token);
  return shell(
    'Trả lời giấy mời',
    `
<h1>Trả lời giấy mời</h1>
<p>Kính gửi: Đồng chí <strong>${esc(p.guestName)}</strong></p>
<p>${esc(p.title)}<br>${esc(p.when)}</p>
<p class="msg">Trả lời hiện tại: <strong>${esc(p.current)}</strong></p>
<form id="f">
  <p>
    <button type="submit" name="answer" value="accepted">Xác nhận tham dự</button>
    <button type="submit" name="answer" value="declined">Báo vắng</button>
  </p>
  <fieldset><legend>Cử người dự thay</legend>
    <label>Họ và tên người dự thay (bắt buộc)<input name="name" maxlength="300"${p.preselect === 'substitute' ? ' autofocus' : ''}></label>
    <label>Chức vụ<input name="titles" maxlength="300" placeholder="Phó Chủ tịch UBND tỉnh"></label>
    <label>Thư điện tử (để nhận nhắc lịch)<input name="email" type="email" maxlength="254"></label>
    <button type="submit" name="answer" value="substitute">Cử người dự thay</button>
  </fieldset>
</form>
<p id="out" class="msg" hidden></p>
<script>
document.getElementById('f').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target); const answer = e.submitter.value;
  const body = { answer };
  if (answer === 'substitute') body.substitute = { name: f.get('name') || '', titles: f.get('titles') ? [f.get('titles')] : [], ...(f.get('email') ? { email: f.get('email') } : {}) };
  const res = await fetch('/rsvp/${t}', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const out = document.getElementById('out'); const data = await res.json().catch(() => ({}));
  out.hidden = false; out.textContent = res.ok ? 'Đã ghi nhận trả lời của đồng chí. Xin cảm ơn.' : (data.detail || 'Không ghi nhận được trả lời.');
});
</script>`,
  );
}

export function linkErrorPage(title: string, detail: string): string {
  return shell(title, `<h1>${esc(title)}</h1><p class="msg">${esc(detail)}</p>`);
}
