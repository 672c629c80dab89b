import JSZip from 'jszip';
import { atomFeed } from './atom-feed';
import { draftDocx } from './docx';
import { draftHtml, draftMarkdown } from './draft-exports';
import { retryDelayMs, signWebhook, verifyWebhook, webhookHeaders } from './standard-webhooks';
import { subscriptionMatches } from './subscription';

const evil = {
  title: '<script>alert("x")</script> Sơn La & “Hà Giang”',
  paragraphs: [
    { role: 'lead', text: 'Ngày 29/2, <b>UBND</b> tỉnh Sơn La tổ chức Hội nghị.', sources: [] },
    { role: 'caption:attendees', text: '# Ảnh: *các* đại biểu <img src=x onerror=alert(1)>', sources: [] },
  ],
};

describe('exports escape any HTML in the text', () => {
  it('HTML', () => {
    const html = draftHtml(evil, { version: 3, status: 'draft', label: 'Bản tin dự thảo' });
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sơn La &amp; “Hà Giang”</h1>');
  });

  it('Markdown', () => {
    const md = draftMarkdown(evil);
    expect(md).not.toMatch(/<script|<b>|<img/);
    expect(md.split('\n\n')[0]).toBe('# &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sơn La &amp; “Hà Giang”');
    expect(md).toContain('*\\# Ảnh: \\*các\\* đại biểu &lt;img src=x onerror=alert(1)&gt;*');
  });

  it('DOCX: a zip with the package parts, the formatting, the text intact and escaped in the XML', async () => {
    const zip = await JSZip.loadAsync(await draftDocx(evil));
    // the docx library writes more parts (styles, settings, properties) than the three a package needs
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
    );
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('PartName="/word/document.xml"');
    expect(await zip.file('_rels/.rels')!.async('string')).toContain('Target="word/document.xml"');
    const xml = await zip.file('word/document.xml')!.async('string');
    // what the hand-written document.xml laid down: title centred, bold, 16 pt; paragraphs justified,
    // 14 pt, captions italic 13 pt; Times New Roman; A4 with 2 cm / 3 cm margins
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="32"\/>/);
    expect(paragraphs[1]).toMatch(/<w:jc w:val="both"\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(paragraphs[1]).not.toMatch(/<w:i\/>/);
    expect(paragraphs[2]).toMatch(/<w:jc w:val="both"\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(paragraphs.every((p) => p.includes('w:ascii="Times New Roman"'))).toBe(true);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(xml).toContain(
      '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>',
    );
    expect(xml).not.toMatch(/<script|<b>|<img/);
    const texts = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    expect(texts).toEqual([evil.title, ...evil.paragraphs.map((p) => p.text)]);
  });

  it('Atom', () => {
    const feed = atomFeed({
      id: 'urn:x',
      title: 'Báo <Sơn La>',
      selfLink: 'http://x/feed?a=1&b=2',
      updated: new Date(0),
      entries: [
        {
          id: 'urn:e',
          title: evil.title,
          updated: new Date(0),
          summary: 's',
          content: evil.paragraphs[0]!.text,
          link: 'http://x',
          author: 'A',
          categories: ['conference-report'],
        },
      ],
    });
    expect(feed).not.toMatch(/<script|<b>/);
    expect(feed).toContain('<title>Báo &lt;Sơn La&gt;</title>');
    expect(feed).toContain('href="http://x/feed?a=1&amp;b=2"');
  });
});

describe('Atom through the feed library', () => {
  const feed = atomFeed({
    id: 'urn:x',
    title: 'Báo A &amp; B',
    selfLink: 'http://x/feed',
    updated: new Date(0),
    entries: [
      {
        id: 'urn:e',
        title: 'T',
        updated: new Date(0),
        summary: 's',
        content: 'Đoạn một.\n\nĐoạn <hai> & ba.',
        link: 'http://x',
        author: 'Phòng A &amp; B',
        categories: ['conference-report'],
      },
    ],
  });

  it('keeps a literal "&amp;" as written (xml-js would read it back as "&")', () => {
    expect(feed).toContain('<title>Báo A &amp;amp; B</title>');
    expect(feed).toContain('<name>Phòng A &amp;amp; B</name>');
  });

  it('gives the content as HTML, one escaped paragraph each', () => {
    expect(feed).toContain(
      '<content type="html"><![CDATA[<p>Đoạn một.</p>\n<p>Đoạn &lt;hai&gt; &amp; ba.</p>]]></content>',
    );
  });
});

describe('Standard Webhooks', () => {
  // the example of the Standard Webhooks specification's reference libraries
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const ts = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs id.timestamp.body with HMAC-SHA256 under the base64 key', () => {
    expect(signWebhook(secret, id, ts, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verifies what it signs, refuses a changed body or an old timestamp', () => {
    const headers = webhookHeaders(secret, id, ts, body);
    expect(verifyWebhook(secret, headers, body, ts + 10)).toBe(true);
    expect(verifyWebhook(secret, headers, `${body} `, ts + 10)).toBe(false);
    expect(verifyWebhook(secret, headers, body, ts + 3600)).toBe(false);
  });

  it('backs off exponentially with jitter', () => {
    expect(retryDelayMs(1, 1000, () => 0.5)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 0.5)).toBe(16000);
    expect(retryDelayMs(2, 1000, () => 0)).toBe(3200);
  });
});

describe('subscriptions', () => {
  it('match by kind and by organization, whatever the case and diacritics', () => {
    const p = { kind: 'conference-report' as const, organizations: ['UBND tỉnh Sơn La'] };
    expect(subscriptionMatches({ organizations: [], kinds: [] }, p)).toBe(true);
    expect(subscriptionMatches({ organizations: ['ubnd tinh son la'], kinds: ['conference-report'] }, p)).toBe(true);
    expect(subscriptionMatches({ organizations: ['UBND tỉnh Hà Giang'], kinds: [] }, p)).toBe(false);
    expect(subscriptionMatches({ organizations: [], kinds: ['covenant-signing'] }, p)).toBe(false);
  });
});
